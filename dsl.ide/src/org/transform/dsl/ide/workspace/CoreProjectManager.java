package org.transform.dsl.ide.workspace;

import java.time.Clock;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.transform.dsl.analysis.Today;
import org.transform.dsl.workspace.PlanWorkspace;

import com.google.inject.Inject;
import com.google.inject.name.Named;

/**
 * Xtext's project manager, whose resource sets read {@code .transform} files with the language as the
 * core knows it ({@link PlanCore#language()}: EMF's global registry is whatever was registered last) and,
 * when the core is given a day ({@link WorkspaceDay}), count the calendar rules up to it.
 */
public class CoreProjectManager extends ProjectManager {

	@Inject(optional = true)
	@Named(WorkspaceDay.NAME)
	private Clock clock;

	@Override
	public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
		XtextResourceSet resourceSet = super.createNewResourceSet(newIndex);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PlanWorkspace.EXTENSION.substring(1),
				PlanCore.language().getInstance(IResourceFactory.class));
		if (clock != null) {
			Today.set(resourceSet, clock);
		}
		return resourceSet;
	}

	@Override
	protected BuildRequest newBuildRequest(List<URI> changedFiles, List<URI> deletedFiles, List<IResourceDescription.Delta> externalDeltas,
			CancelIndicator cancelIndicator) {
		IndexState state = getIndexState();
		if (!(state.getResourceDescriptions() instanceof SharedNamesIndex)) { // the first build: Xtext's empty index
			setIndexState(new IndexState(SharedNamesIndex.of(state.getResourceDescriptions()), state.getFileMappings()));
		}
		return super.newBuildRequest(changedFiles, deletedFiles, externalDeltas, cancelIndicator);
	}
}
