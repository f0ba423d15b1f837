package org.transform.dsl.ui.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/** Where the plans of a project are, and how a plan file, its document and its URI in a resource set map to each other. */
public final class PlanFiles {

	public static final String EXTENSION = "transform";

	private PlanFiles() {
	}

	public static boolean isPlan(IResource resource) {
		return resource instanceof IFile && EXTENSION.equals(resource.getFileExtension());
	}

	/** The project's plan files, in a stable order; derived files (generated output) and hidden folders are left out. */
	public static List<IFile> of(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		if (project.isAccessible()) {
			collect(project, files);
		}
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return files;
	}

	private static void collect(IContainer container, List<IFile> files) throws CoreException {
		for (IResource member : container.members()) {
			if (member.isDerived() || member.getName().startsWith(".")) {
				continue;
			}
			if (member instanceof IContainer folder) {
				collect(folder, files);
			} else if (isPlan(member)) {
				files.add((IFile) member);
			}
		}
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
