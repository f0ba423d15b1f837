package org.transform.dsl.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

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
			List<URI> files = new ArrayList<>();
			PlanFiles.of(workspace).forEach(plan -> files.add(PlanCore.uri(plan.getLocation().toPath())));
			files.sort(Comparator.comparing(URI::toString));
			List<Finding> findings = new ArrayList<>();
			files.forEach(file -> findings.addAll(core.findings(file)));
			// one read per plan: an edit typed meanwhile waits for one plan's drawing, not for the whole project's
			for (URI file : files) {
				PlanCores.await(core.read(file, context -> {
					diagrams(context, findings, output);
					return null;
				}), monitor);
			}
			if (!files.isEmpty()) {
				PlanCores.await(core.read(files.get(0), context -> {
					report(context, findings, output);
					return null;
				}), monitor);
			}
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

	/** The diagrams of the plan read, as the core holds it, with the core's findings of its workspace. */
	private static void diagrams(ILanguageServerAccess.Context context, List<Finding> findings, InMemoryFileSystemAccess output) {
		String plan = planName(context.getResource());
		if (plan != null) {
			PlanAnalysis analysis = PlanCores.service(context, PlanAnalyzer.class).analyze(context.getResource());
			PlanCores.service(context, TransformGenerator.class).writeDiagrams(plan, analysis, findings, output);
		}
	}

	/** The workspace's report, written with its first plan file as the generator does on its own. */
	private static void report(ILanguageServerAccess.Context context, List<Finding> findings, InMemoryFileSystemAccess output) {
		PlanAnalysis analysis = PlanCores.service(context, PlanAnalyzer.class).analyze(context.getResource());
		PlanCores.service(context, TransformGenerator.class).writeReport(analysis, findings, output);
	}

	private static String planName(Resource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TransformFile file && file.getHeader() instanceof Plan plan
				? plan.getName() : null;
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
