package org.transform.dsl.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.ui.TransformLanguage;
import org.transform.dsl.ui.workspace.ProjectPlans;

/**
 * Runs the language's generator (the diagrams of every plan, as the command line and the Maven
 * plug-in write them) over the project's plans and writes its files into {@code <project>/transform-gen/},
 * a derived folder: files that did not change are not touched, files no plan produces any more are deleted.
 */
final class GeneratedFiles {

	/** The project folder the generator writes to. */
	static final String FOLDER = "transform-gen";

	private GeneratedFiles() {
	}

	static void generate(IProject project, List<ProjectPlans> workspaces, IProgressMonitor monitor) throws CoreException {
		IGenerator2 generator = TransformLanguage.injector().getInstance(IGenerator2.class);
		InMemoryFileSystemAccess output = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		context.setCancelIndicator(monitor::isCanceled);
		for (ProjectPlans plans : workspaces) {
			for (XtextResource resource : plans.files().values()) {
				generator.beforeGenerate(resource, output, context);
				generator.doGenerate(resource, output, context);
				generator.afterGenerate(resource, output, context);
			}
		}
		IFolder folder = project.getFolder(FOLDER);
		Set<IFile> written = new HashSet<>();
		for (Map.Entry<String, Object> file : output.getAllFiles().entrySet()) {
			String path = file.getKey().startsWith(IFileSystemAccess.DEFAULT_OUTPUT)
					? file.getKey().substring(IFileSystemAccess.DEFAULT_OUTPUT.length())
					: file.getKey();
			byte[] content = file.getValue() instanceof byte[] bytes ? bytes : file.getValue().toString().getBytes(StandardCharsets.UTF_8);
			IFile target = folder.getFile(IPath.fromPortableString(path));
			write(target, content, monitor);
			written.add(target);
		}
		if (folder.exists()) {
			deleteOthers(folder, written, monitor);
		}
	}

	private static void write(IFile file, byte[] content, IProgressMonitor monitor) throws CoreException {
		if (file.exists()) {
			try (InputStream in = file.getContents(true)) {
				if (Arrays.equals(in.readAllBytes(), content)) {
					return;
				}
			} catch (IOException e) {
				// unreadable: written anew below
			}
			file.setContents(new ByteArrayInputStream(content), true, false, monitor);
			return;
		}
		create(file.getParent(), monitor);
		file.create(new ByteArrayInputStream(content), true, monitor);
		file.setDerived(true, monitor);
	}

	private static void create(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			create(folder.getParent(), monitor);
			folder.create(true, true, monitor);
			folder.setDerived(true, monitor);
		}
	}

	private static void deleteOthers(IContainer container, Set<IFile> keep, IProgressMonitor monitor) throws CoreException {
		List<IResource> members = new ArrayList<>(Arrays.asList(container.members()));
		for (IResource member : members) {
			if (member instanceof IContainer child) {
				deleteOthers(child, keep, monitor);
			} else if (member instanceof IFile file && !keep.contains(file)) {
				file.delete(true, monitor);
			}
		}
	}
}
