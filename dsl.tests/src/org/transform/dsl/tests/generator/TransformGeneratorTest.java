package org.transform.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.generator.report.ReportFormat;
import org.transform.dsl.generator.report.ReportGenerator;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.examples.ExampleWorkspaces;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The language's generator, as the Eclipse builder and {@code xtext-maven-plugin} call it: once per
 * file of a workspace. Each plan gets its four diagrams as SVG and PNG; the workspace gets one
 * report, whichever order the files come in.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class TransformGeneratorTest {

	@Inject
	private IGenerator2 generator;

	@Inject
	private ReportGenerator reports;

	@Inject
	private Reports inputs;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** Remembers every path written, also when a path is written twice. */
	private static final class RecordingAccess extends InMemoryFileSystemAccess {
		final List<String> writes = new ArrayList<>();

		@Override
		public void generateFile(String fileName, String outputConfigName, CharSequence contents) {
			writes.add(fileName);
			super.generateFile(fileName, outputConfigName, contents);
		}

		@Override
		public void generateFile(String fileName, String outputConfigName, InputStream content) {
			writes.add(fileName);
			super.generateFile(fileName, outputConfigName, content);
		}

		String text(String path) {
			return String.valueOf(getTextFiles().get(IFileSystemAccess.DEFAULT_OUTPUT + path));
		}
	}

	private RecordingAccess generate(List<Resource> resources) {
		RecordingAccess fsa = new RecordingAccess();
		for (Resource resource : resources) {
			generator.beforeGenerate(resource, fsa, new GeneratorContext());
			generator.doGenerate(resource, fsa, new GeneratorContext());
			generator.afterGenerate(resource, fsa, new GeneratorContext());
		}
		return fsa;
	}

	private List<Resource> salesExample() {
		XtextResourceSet resourceSet = resourceSets.get();
		ExampleWorkspaces.load(resourceSet, ExampleWorkspaces.workspace("sales"));
		return List.copyOf(resourceSet.getResources());
	}

	@Test
	public void eachPlanGetsItsFourDiagramsAndTheWorkspaceOneReport() {
		RecordingAccess fsa = generate(salesExample());

		Set<String> expected = new TreeSet<>();
		for (String plan : List.of("SalesTransformation", "MarketingEffectiveness")) {
			for (DiagramKind kind : DiagramKind.values()) {
				expected.add("diagrams/" + plan + "-" + kind.fileName() + ".svg");
				expected.add("diagrams/" + plan + "-" + kind.fileName() + ".png");
			}
		}
		expected.add(ReportGenerator.HTML_FILE);
		expected.add(ReportGenerator.MARKDOWN_FILE);
		for (DiagramKind kind : DiagramKind.values()) {
			expected.add("diagrams/" + kind.fileName() + ".svg");
		}
		assertEquals(expected, new TreeSet<>(fsa.writes), "the files written");
		assertEquals(expected.size(), fsa.writes.size(), () -> "a file was written twice: " + fsa.writes);
	}

	@Test
	public void theReportIsTheOneTheCommandLineWrites() {
		List<Resource> resources = salesExample();
		RecordingAccess fsa = generate(resources);
		Reports.Input input = inputs.of(resources.stream().map(r -> (TransformFile) r.getContents().get(0))
				.toArray(TransformFile[]::new));
		SortedMap<String, String> expected = reports.files(input.analysis(), input.findings(), ReportFormat.both);
		expected.forEach((path, text) -> assertEquals(text, fsa.text(path), path));
	}

	@Test
	public void theReportIsWrittenOnceWhicheverOrderTheFilesComeIn() {
		List<Resource> reversed = new ArrayList<>(salesExample());
		Collections.reverse(reversed);
		RecordingAccess fsa = generate(reversed);
		assertEquals(1, fsa.writes.stream().filter(ReportGenerator.HTML_FILE::equals).count(), fsa.writes::toString);
		assertTrue(fsa.text(ReportGenerator.HTML_FILE).contains("SalesTransformation"));
	}
}
