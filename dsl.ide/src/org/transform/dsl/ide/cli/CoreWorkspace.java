package org.transform.dsl.ide.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.ide.cli.SourceFiles.SourceFile;
import org.transform.dsl.ide.workspace.BuiltOnce;
import org.transform.dsl.ide.workspace.ListedFiles;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Module;

/**
 * The files a command was given, as the workspace core loaded, linked and validated them: the command
 * line's one way to a workspace ({@code check}, {@code diagram}, {@code report}, {@code diff}).
 */
final class CoreWorkspace implements AutoCloseable {

	private final PlanCore core;
	private final List<SourceFile> files;
	private final Map<URI, SourceFile> byUri = new HashMap<>();

	private CoreWorkspace(PlanCore core, List<SourceFile> files) {
		this.core = core;
		this.files = files;
		files.forEach(file -> byUri.put(PlanCore.uri(file.path()), file));
	}

	/** Starts a core on exactly these files; {@code day} is the calendar rules' today ({@code null}: those rules say nothing). */
	static CoreWorkspace start(List<SourceFile> files, LocalDate day) {
		List<Path> paths = files.stream().map(f -> f.path().toAbsolutePath().normalize()).toList();
		Path base = commonFolder(paths);
		List<Module> modules = new ArrayList<>();
		modules.add(new ListedFiles(paths, base));
		modules.add(new BuiltOnce());
		if (day != null) {
			modules.add(new WorkspaceDay(day));
		}
		return new CoreWorkspace(PlanCore.start(List.of(base), modules.toArray(Module[]::new)), files);
	}

	private static Path commonFolder(List<Path> files) {
		Path common = null;
		for (Path file : files) {
			Path folder = file.getParent();
			if (common == null) {
				common = folder;
			} else {
				while (common != null && !folder.startsWith(common)) {
					common = common.getParent();
				}
			}
		}
		return common == null ? Path.of("").toAbsolutePath() : common;
	}

	/** Every finding of the files, in {@link Finding#ORDER}. */
	List<Finding> findings() {
		return core.allFindings();
	}

	/** The path of a finding's file as the user gave it. */
	String shownPath(Finding finding) {
		SourceFile file = byUri.get(finding.uri());
		return file == null ? String.valueOf(finding.uri()) : file.shownPath();
	}

	List<SourceFile> files() {
		return files;
	}

	/** Reads the workspace's linked model through its first file (whose resource set holds them all). */
	<T> T read(Function<XtextResource, T> reader) {
		URI first = PlanCore.uri(files.get(0).path());
		return core.read(first, context -> reader.apply((XtextResource) context.getResource())).join();
	}

	@Override
	public void close() {
		core.close();
	}
}
