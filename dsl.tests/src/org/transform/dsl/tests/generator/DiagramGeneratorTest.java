package org.transform.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.validation.Workspace;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;
import org.w3c.dom.Element;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The four diagrams drawn from a plan: every element appears, boxes do not overlap and labels stay
 * inside them, model text is escaped, findings are drawn on their elements, and the same input
 * gives the same bytes, as SVG and as PNG.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class DiagramGeneratorTest {

	static final String PLAN = """
			plan SalesPlan "Shorter sales cycles" { period 2026-01 to 2027-12 }
			import Acme.*
			import Tools.*
			indicator SalesCycle "Sales cycle length" {
			    unit days  better lower  cadence monthly  status existing
			    measured-by "Median days from first meeting to signature"  baseline 94 on 2026-01-31
			    opposes Satisfaction
			}
			indicator Satisfaction "Customer satisfaction" {
			    unit points  better higher  cadence quarterly  status existing
			    measured-by "Survey score"  baseline 7 on 2026-03-31
			}
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06  deadline 2027-12 }
			goal HappyClients "Happier clients" { owner Commercial  raise Satisfaction to 8 by 2027-09 }
			practice SharedAccountPlans "Account plans co-written by sales and pre-sales" { owner Sales, PreSales  lowers SalesCycle }
			practice Listening "Listen to clients" { owner Sales  raises Satisfaction }
			change WeeklyReviews "Managers review account plans" { lever leadership  supports SharedAccountPlans  owner Sales  from 2026-03 }
			change ListeningSessions "Client listening sessions" { lever organization  supports Listening  owner Sales  from 2026-04 to 2026-06 }
			change PlanTraining "Training on account plans" { lever training  supports SharedAccountPlans  owner Sales  from 2026-08 to 2026-09 }
			change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm }
			channel SalesLinkedIn "Sales on LinkedIn" { kind linkedin  serves CloseFaster  maintained-by Marketing  feeds Crm }
			""";

	static final String TOOLS = """
			organization Tools "Tools"
			import Acme.*
			tool Crm "Salesforce" { category crm  used-by Sales  adopted top-down  integrates-with Erp }
			tool Erp "SAP" { category erp }
			tool Listener "Social listener" { category social-monitoring  integrates-with Crm }
			tool OtherListener "Another listener" { category social-monitoring  adopted bottom-up }
			""";

	@Inject
	private Workspace workspace;

	@Inject
	private PlanAnalyzer analyzer;

	@Inject
	private DiagramGenerator diagrams;

	@Inject
	private Provider<Workspace> workspaces;

	@TempDir
	Path folder;

	/** The analysis and findings of the files, the way the generator sees them. */
	private record Drawn(PlanAnalysis analysis, List<Finding> findings) {
	}

	private Drawn load(Workspace ws, String... planTexts) {
		List<TransformFile> files = new ArrayList<>();
		files.add(ws.organization());
		files.add(ws.file("tools.transform", TOOLS));
		for (int i = 0; i < planTexts.length; i++) {
			files.add(ws.file("plan" + i + ".transform", planTexts[i]));
		}
		List<Finding> findings = new ArrayList<>();
		for (TransformFile file : files) {
			findings.addAll(Finding.of(ws.validate(file), file.eResource()));
		}
		return new Drawn(analyzer.analyze(files.get(files.size() - 1)), findings);
	}

	private Drawn load(String... planTexts) {
		return load(workspace.in(folder), planTexts);
	}

	private SvgDocument svg(DiagramKind kind, Drawn drawn) {
		return SvgDocument.parse(diagrams.svg(kind, drawn.analysis(), drawn.findings()));
	}

	@Test
	public void theImpactMapShowsEveryGoalIndicatorPracticeAndChange() {
		SvgDocument map = svg(DiagramKind.IMPACT_MAP, load(PLAN));
		for (String name : List.of("CloseFaster", "HappyClients", "SalesCycle", "Satisfaction", "SharedAccountPlans", "Listening",
				"WeeklyReviews", "ListeningSessions", "PlanTraining", "CrmAccountPlans")) {
			assertEquals(1, map.nodesOf("SalesPlan." + name).size(), () -> name + " is drawn once");
		}
		assertTrue(map.texts().contains("goal CloseFaster"));
		assertTrue(map.texts().contains("Account plans co-written by sales"), () -> "titles are wrapped into the box: " + map.texts());
		// goal → indicator, indicator → practice (2 each), practice → change (4)
		assertEquals(8, map.all("polyline", "edge").size());
		for (String lever : List.of("leadership", "organization", "skills", "job", "training", "governance", "policy", "technology")) {
			assertTrue(map.texts().contains("change: " + lever), () -> "the legend names lever " + lever);
		}
	}

	@Test
	public void changesAreColouredByLeverKind() {
		SvgDocument map = svg(DiagramKind.IMPACT_MAP, load(PLAN));
		String technology = SvgDocument.child(map.nodesOf("SalesPlan.CrmAccountPlans").get(0), "rect", "node").getAttribute("fill");
		String leadership = SvgDocument.child(map.nodesOf("SalesPlan.WeeklyReviews").get(0), "rect", "node").getAttribute("fill");
		assertFalse(technology.equals(leadership));
		assertTrue(map.all("rect", "legend").stream().anyMatch(r -> technology.equals(r.getAttribute("fill"))),
				"the technology colour is in the legend");
	}

	@Test
	public void teamAlignmentShowsTeamsTheirGoalsAndOpposingGoalsInRed() {
		SvgDocument alignment = svg(DiagramKind.TEAM_ALIGNMENT, load(PLAN));
		for (String team : List.of("Commercial", "Sales", "PreSales", "Marketing", "Support")) {
			assertEquals(1, alignment.nodesOf("Acme." + team).size(), () -> team + " is drawn");
		}
		assertEquals(1, alignment.nodesOf("SalesPlan.CloseFaster").size());
		assertEquals(1, alignment.nodesOf("SalesPlan.HappyClients").size());
		// Sales is part of Commercial; SalesCycle opposes Satisfaction and both goals improve theirs
		List<Element> oppositions = alignment.all("g", "opposition");
		assertEquals(1, oppositions.size());
		assertTrue(SvgDocument.tooltip(oppositions.get(0)).contains("oppose"));
		assertEquals("#d62728", SvgDocument.all(oppositions.get(0), "polyline", "opposition").get(0).getAttribute("stroke"));
		assertEquals(3, alignment.all("polyline", "part-of").size(), "Sales and Marketing are part of Commercial, PreSales of Sales");
	}

	@Test
	public void aHugeTitleShowsItsFirstLinesEndingInAnEllipsisAndAShortTooltip() {
		String huge = PLAN.replace("\"Close deals faster\"", "\"" + "Close deals faster ".repeat(20_000) + "\"");
		SvgDocument alignment = svg(DiagramKind.TEAM_ALIGNMENT, load(huge));
		Element goal = alignment.nodesOf("SalesPlan.CloseFaster").get(0);
		List<String> title = SvgDocument.all(goal, "text", "label").stream().map(Element::getTextContent)
				.filter(line -> line.contains("deals")).toList();
		assertEquals(4, title.size(), "four lines of the title, not 12,000: " + title);
		assertTrue(title.get(3).endsWith("…"), title.get(3));
		assertTrue(SvgDocument.tooltip(goal).length() < 600, "the tooltip holds the start of the title");
	}

	@Test
	public void theRoadmapPutsChangesOnATimeLineAgainstBaselinesAndTargets() {
		SvgDocument roadmap = svg(DiagramKind.ROADMAP, load(PLAN));
		List<String> bars = roadmap.all("g", "bar").stream().map(g -> g.getAttribute("data-element")).toList();
		assertEquals(List.of("SalesPlan.WeeklyReviews", "SalesPlan.ListeningSessions", "SalesPlan.PlanTraining", "SalesPlan.CrmAccountPlans"),
				bars, "changes in order of start: technology last");
		assertEquals(2, roadmap.all("g", "baseline-marker").size());
		assertEquals(2, roadmap.all("g", "target-marker").size());
		assertEquals(1, roadmap.all("g", "deadline-marker").size());
		String points = SvgDocument.all(roadmap.all("g", "baseline").get(0), "polyline", "baseline").get(0).getAttribute("points");
		double baselineX = Double.parseDouble(points.substring(0, points.indexOf(',')));
		double leadershipStart = SvgDocument.number(SvgDocument.all(roadmap.all("g", "bar").get(0), "rect", "bar").get(0), "x");
		assertTrue(baselineX < leadershipStart, "SalesCycle's baseline (2026-01-31) comes before the first change (2026-03)");
		double weekly = SvgDocument.number(SvgDocument.all(roadmap.all("g", "bar").get(0), "rect", "bar").get(0), "x");
		double crm = SvgDocument.number(SvgDocument.all(roadmap.all("g", "bar").get(3), "rect", "bar").get(0), "x");
		assertTrue(weekly < crm, "x is the date");
	}

	@Test
	public void theToolLandscapeGroupsToolsByCategoryAndMarksRedundancy() {
		SvgDocument landscape = svg(DiagramKind.TOOL_LANDSCAPE, load(PLAN));
		for (String tool : List.of("Crm", "Erp", "Listener", "OtherListener")) {
			assertEquals(1, landscape.nodesOf("Tools." + tool).size(), () -> tool + " is drawn");
		}
		assertEquals(1, landscape.nodesOf("SalesPlan.SalesLinkedIn").size());
		List<String> categories = landscape.all("g", "category").stream().map(g -> g.getAttribute("data-element")).toList();
		assertEquals(List.of("crm", "erp", "social-monitoring"), categories);
		assertTrue(landscape.texts().contains("social-monitoring - 2 tools: redundant"));
		assertEquals(1, landscape.all("polyline", "feeds").size(), "the channel feeds the CRM");
		assertEquals(2, landscape.all("polyline", "integrates-with").size());
		// each tool sits inside its category's box
		Element crmGroup = landscape.all("g", "category").get(0);
		SvgDocument.Rect box = SvgDocument.rect(SvgDocument.child(crmGroup, "rect", "group"));
		assertTrue(box.contains(SvgDocument.rect(SvgDocument.child(landscape.nodesOf("Tools.Crm").get(0), "rect", "node"))));
	}

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	public void noTwoBoxesOverlapAndEveryLabelStaysInsideItsBox(DiagramKind kind) {
		assertBoxesAndLabels(svg(kind, load(PLAN)));
	}

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	public void aPlanOfMoreThanAHundredElementsStaysReadable(DiagramKind kind) {
		SvgDocument svg = svg(kind, load(LargePlanText.plan(30)));
		assertTrue(svg.all("g", "node").size() >= (kind == DiagramKind.IMPACT_MAP ? 120 : 30));
		assertBoxesAndLabels(svg);
	}

	private static void assertBoxesAndLabels(SvgDocument svg) {
		List<SvgDocument.Rect> boxes = new ArrayList<>();
		for (Element node : svg.all("g", "node")) {
			SvgDocument.Rect box = SvgDocument.rect(SvgDocument.child(node, "rect", "node"));
			for (Element text : SvgDocument.all(node, "text", null)) {
				SvgDocument.Rect label = SvgDocument.textBox(text);
				assertTrue(box.contains(label), () -> "label '" + text.getTextContent() + "' " + label + " leaves its box " + box);
			}
			for (Element badge : SvgDocument.all(node, "rect", "badge")) {
				assertTrue(box.contains(SvgDocument.rect(badge)), "a finding's badge stays inside its box");
			}
			boxes.add(box);
		}
		assertFalse(boxes.isEmpty());
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				SvgDocument.Rect a = boxes.get(i);
				SvgDocument.Rect b = boxes.get(j);
				assertFalse(a.overlaps(b), () -> "boxes overlap: " + a + " and " + b);
			}
		}
		double width = SvgDocument.number(svg.root(), "width");
		double height = SvgDocument.number(svg.root(), "height");
		for (SvgDocument.Rect box : boxes) {
			assertTrue(new SvgDocument.Rect(0, 0, width, height).contains(box), () -> "box " + box + " is outside the drawing");
		}
	}

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	public void theSameInputGivesTheSameBytes(DiagramKind kind, @TempDir Path other) {
		Drawn first = load(PLAN);
		Drawn second = load(workspaces.get().in(other), PLAN);
		assertEquals(diagrams.svg(kind, first.analysis(), first.findings()), diagrams.svg(kind, second.analysis(), second.findings()));
		assertArrayEquals(diagrams.png(kind, first.analysis(), first.findings()), diagrams.png(kind, second.analysis(), second.findings()));
	}

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	public void thePngIsTheSameDiagramAsAnImage(DiagramKind kind) throws IOException {
		Drawn drawn = load(PLAN);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(diagrams.png(kind, drawn.analysis(), drawn.findings())));
		assertNotNull(image, "the PNG decodes");
		SvgDocument svg = svg(kind, drawn);
		assertEquals(Math.ceil(2 * SvgDocument.number(svg.root(), "width")), image.getWidth(), 1);
		assertEquals(Math.ceil(2 * SvgDocument.number(svg.root(), "height")), image.getHeight(), 1);
		assertTrue(colours(image) > 3, "the image shows more than its background");
	}

	private static int colours(BufferedImage image) {
		java.util.Set<Integer> seen = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 3) {
			for (int x = 0; x < image.getWidth(); x += 3) {
				seen.add(image.getRGB(x, y));
			}
		}
		return seen.size();
	}

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	public void modelTextIsEscaped(DiagramKind kind) {
		String plan = PLAN.replace("\"Close deals faster\"", "\"<script>alert(1)</script>\"")
				.replace("\"Account plans co-written by sales and pre-sales\"", "\"\\\" onload=\\\"x\"")
				.replace("\"Sales on LinkedIn\"", "\"<b>&amp;</b>\"")
				.replace("\"Account-plan module\"", "\"]]> <!-- & -->\"");
		String text = diagrams.svg(kind, load(plan).analysis(), List.of());
		SvgDocument svg = SvgDocument.parse(text);
		assertFalse(text.contains("<script"), "no script element can be injected");
		assertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || kind != DiagramKind.IMPACT_MAP, "markup in titles is escaped");
		assertTrue(SvgDocument.all(svg.root(), "script", null).isEmpty());
		for (Element e : SvgDocument.all(svg.root(), "*", null)) {
			assertFalse(e.hasAttribute("onload"));
		}
		if (kind == DiagramKind.IMPACT_MAP) {
			assertTrue(svg.texts().contains("<script>alert(1)</script>"), "the title is shown as written");
			assertTrue(svg.texts().contains("\" onload=\"x"));
			assertTrue(svg.texts().contains("]]> <!-- & -->"));
			assertTrue(SvgDocument.tooltip(svg.nodesOf("SalesPlan.CloseFaster").get(0)).endsWith("<script>alert(1)</script>"));
		}
		if (kind == DiagramKind.TOOL_LANDSCAPE) {
			assertTrue(svg.texts().contains("<b>&amp;</b>"));
		}
	}

	@Test
	public void aFindingIsDrawnOnTheElementItConcerns() {
		// the technology change starts before the baseline of the indicator it moves
		String plan = PLAN.replace("baseline 94 on 2026-01-31", "baseline 94 on 2026-10-31");
		Drawn drawn = load(plan);
		assertTrue(drawn.findings().stream().anyMatch(f -> IssueCodes.TECHNOLOGY_BEFORE_INDICATOR.equals(f.code())));
		for (DiagramKind kind : List.of(DiagramKind.IMPACT_MAP, DiagramKind.ROADMAP)) {
			SvgDocument svg = svg(kind, drawn);
			Element change = svg.nodesOf("SalesPlan.CrmAccountPlans").get(0);
			List<Element> badges = SvgDocument.all(change, "g", "finding");
			Element badge = badges.stream().filter(b -> IssueCodes.TECHNOLOGY_BEFORE_INDICATOR.equals(b.getAttribute("data-element"))).findFirst()
					.orElseThrow(() -> new AssertionError(kind + ": no technology-before-indicator badge on the change"));
			assertTrue(SvgDocument.tooltip(badge).startsWith("error [" + IssueCodes.TECHNOLOGY_BEFORE_INDICATOR + "]"));
			assertTrue(SvgDocument.tooltip(badge).contains("CrmAccountPlans"), "the tooltip carries the message");
			assertTrue(svg.texts().contains("! " + IssueCodes.TECHNOLOGY_BEFORE_INDICATOR));
			assertEquals("#d62728", SvgDocument.child(change, "rect", "node").getAttribute("stroke"), "an error outlines the box in red");
			Element leadership = svg.nodesOf("SalesPlan.WeeklyReviews").get(0);
			assertTrue(SvgDocument.all(leadership, "g", "finding").isEmpty(), "other elements carry no badge");
		}
	}

	@Test
	public void aFindingInsideAnElementIsDrawnOnTheElement() {
		// the goal's move is against the indicator's better direction: the finding is on the move
		String plan = PLAN.replace("lower SalesCycle to 60", "raise SalesCycle to 60");
		Drawn drawn = load(plan);
		Finding finding = drawn.findings().stream().filter(f -> IssueCodes.DIRECTION_AGAINST_INDICATOR.equals(f.code())).findFirst()
				.orElseThrow();
		assertEquals("SalesPlan.CloseFaster", finding.element(), "the move has no name: the finding is its goal's");
		SvgDocument map = svg(DiagramKind.IMPACT_MAP, drawn);
		assertTrue(SvgDocument.all(map.nodesOf("SalesPlan.CloseFaster").get(0), "g", "finding").stream()
				.anyMatch(b -> IssueCodes.DIRECTION_AGAINST_INDICATOR.equals(b.getAttribute("data-element"))));
	}

	@Test
	public void aFindingInAMeasurementsBlockIsDrawnOnItsIndicator() {
		// the block's file does not exist: the block has no name of its own, its indicator's data is missing
		Drawn drawn = load(PLAN + "measurements SalesCycle from \"data/no-such-file.csv\"\n");
		Finding finding = drawn.findings().stream().filter(f -> IssueCodes.MEASUREMENT_FILE.equals(f.code())).findFirst().orElseThrow();
		assertEquals("SalesPlan.SalesCycle", finding.element());
		SvgDocument map = svg(DiagramKind.IMPACT_MAP, drawn);
		assertTrue(SvgDocument.all(map.nodesOf("SalesPlan.SalesCycle").get(0), "g", "finding").stream()
				.anyMatch(b -> IssueCodes.MEASUREMENT_FILE.equals(b.getAttribute("data-element"))), "the badge is on the indicator");
	}

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	public void anEmptyPlanGivesASmallDiagramThatSaysThereIsNothingToDraw(DiagramKind kind) {
		Workspace ws = workspace.in(folder);
		TransformFile plan = ws.file("empty.transform", "plan Empty \"Nothing yet\"");
		SvgDocument svg = SvgDocument.parse(diagrams.svg(kind, analyzer.analyze(plan), List.of()));
		assertTrue(svg.texts().stream().anyMatch(t -> t.startsWith("Nothing to draw")), () -> svg.text());
		assertTrue(SvgDocument.number(svg.root(), "width") < 1000);
		assertNotNull(ImageIO.getImageReadersByFormatName("png").next());
		assertTrue(diagrams.png(kind, analyzer.analyze(plan), List.of()).length > 0);
		SvgDocument nothing = SvgDocument.parse(diagrams.svg(kind, analyzer.analyze((EObject) null), null));
		assertTrue(nothing.texts().stream().anyMatch(t -> t.startsWith("Nothing to draw")));
	}

	@Test
	public void aPlansDiagramShowsThatPlanAndTheWorkspacesShowsEveryPlan() {
		Drawn drawn = load(PLAN, """
				plan OtherPlan "Another plan"
				import Acme.*
				goal Elsewhere "Not in the sales plan" { owner Marketing }
				""");
		SvgDocument sales = SvgDocument.parse(diagrams.svg(DiagramKind.IMPACT_MAP, drawn.analysis(), drawn.findings(), "SalesPlan"));
		assertTrue(sales.nodesOf("OtherPlan.Elsewhere").isEmpty(), "a plan's diagram shows that plan");
		assertEquals(1, sales.nodesOf("SalesPlan.CloseFaster").size());
		SvgDocument all = svg(DiagramKind.IMPACT_MAP, drawn);
		assertEquals(1, all.nodesOf("OtherPlan.Elsewhere").size(), "the workspace's diagram shows every plan");
		assertTrue(drawn.findings().stream().anyMatch(Finding::isError), "a goal that moves nothing is an error");
	}
}
