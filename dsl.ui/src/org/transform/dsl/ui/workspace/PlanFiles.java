package org.transform.dsl.ui.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.transform.dsl.workspace.PlanWorkspace;

/** Where the plans of a project are, and how a plan file, its document and its URI in a resource set map to each other. */
public final class PlanFiles {

	public static final String EXTENSION = PlanWorkspace.EXTENSION.substring(1);

	private PlanFiles() {
	}

	public static boolean isPlan(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
	}

	/**
	 * The plan files of a project, in a stable order, when the project is one workspace; for a project that
	 * holds several (folders with their own marker), those of the project's own workspace only.
	 */
	public static List<IFile> of(IProject project) throws CoreException {
		return project.isAccessible() ? of(workspaceOf(project)) : List.of();
	}

	/**
	 * The workspace a file or folder belongs to, as the command line and the language server find it
	 * ({@link PlanWorkspace}): the nearest folder at or above it, within its project, that holds the
	 * marker, else the project.
	 */
	public static IContainer workspaceOf(IResource resource) {
		IContainer container = resource instanceof IContainer folder ? folder : resource.getParent();
		for (IContainer c = container; c != null && c.getType() != IResource.ROOT; c = c.getParent()) {
			if (c.getFile(IPath.fromPortableString(PlanWorkspace.MARKER)).exists()) {
				return c;
			}
		}
		return resource.getProject();
	}

	/** The workspaces of a project: its own, and every folder below that holds a marker. */
	public static List<IContainer> workspaces(IProject project) {
		List<IContainer> workspaces = new ArrayList<>();
		if (project.isAccessible()) {
			collectWorkspaces(workspaceOf(project), workspaces);
		}
		return workspaces;
	}

	private static void collectWorkspaces(IContainer workspace, List<IContainer> workspaces) {
		workspaces.add(workspace);
		IPath location = workspace.getLocation();
		if (location == null) {
			return;
		}
		Path root = location.toPath();
		for (PlanWorkspace.Skipped skipped : PlanWorkspace.walk(root).skipped()) {
			if (skipped.reason() == PlanWorkspace.Reason.OTHER_WORKSPACE) {
				IFolder nested = workspace.getFolder(IPath.fromOSString(root.relativize(skipped.path()).toString()));
				if (nested.exists()) {
					collectWorkspaces(nested, workspaces);
				}
			}
		}
	}

	/**
	 * The plan files of a workspace folder, in a stable order: the files the command line's and the
	 * language server's walk finds ({@link PlanWorkspace#walk}: no links, no pipes, no hidden folders, no
	 * folder of another workspace), less the derived ones (generated output).
	 */
	public static List<IFile> of(IContainer workspace) {
		List<IFile> files = new ArrayList<>();
		IPath location = workspace.getLocation();
		if (location == null || !workspace.isAccessible()) {
			return files;
		}
		Path root = location.toPath();
		for (Path plan : PlanWorkspace.walk(root).plans()) {
			IFile file = workspace.getFile(IPath.fromOSString(root.relativize(plan).toString()));
			if (file.exists() && !file.isDerived(IResource.CHECK_ANCESTORS)) {
				files.add(file);
			}
		}
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return files;
	}

	/** The URI of a workspace file in a resource set: {@code platform:/resource/project/path.transform}. */
	public static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file of a {@code platform:/resource} or file URI, if it is one. */
	public static IFile file(URI uri) {
		if (uri == null) {
			return null;
		}
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length == 0 ? null : files[0];
		}
		return null;
	}

	/** The workspace file an editor's document was read from, or {@code null} for a file outside the workspace. */
	public static IFile file(IDocument document) {
		ITextFileBuffer buffer = document == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file != null && file.exists() ? file : null;
	}

	/** The URI under which a document without a workspace file is parsed: its location on disk, if the buffer has one. */
	public static URI uriOutsideWorkspace(IDocument document) {
		ITextFileBuffer buffer = document == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer != null && buffer.getLocation() != null && buffer.getLocation().toFile().isFile()) {
			return URI.createFileURI(buffer.getLocation().toFile().getAbsolutePath());
		}
		return URI.createURI("inmemory:/plan." + EXTENSION);
	}

	/** The saved text of a plan file, in its charset. */
	public static String read(IFile file) throws CoreException, IOException {
		Charset charset;
		try {
			charset = Charset.forName(file.getCharset());
		} catch (IllegalArgumentException e) {
			charset = StandardCharsets.UTF_8;
		}
		try (InputStream in = file.getContents(true)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toString(charset);
		}
	}
}
