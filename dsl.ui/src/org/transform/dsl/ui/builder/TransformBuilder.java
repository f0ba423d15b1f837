package org.transform.dsl.ui.builder;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.service.OperationCanceledError;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ui.preferences.TransformPreferences;
import org.transform.dsl.ui.workspace.PlanCores;
import org.transform.dsl.ui.workspace.PlanFiles;
import org.transform.dsl.validation.TransformValidator;
import org.transform.dsl.workspace.Finding;

/**
 * Keeps the findings of a project's plans in the Problems view, and the plans' diagrams and report in
 * {@code transform-gen/} (the language's generator; the folder, and whether anything is written at all,
 * are preferences). Nothing is loaded or validated here: the workspace core ({@link PlanCores}) has
 * already checked every change (an editor's text as it was typed, a file changed on disk), so a save
 * is validated once. The builder waits until the core has built what it was given, then makes the
 * markers from the core's findings of the saved files and runs the generator over the core's
 * resources. A build that sees no change of a plan or a measurement file does nothing.
 */
public class TransformBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.transform.dsl.ui.builder";

	/** The marker type of findings: a problem marker and a text marker. */
	public static final String MARKER = "org.transform.dsl.ui.problem";

	/** The marker attribute holding the finding's issue code. */
	public static final String CODE = "code";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		if (delta != null && !touchesPlans(delta)) {
			return null;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Findings and diagrams of " + project.getName(), 2);
		PlanCores cores = PlanCores.get();
		PlanCore core = PlanCores.await(cores.workspaceCore(), progress);
		PlanCores.await(core.idle(), progress);
		mark(project, core, cores);
		progress.worked(1);
		if (TransformPreferences.generateOnSave()) {
			generate(project, core, progress.split(1));
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
	}

	/** The markers of every plan of the project, from the core's findings of the saved files (an open, unsaved plan keeps its markers). */
	private static void mark(IProject project, PlanCore core, PlanCores cores) throws CoreException {
		for (IFile file : PlanFiles.of(project)) {
			List<Finding> findings = cores.savedFindings(core, file);
			if (findings != null) {
				FindingMarkers.replace(file, findings);
			}
		}
	}

	private static void generate(IProject project, PlanCore core, IProgressMonitor monitor) throws CoreException {
		project.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
		try {
			GeneratedFiles.generate(project, core, monitor);
		} catch (OperationCanceledError e) {
			throw new OperationCanceledException();
		} catch (RuntimeException | LinkageError e) {
			// the diagrams could not be drawn: the findings stand, the project says why on its own marker
			project.createMarker(MARKER, Map.of(IMarker.MESSAGE, TransformValidator.INTERNAL_ERROR + ": the diagrams could not be drawn ("
					+ e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", IMarker.SEVERITY, IMarker.SEVERITY_ERROR, CODE,
					TransformValidator.INTERNAL_ERROR));
		}
	}

	private static boolean touchesPlans(IResourceDelta delta) {
		IResource resource = delta.getResource();
		if (resource.getType() == IResource.FILE) {
			String extension = resource.getFileExtension();
			return PlanFiles.EXTENSION.equals(extension) || "csv".equalsIgnoreCase(extension);
		}
		for (IResourceDelta child : delta.getAffectedChildren()) {
			if (touchesPlans(child)) {
				return true;
			}
		}
		return false;
	}
}
