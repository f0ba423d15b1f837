package org.transform.dsl.workspace;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;

/**
 * The index of the workspace a resource set belongs to. Where one core holds several workspaces (the
 * language server's workspace folders, the Eclipse projects), each is an Xtext project with its own
 * chunk of the index, and a plan sees only its own workspace's files: not a plan of the same name in
 * another project (a false duplicate-name), nor a deleted project's files that an older resource set
 * still lists. A resource set of no project (a test's, the generator's in Maven) sees its whole index.
 */
public final class WorkspaceIndex {

	private WorkspaceIndex() {
	}

	public static IResourceDescriptions of(ResourceSet resourceSet, IResourceDescriptionsProvider provider) {
		IResourceDescriptions index = provider.getResourceDescriptions(resourceSet);
		ProjectDescription project = ProjectDescription.findInEmfObject(resourceSet);
		ChunkedResourceDescriptions chunks = index instanceof ChunkedResourceDescriptions chunked ? chunked
				: ChunkedResourceDescriptions.findInEmfObject(resourceSet);
		if (project != null && chunks != null && index == chunks) {
			IResourceDescriptions own = chunks.getContainer(project.getName());
			if (own != null) {
				return own;
			}
		}
		return index;
	}
}
