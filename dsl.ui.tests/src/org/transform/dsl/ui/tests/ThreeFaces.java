package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.ITextEditor;
import org.transform.dsl.ide.cli.TransformCli;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.ui.editor.FindingAnnotation;
import org.transform.dsl.ui.workspace.PlanCores;
import org.transform.dsl.workspace.Finding;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The findings of plans as three faces give them, each as {@code line: code: message} lines in order:
 * the editor's annotations, a workspace core started freshly on the saved files, and
 * {@code transform check} run in-process on the same files — all three on the day the tests pin.
 */
final class ThreeFaces {

	private ThreeFaces() {
	}

	/** The example workspace copied into a new project (its marker too). */
	static IProject example(String name) throws CoreException {
		Path examples = Path.of(System.getProperty("transform.examples", "../examples"));
		Path workspace = examples.resolve(name);
		assertTrue(Files.isDirectory(workspace), "the example " + workspace);
		IProject project = PlanWorkbench.project(name);
		try (Stream<Path> files = Files.list(workspace)) {
			for (Path file : files.sorted().toList()) {
				if (Files.isRegularFile(file)) {
					PlanWorkbench.file(project, file.getFileName().toString(), Files.readString(file));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return project;
	}

	/** What the editor shows: its annotations, placed by their positions in the document. */
	static List<String> shown(ITextEditor editor) {
		IDocument document = PlanWorkbench.document(editor);
		IAnnotationModel model = PlanWorkbench.annotationModel(editor);
		List<String> lines = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof FindingAnnotation finding) {
				Position position = model.getPosition(finding);
				try {
					lines.add(line(document.getLineOfOffset(finding.getFinding() == null ? position.getOffset() : finding.getFinding().offset()) + 1,
							finding.getCode(), finding.getMessage()));
				} catch (BadLocationException e) {
					lines.add("?: " + finding.getText());
				}
			}
		}
		lines.sort(null);
		return lines;
	}

	/** The findings of a workspace core started freshly on the folder, by file name. */
	static Map<String, List<String>> freshCore(Path folder) {
		Map<String, List<String>> byFile = new TreeMap<>();
		try (PlanCore core = PlanCore.start(List.of(folder), new WorkspaceDay(today()))) {
			core.findings().forEach((uri, findings) -> {
				List<String> lines = new ArrayList<>();
				for (Finding finding : findings) {
					lines.add(line(finding.line(), finding.code(), finding.message()));
				}
				lines.sort(null);
				byFile.put(Path.of(uri.toFileString()).getFileName().toString(), lines);
			});
		}
		return byFile;
	}

	/** The findings {@code transform check --format json} prints for the folder, by file name. */
	static Map<String, List<String>> check(Path folder) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		TransformCli.run(Clock.systemDefaultZone(), folder, new PrintWriter(out, true), new PrintWriter(err, true), "check", "--format", "json",
				"--today=" + today(), ".");
		JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertNotNull(report.get("findings"), () -> "check's report: " + out + err);
		Map<String, List<String>> byFile = new TreeMap<>();
		for (JsonElement file : report.getAsJsonArray("files")) {
			byFile.put(Path.of(file.getAsString()).getFileName().toString(), new ArrayList<>());
		}
		for (JsonElement element : report.getAsJsonArray("findings")) {
			JsonObject finding = element.getAsJsonObject();
			byFile.computeIfAbsent(Path.of(finding.get("path").getAsString()).getFileName().toString(), f -> new ArrayList<>())
					.add(line(finding.get("line").getAsInt(), finding.get("code").getAsString(), finding.get("message").getAsString()));
		}
		byFile.values().forEach(lines -> lines.sort(null));
		return byFile;
	}

	/** The day the workbench's editor counts up to ({@link PlanCores#TODAY}, pinned by the test bundle's pom). */
	static LocalDate today() {
		return LocalDate.parse(System.getProperty(PlanCores.TODAY));
	}

	static Path location(IResource resource) {
		return resource.getLocation().toPath();
	}

	private static String line(int line, String code, String message) {
		return line + ": " + code + ": " + message;
	}
}
