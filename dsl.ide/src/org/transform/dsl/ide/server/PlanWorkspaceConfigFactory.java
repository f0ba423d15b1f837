package org.transform.dsl.ide.server;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.MultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;
import org.transform.dsl.workspace.PlanWorkspace;

import com.google.inject.Singleton;

/**
 * The language server's workspaces, found with the workspace marker ({@link PlanWorkspace#MARKER}): a
 * client's folder stands for the workspace it lies in (the nearest folder at or above it that holds the
 * marker, else the folder itself), and each folder below it that holds a marker is a workspace of its
 * own. Each workspace is an Xtext project: its plans see one another, not those of another workspace
 * (opening one example of this repository loaded all of them, with 70 false duplicate-name errors).
 */
@Singleton
public class PlanWorkspaceConfigFactory extends MultiRootWorkspaceConfigFactory {

	@Override
	public IWorkspaceConfig getWorkspaceConfig(List<WorkspaceFolder> workspaceFolders) {
		WorkspaceConfig config = new WorkspaceConfig();
		Set<String> names = new HashSet<>();
		Set<Path> roots = new HashSet<>();
		for (WorkspaceFolder folder : workspaceFolders) {
			if (folder == null || folder.getUri() == null) {
				continue;
			}
			URI uri = getUriExtensions().toUri(folder.getUri());
			if (!uri.isFile()) {
				addProjectsForWorkspaceFolder(config, folder, names);
				continue;
			}
			Path clientFolder = Path.of(uri.toFileString());
			addWorkspace(config, PlanWorkspace.rootOf(clientFolder, clientFolder), folder.getName(), names, roots);
		}
		return config;
	}

	private void addWorkspace(WorkspaceConfig config, Path root, String name, Set<String> names, Set<Path> roots) {
		Path normalized = root.toAbsolutePath().normalize();
		if (!roots.add(normalized)) {
			return;
		}
		String projectName = getUniqueProjectName(name != null && !name.isBlank() ? name
				: normalized.getFileName() == null ? "workspace" : normalized.getFileName().toString(), names);
		FileProjectConfig project = new FileProjectConfig(getUriExtensions().toUri(normalized.toUri().toString()), projectName);
		project.addSourceFolder(".");
		config.addProject(project);
		for (PlanWorkspace.Skipped skipped : PlanWorkspace.walk(normalized).skipped()) {
			if (skipped.reason() == PlanWorkspace.Reason.OTHER_WORKSPACE) {
				addWorkspace(config, skipped.path(), skipped.path().getFileName().toString(), names, roots);
			}
		}
	}
}
