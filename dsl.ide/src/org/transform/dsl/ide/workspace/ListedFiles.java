package org.transform.dsl.ide.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.eclipse.xtext.workspace.FileProjectConfig;
import org.eclipse.xtext.workspace.FileSourceFolder;
import org.eclipse.xtext.workspace.IWorkspaceConfig;
import org.eclipse.xtext.workspace.WorkspaceConfig;

import com.google.inject.AbstractModule;

/**
 * A workspace of exactly the files given, for a core started by the command line: {@code transform check
 * a.transform org/acme.transform} checks those two files as one workspace, whatever else their folders
 * hold (the command line has already walked the folders it was given, {@code SourceFiles}).
 */
public final class ListedFiles extends AbstractModule {

	private final List<URI> files;
	private final URI base;

	/** @param files the workspace's files; {@code base} the folder that holds them all */
	public ListedFiles(List<Path> files, Path base) {
		this.files = files.stream().map(PlanCore::uri).toList();
		this.base = PlanCore.uri(base).appendSegment("");
	}

	@Override
	protected void configure() {
		bind(IMultiRootWorkspaceConfigFactory.class).toInstance(this::config);
	}

	private IWorkspaceConfig config(List<WorkspaceFolder> ignored) {
		WorkspaceConfig config = new WorkspaceConfig();
		config.addProject(new FileProjectConfig(base, "workspace", config) {
			private final Set<FileSourceFolder> folders = Set.of(new FileSourceFolder(this, ".") {
				@Override
				public List<URI> getAllResources(IFileSystemScanner scanner) {
					return files;
				}

				@Override
				public boolean contains(URI uri) {
					return files.contains(uri);
				}

				@Override
				public URI getPath() {
					return base;
				}
			});

			@Override
			public Set<FileSourceFolder> getSourceFolders() {
				return folders;
			}

			@Override
			public FileSourceFolder findSourceFolderContaining(URI member) {
				return files.contains(member) ? folders.iterator().next() : null;
			}
		});
		return config;
	}
}
