package org.transform.dsl.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.TransformGenerator;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ui.preferences.TransformPreferences;
import org.transform.dsl.ui.workspace.PlanCores;
import org.transform.dsl.ui.workspace.PlanFiles;
import org.transform.dsl.workspace.Finding;

/**
 * Runs the language's generator (the diagrams of every plan and the report, as the command line and the
 * Maven plug-in write them) over the project's plans as the workspace core holds them, with the core's
 * findings (nothing is loaded or validated again), and writes its files into the output folder of the
 * preferences ({@code <project>/transform-gen/} by default), a derived folder: files that did not change are not touched, files no plan produces any more are deleted.
 */
final class GeneratedFiles {

	private GeneratedFiles() {
	}

	static void generate(IProject project, PlanCore core, IProgressMonitor monitor) throws CoreException {
		InMemoryFileSystemAccess output = new InMemoryFileSystemAccess();
		// each workspace of the project (its own, and each folder with its own marker) is one resource set of the core
		for (IContainer workspace : PlanFiles.workspaces(project)) {
			List<IFile> plans = PlanFiles.of(workspace);
			if (plans.isEmpty()) {
				continue;
			}
			Set<URI> files = new HashSet<>();
			plans.forEach(plan -> files.add(PlanCore.uri(plan.getLocation().toPath())));
			PlanCores.await(core.read(files.iterator().next(), context -> {
				generate(context, files, core, output);
				return null;
			}), monitor);
		}
		IFolder folder = project.getFolder(TransformPreferences.outputFolder());
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

	/**
	 * Runs the generator over the workspace's plans as the core holds them, with the core's findings of
	 * them: each plan's diagrams, and the workspace's report once (with its first plan file, as the
	 * generator does on its own).
	 */
	private static void generate(ILanguageServerAccess.Context context, Set<URI> files, PlanCore core, InMemoryFileSystemAccess output) {
		TransformGenerator generator = PlanCores.service(context, TransformGenerator.class);
		PlanAnalyzer analyzer = PlanCores.service(context, PlanAnalyzer.class);
		List<Finding> findings = new ArrayList<>();
		List<Resource> resources = new ArrayList<>();
		for (Resource resource : context.getResource().getResourceSet().getResources()) {
			if (files.contains(resource.getURI())) {
				resources.add(resource);
				findings.addAll(core.findings(resource.getURI()));
			}
		}
		resources.sort(Comparator.comparing(r -> r.getURI().toString()));
		boolean reported = false;
		for (Resource resource : resources) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TransformFile file
					&& file.getHeader() instanceof Plan plan && plan.getName() != null) {
				PlanAnalysis analysis = analyzer.analyze(resource);
				generator.writeDiagrams(plan.getName(), analysis, findings, output);
				if (!reported) {
					generator.writeReport(analysis, findings, output);
					reported = true;
				}
			}
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
