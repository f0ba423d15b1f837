package org.transform.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.TransformRuntimeModule;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.generator.report.DiagramSource;
import org.transform.dsl.generator.report.DiagramSource.Diagram;
import org.transform.dsl.generator.report.ReportFormat;
import org.transform.dsl.generator.report.ReportGenerator;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.generator.Reports.Input;
import org.transform.dsl.tests.validation.Workspace;

import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.util.Modules;

/**
 * The HTML report is one document that a real HTML parser reads with every section in it, names
 * every element of the plans, lists the findings by rule and escapes whatever the plan's author
 * typed.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ReportGeneratorTest {

	private static final List<String> SECTIONS = List.of("summary", "diagrams", "trends", "progress", "findings", "traceability");

	@Inject
	private ReportGenerator generator;

	@Inject
	private Reports reports;

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	@Test
	public void theSalesReportHasEverySectionAndEveryElement() {
		Input sales = reports.example("sales");
		Document html = Jsoup.parse(generator.html(sales.analysis(), sales.findings()));

		for (String id : SECTIONS) {
			Element section = html.getElementById(id);
			assertNotNull(section, "section #" + id);
			assertEquals("section", section.tagName());
			assertFalse(section.select("h2").text().isBlank(), "heading of #" + id);
		}
		assertTrue(html.title().contains("SalesTransformation"), html.title());
		String traceability = html.getElementById("traceability").text();
		PlanAnalysis analysis = sales.analysis();
		for (EObject element : Stream.of(analysis.goals(), analysis.indicators(), analysis.practices(), analysis.changes())
				.flatMap(List::stream).toList()) {
			String name = (String) element.eGet(element.eClass().getEStructuralFeature("name"));
			assertTrue(traceability.contains(name), () -> name + " in the traceability matrix");
		}
		assertEquals(analysis.indicators().size(), html.select("#trends article.trend").size(), "a trend per indicator");
		assertEquals(analysis.indicators().size(), html.select("#trends svg").size(), "every indicator of the example has a chart");
		assertEquals(analysis.goals().stream().mapToInt(g -> analysis.moves(g).size()).sum(), html.select("#progress tbody tr").size(),
				"a progress row per goal move");
		// the sales example is sound but two of its targets are truly off track (examples/sales/README.md)
		assertEquals(List.of("target-off-track"), html.select("#findings section.rule").stream().map(r -> r.attr("data-code")).toList());
		assertEquals(List.of("Impact map", "Team alignment", "Roadmap", "Tool landscape"),
				html.select("#diagrams figure figcaption").stream().map(Element::text).toList());
		assertEquals(4, html.select("#diagrams figure > div.diagram > svg").size(), "the four diagrams, inline");
		String impactMap = html.selectFirst("#diagram-impact-map svg").text();
		for (EObject element : Stream.of(analysis.goals(), analysis.practices(), analysis.changes()).flatMap(List::stream).toList()) {
			String name = (String) element.eGet(element.eClass().getEStructuralFeature("name"));
			assertTrue(impactMap.contains(name), () -> name + " on the impact map");
		}
		assertEquals("0", html.select("#findings-by-severity td.number").first().text());
		// the helper's core is given no day: the report says that the calendar rule did not run
		assertEquals("Checked without a day: indicator-stale, the rule that compares measurements with the calendar, was not applied "
				+ "(give the day with --today=YYYY-MM-DD).", html.getElementById("checked-on").text());
	}

	@Test
	public void theReportIsSelfContained() {
		Input sales = reports.example("sales");
		Document html = Jsoup.parse(generator.html(sales.analysis(), sales.findings()));
		assertTrue(html.select("script, link, img, iframe, object, embed").isEmpty(), "nothing loaded from elsewhere");
		assertTrue(html.select("[src]").isEmpty(), "no src attribute");
		html.select("a[href]").forEach(a -> assertTrue(a.attr("href").startsWith("#"), () -> "only links inside the page: " + a));
		assertEquals(1, html.select("head > style").size());
		assertEquals("utf-8", html.selectFirst("meta[charset]").attr("charset"));
	}

	@Test
	public void socialBusinessFindingsAreGroupedByRule() {
		Input social = reports.example("social-business");
		Document html = Jsoup.parse(generator.html(social.analysis(), social.findings()));
		Map<String, String> byRule = new TreeMap<>();
		for (Element rule : html.select("#findings section.rule")) {
			String code = rule.attr("data-code");
			assertEquals(code, rule.selectFirst("h3 code").text());
			byRule.put(code, rule.select("tbody tr").stream()
					.map(row -> row.child(0).text() + ":" + row.child(1).text() + " " + row.child(2).text())
					.collect(Collectors.joining(", ")));
			rule.select("tbody tr").forEach(row -> assertFalse(row.child(3).text().isBlank(), "a message"));
		}
		assertEquals(Map.ofEntries(
				Map.entry("bottom-up-ignored", "social-business.transform:253 info"),
				Map.entry("channel-without-goal-or-maintainer", "social-presence.transform:35 error"),
				Map.entry("goal-without-practice", "social-business.transform:103 warning"),
				Map.entry("target-off-track", "social-business.transform:103 warning"),
				Map.entry("indicator-missing", "social-business.transform:21 warning"),
				Map.entry("opposing-goals-in-team", "social-business.transform:96 error, social-business.transform:101 error"),
				Map.entry("policy-without-goal", "social-business.transform:296 warning"),
				Map.entry("redundant-tools", "orbis.transform:63 warning, orbis.transform:71 warning, social-business.transform:273 warning, "
						+ "social-presence.transform:10 warning, social-presence.transform:19 warning"),
				Map.entry("social-silo", "social-presence.transform:27 warning"),
				Map.entry("technology-before-indicator", "social-business.transform:195 error"),
				Map.entry("technology-only", "social-business.transform:139 warning"),
				Map.entry("technology-without-training", "social-business.transform:223 warning")), byRule);
		assertEquals(List.of("error", "4", "warning", "12", "info", "1"),
				html.select("#findings-by-severity td").stream().map(Element::text).toList());
		List<String> order = html.select("#findings section.rule").stream().map(r -> r.attr("data-code")).toList();
		assertEquals(List.of("channel-without-goal-or-maintainer", "opposing-goals-in-team", "technology-before-indicator"), order.subList(0, 3),
				"errors first");
	}

	@Test
	public void modelTextIsEscapedNotInterpreted() {
		workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan Hostile "<script>alert(1)</script>" { period 2026-01 to 2027-12 }
				import Acme.*
				indicator Cycle "\\" onload=\\"x" { unit "<b>days</b>"  better lower  baseline 94 on 2026-01-31 }
				goal Faster "<script>alert(1)</script>" { owner Sales  lower Cycle to 60 by 2027-06 }
				practice Plans "<img src=x onerror=alert(1)>" { owner Sales  lowers Cycle }
				change Module "\\" onload=\\"x" { lever leadership  supports Plans  owner Sales  from 2026-03 }
				measurements Cycle { 2026-03-31: 90 }
				""");
		Input input = reports.of(plan);
		Document html = Jsoup.parse(generator.html(input.analysis(), input.findings()));

		assertTrue(html.select("script").isEmpty(), "no script element");
		assertTrue(html.select("[onload]").isEmpty(), "no onload attribute");
		assertTrue(html.select("[onerror]").isEmpty(), "no onerror attribute");
		assertTrue(html.select("img, b").isEmpty(), "no element from the model's text");
		String text = html.text();
		assertTrue(text.contains("<script>alert(1)</script>"), "the title shows literally");
		assertTrue(text.contains("\" onload=\"x"), "the title shows literally");
		assertTrue(text.contains("<img src=x onerror=alert(1)>"), "the title shows literally");
		assertTrue(html.title().contains("Hostile"));
		assertTrue(html.select("svg[aria-label]").attr("aria-label").contains("\" onload=\"x"), "an attribute holds the text, escaped");

		String markdown = generator.markdown(input.analysis(), input.findings());
		assertFalse(Pattern.compile("(?<!\\\\)[<>]").matcher(markdown).find(), () -> "every angle bracket escaped:\n" + markdown);
		assertTrue(markdown.contains("\\<script\\>alert(1)\\</script\\>"), markdown);
	}

	@Test
	public void theSameWorkspaceGivesTheSameBytes() {
		Input first = reports.example("social-business");
		Input second = reports.example("social-business");
		assertEquals(generator.files(first.analysis(), first.findings(), ReportFormat.both),
				generator.files(second.analysis(), second.findings(), ReportFormat.both));
	}

	@Test
	public void theFilesOfEachFormatHaveFixedNames() {
		Input sales = reports.example("sales");
		assertEquals(List.of("report.html"), List.copyOf(generator.files(sales.analysis(), sales.findings(), ReportFormat.html).keySet()));
		List<String> diagrams = List.of("diagrams/impact-map.svg", "diagrams/roadmap.svg", "diagrams/team-alignment.svg", "diagrams/tool-landscape.svg");
		assertEquals(Stream.concat(diagrams.stream(), Stream.of("report.md")).toList(),
				List.copyOf(generator.files(sales.analysis(), sales.findings(), ReportFormat.markdown).keySet()));
		assertEquals(Stream.concat(diagrams.stream(), Stream.of("report.html", "report.md")).toList(),
				List.copyOf(generator.files(sales.analysis(), sales.findings(), ReportFormat.both).keySet()));
	}

	@Test
	public void diagramsAreInlinedInHtmlAndWrittenBesideTheMarkdown() {
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect class=\"node\" width=\"4\" height=\"4\"/></svg>";
		DiagramSource drawn = (analysis, findings) -> List.of(new Diagram("impact-map", "Impact map", svg));
		ReportGenerator withDiagrams = Guice.createInjector(
				Modules.override(new TransformRuntimeModule()).with(binder -> binder.bind(DiagramSource.class).toInstance(drawn)))
				.getInstance(ReportGenerator.class);
		Input sales = reports.example("sales");
		Map<String, String> files = withDiagrams.files(sales.analysis(), sales.findings(), ReportFormat.both);

		assertEquals(List.of("diagrams/impact-map.svg", "report.html", "report.md"), List.copyOf(files.keySet()));
		assertEquals(svg, files.get("diagrams/impact-map.svg"));
		Document html = Jsoup.parse(files.get("report.html"));
		assertEquals(1, html.select("#diagrams figure svg rect.node").size(), "the diagram's SVG inline, as drawn");
		assertEquals("Impact map", html.selectFirst("#diagrams figcaption").text());
		assertTrue(files.get("report.md").contains("![Impact map](diagrams/impact-map.svg)"));
	}

	@Test
	public void aDiagramFileNameCannotLeaveTheFolder() {
		assertThrows(IllegalArgumentException.class, () -> new Diagram("../../x", "Escape", "<svg/>"));
		assertThrows(IllegalArgumentException.class, () -> new Diagram("Impact Map", "Spaces", "<svg/>"));
	}
}
