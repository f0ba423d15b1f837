package org.transform.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.generator.report.ReportGenerator;
import org.transform.dsl.tests.examples.ExampleWorkspaces;
import org.transform.dsl.workspace.Finding;
import org.xml.sax.InputSource;

/**
 * Mutated example workspaces through the generators: the four diagrams (SVG and PNG) and the
 * report, as the command line, the Eclipse builder and Maven produce them from broken plans. No
 * case may throw or take more than 20 seconds; every SVG is well-formed XML; the HTML parses to a
 * document without script elements or event-handler attributes.
 *
 * <p>A plain JUnit test with a seeded {@link Random} (like {@link LanguageServerEditsTest}): a case
 * draws the diagrams and the report of a whole workspace, ten times the work of a parser case, so it
 * runs {@code transform.fuzz.cases / 10} cases (at least 3; 30 by default). The seed is
 * {@code -Dtransform.fuzz.seed}; a failure names the case's seed, file and text.
 */
public class GeneratorFuzzTest {

	private static final Duration LIMIT = Duration.ofSeconds(20);

	@Test
	void mutatedWorkspacesGiveDiagramsAndReportsNotFailures() throws Exception {
		int cases = Math.max(3, FuzzInput.cases(300) / 10);
		long seed = Long.getLong("transform.fuzz.seed", 20261124L);
		Random seeds = new Random(seed);
		for (int i = 0; i < cases; i++) {
			long caseSeed = seeds.nextLong();
			Random random = new Random(caseSeed);
			Path file = FuzzInput.exampleFile(random);
			String text = FuzzInput.mutate(FuzzInput.read(file), random);
			String what = "case seed " + caseSeed + ", " + ExampleWorkspaces.folder().relativize(file) + " mutated to:\n" + text;
			Generated generated;
			try {
				generated = assertTimeoutPreemptively(LIMIT, () -> generate(file, text), () -> "too slow: " + what);
			} catch (RuntimeException e) {
				throw new AssertionError("the generators failed on " + what, e);
			}
			for (String svg : generated.svgs()) {
				assertWellFormed(svg, what);
			}
			for (byte[] png : generated.pngs()) {
				assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII), () -> "not a PNG: " + what);
			}
			Document html = Jsoup.parse(generated.html());
			assertTrue(html.select("script").isEmpty(), () -> "a script element in the report of " + what);
			assertTrue(html.select("[onload], [onerror], [onclick]").isEmpty(), () -> "an event handler in the report of " + what);
		}
	}

	record Generated(List<String> svgs, List<byte[]> pngs, String html) {
	}

	private static Generated generate(Path file, String text) {
		return Pipeline.inLanguage(() -> {
			XtextResourceSet resourceSet = Pipeline.injector().getInstance(XtextResourceSet.class);
			ExampleWorkspaces.load(resourceSet, ExampleWorkspaces.workspaceOf(file), Map.of(file.toAbsolutePath().normalize(), text));
			List<Finding> findings = new ArrayList<>();
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				findings.addAll(Finding.of(((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
						.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl), resource));
			}
			PlanAnalysis analysis = Pipeline.injector().getInstance(PlanAnalyzer.class).analyze(ExampleWorkspaces.resource(resourceSet, file));
			DiagramGenerator diagrams = Pipeline.injector().getInstance(DiagramGenerator.class);
			List<String> svgs = new ArrayList<>();
			List<byte[]> pngs = new ArrayList<>();
			for (DiagramKind kind : DiagramKind.values()) {
				svgs.add(diagrams.svg(kind, analysis, findings));
			}
			pngs.add(diagrams.png(DiagramKind.IMPACT_MAP, analysis, findings));
			String html = Pipeline.injector().getInstance(ReportGenerator.class).html(analysis, findings);
			return new Generated(svgs, pngs, html);
		});
	}

	private static void assertWellFormed(String svg, String what) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
			assertEquals("svg", document.getDocumentElement().getLocalName(), () -> "not an SVG: " + what);
		} catch (Exception e) {
			throw new AssertionError("a diagram that is not well-formed XML (" + e.getMessage() + ") for " + what, e);
		}
	}
}
