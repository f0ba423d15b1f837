package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.transform.dsl.tests.cli.CliRun.transform;
import static org.transform.dsl.tests.cli.CliRun.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.validation.RuleCatalogue;
import org.transform.dsl.validation.RuleCatalogue.Rule;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code transform check}: the files and folders given form one workspace; findings are printed as
 * compiler-style lines, JSON or SARIF; the exit code says whether there are errors; bad input is
 * refused in one line.
 */
public class CheckCommandTest {

	/** An organization file whose teams and tool the plans below use. */
	private static final String ACME = """
			organization Acme "Acme Corp"
			team Commercial "Commercial"
			team Sales "Field sales" { part-of Commercial  size 40 }
			team Marketing "Marketing" { part-of Commercial }
			tool Crm "Salesforce" { category crm  used-by Sales }
			""";

	/** A sound plan over {@link #ACME}: every goal moves a measured indicator, technology comes last and with training. */
	private static final String SALES = """
			plan SalesTransformation "Shorter sales cycles" { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle "Sales cycle length" {
			    unit days  better lower  cadence monthly  status existing
			    measured-by "Median days from first meeting to signature"  source "CRM"
			    baseline 94 on 2026-01-31
			}
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06  deadline 2027-12 }
			practice SharedAccountPlans "Account plans co-written" { owner Sales  lowers SalesCycle }
			change WeeklyReviews "Managers review account plans" { lever leadership  supports SharedAccountPlans  owner Sales  from 2026-03 }
			change CrmTraining "Account-plan training" { lever training  supports SharedAccountPlans  owner Sales  from 2026-08 }
			change CrmAccountPlans "Account-plan module" {
			    lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm
			}
			channel SalesLinkedIn "Sales on LinkedIn" { kind linkedin  serves CloseFaster  maintained-by Marketing  feeds Crm }
			policy SocialGuidelines "Guidance, not policing" { serves CloseFaster  owner Marketing }
			measurements SalesCycle { 2026-02-28: 92  2026-03-31: 90 }
			""";

	/** A second CRM in the plan: together with Acme's, the landscape has two tools of one category. */
	private static final String SECOND_CRM = "tool Hubspot \"HubSpot\" { category crm  used-by Sales }\n";

	private static final Pattern TEXT_LINE = Pattern.compile("(.+):(\\d+):(\\d+): (error|warning|info) \\[([a-z-]+)\\] (.+)");

	@TempDir
	Path dir;

	// --- one workspace ---

	@Test
	public void aSoundWorkspaceHasNoFindingsAndExitsWithZero() {
		write(dir, "org/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES);

		CliRun run = transform(dir, "check", "org", "plans").assertChecked(0);

		assertEquals(List.of("0 errors, 0 warnings, 0 info in 2 files"), run.outLines());
	}

	@Test
	public void filesAndFoldersGivenTogetherFormOneWorkspace() {
		write(dir, "org/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES + SECOND_CRM);

		CliRun run = transform(dir, "check", "org/acme.transform", "plans").assertChecked(0);

		// the finding needs both files: one CRM in each
		assertEquals(List.of(
				"org/acme.transform:5:34: warning [redundant-tools]",
				"plans/sales.transform:18:35: warning [redundant-tools]"),
				run.findingLines().stream().map(CheckCommandTest::location).toList());
		assertTrue(run.findingLines().get(0).contains("'SalesTransformation.Hubspot' (sales.transform)"), run.out());
		assertEquals("0 errors, 2 warnings, 0 info in 2 files", run.summary());
	}

	@Test
	public void aPlanCheckedWithoutTheOrganizationItImportsHasBrokenReferences() {
		write(dir, "org/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES);

		CliRun run = transform(dir, "check", "plans").assertChecked(1);

		List<String> lines = run.findingLines();
		assertFalse(lines.isEmpty());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("plans/sales.transform:8:47: error [" + IssueCodes.BROKEN_REFERENCE + "] No team named 'Sales'")),
				run.out());
		assertTrue(run.summary().endsWith(" in 1 file"), run.summary());
	}

	@Test
	public void aFileGivenTwiceIsCheckedOnce() {
		write(dir, "plans/sales.transform", SALES);
		write(dir, "plans/acme.transform", ACME);

		CliRun run = transform(dir, "check", "plans", "plans/sales.transform", "./plans/../plans/acme.transform").assertChecked(0);

		assertEquals("0 errors, 0 warnings, 0 info in 2 files", run.summary());
	}

	@Test
	public void hiddenFoldersAreNotSearched() {
		write(dir, "acme.transform", ACME);
		write(dir, ".history/acme.transform", "this is not a plan {");

		transform(dir, "check", ".").assertChecked(0);
	}

	@Test
	public void aByteOrderMarkIsNotASyntaxError() {
		write(dir, "acme.transform", "\uFEFF" + ACME);

		transform(dir, "check", "acme.transform").assertChecked(0);
	}

	// --- the text format ---

	@Test
	public void aFindingIsOneCompilerStyleLineWithItsCode() {
		write(dir, "acme.transform", """
				organization Acme
				team Sales { part-of Nobody }
				""");

		CliRun run = transform(dir, "check", "acme.transform").assertChecked(1);

		assertEquals(2, run.outLines().size(), run.out());
		assertTrue(run.outLines().get(0).startsWith("acme.transform:2:22: error [broken-reference] No team named 'Nobody'"), run.out());
		assertEquals("1 error, 0 warnings, 0 info in 1 file", run.summary());
	}

	@Test
	public void syntaxErrorsHaveTheirOwnCode() {
		write(dir, "broken.transform", """
				plan Broken {
				    period 2026-01 to
				}
				""");

		CliRun run = transform(dir, "check", "broken.transform").assertChecked(1);

		assertTrue(run.findingLines().stream().allMatch(l -> l.contains("error [" + IssueCodes.SYNTAX_ERROR + "]")), run.out());
		assertTrue(run.findingLines().get(0).startsWith("broken.transform:3:1: error [syntax-error]"), run.out());
	}

	@Test
	public void findingsAreSortedByPathThenLineThenColumn() {
		// findings in three files, each with findings on several lines and two on one line
		String twoBrokenPerLine = """
				organization Acme
				team A { part-of Nobody }
				tool T { used-by Nobody1, Nobody2 }
				tool U { integrates-with T, Missing }
				""";
		write(dir, "b.transform", twoBrokenPerLine.replace("Acme", "Beta"));
		write(dir, "a/x.transform", twoBrokenPerLine.replace("Acme", "Ax"));
		write(dir, "a.transform", twoBrokenPerLine + "plan {\n");

		CliRun run = transform(dir, "check", "b.transform", ".").assertChecked(1);

		List<String[]> locations = new ArrayList<>();
		for (String line : run.findingLines()) {
			Matcher m = TEXT_LINE.matcher(line);
			assertTrue(m.matches(), line);
			locations.add(new String[] { m.group(1), m.group(2), m.group(3) });
		}
		List<String[]> sorted = new ArrayList<>(locations);
		sorted.sort(Comparator.<String[], String>comparing(l -> l[0])
				.thenComparingInt(l -> Integer.parseInt(l[1]))
				.thenComparingInt(l -> Integer.parseInt(l[2])));
		assertEquals(sorted.stream().map(l -> String.join(":", l)).toList(), locations.stream().map(l -> String.join(":", l)).toList());
		assertEquals(Set.of("a.transform", "a/x.transform", "b.transform"), locations.stream().map(l -> l[0]).collect(java.util.stream.Collectors.toSet()));
		assertTrue(run.out().contains("b.transform:3:18: error [broken-reference]"), run.out());
		assertTrue(run.out().contains("b.transform:3:27: error [broken-reference]"), run.out());
		assertTrue(run.summary().endsWith(" in 3 files"), run.summary());
	}

	@Test
	public void filesOutsideTheWorkingDirectoryAreShownWithTheirAbsolutePath(@TempDir Path elsewhere) {
		Path file = write(elsewhere, "acme.transform", "organization Acme\nteam Sales { part-of Nobody }\n");

		CliRun run = transform(dir, "check", file.toString()).assertChecked(1);

		assertTrue(run.outLines().get(0).startsWith(file.toAbsolutePath() + ":2:22: error [broken-reference]"), run.out());

		CliRun sarif = transform(dir, "check", "--format", "sarif", file.toString()).assertChecked(1);
		JsonObject artifact = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
				.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
		assertEquals(file.toAbsolutePath().toUri().toString(), artifact.get("uri").getAsString());
	}

	// --- JSON and SARIF ---

	@Test
	public void jsonListsFilesFindingsAndSummary() {
		write(dir, "org/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES + SECOND_CRM + "goal Vague \"Be better\" { owner Sales }\n");

		CliRun run = transform(dir, "check", "--format", "json", "org", "plans").assertChecked(1);

		JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(List.of("org/acme.transform", "plans/sales.transform"), strings(root.getAsJsonArray("files")));
		JsonArray findings = root.getAsJsonArray("findings");
		Set<String> codes = new HashSet<>();
		for (JsonElement e : findings) {
			JsonObject f = e.getAsJsonObject();
			assertEquals(Set.of("path", "line", "column", "endLine", "endColumn", "severity", "code", "message"), f.keySet());
			assertTrue(f.get("line").getAsInt() >= 1 && f.get("column").getAsInt() >= 1, f.toString());
			assertTrue(f.get("endLine").getAsInt() > f.get("line").getAsInt()
					|| f.get("endLine").getAsInt() == f.get("line").getAsInt() && f.get("endColumn").getAsInt() >= f.get("column").getAsInt(), f.toString());
			assertTrue(Set.of("error", "warning", "info").contains(f.get("severity").getAsString()), f.toString());
			codes.add(f.get("code").getAsString());
		}
		assertTrue(codes.containsAll(Set.of(IssueCodes.REDUNDANT_TOOLS, IssueCodes.GOAL_WITHOUT_INDICATOR)), codes.toString());
		JsonObject vague = findings.asList().stream().map(JsonElement::getAsJsonObject)
				.filter(f -> f.get("code").getAsString().equals(IssueCodes.GOAL_WITHOUT_INDICATOR)).findFirst().orElseThrow();
		assertEquals("plans/sales.transform", vague.get("path").getAsString());
		assertEquals(19, vague.get("line").getAsInt());
		assertEquals("error", vague.get("severity").getAsString());

		JsonObject summary = root.getAsJsonObject("summary");
		assertEquals(2, summary.get("files").getAsInt());
		assertEquals(count(findings, "error"), summary.get("errors").getAsInt());
		assertEquals(count(findings, "warning"), summary.get("warnings").getAsInt());
		assertEquals(count(findings, "info"), summary.get("infos").getAsInt());
	}

	@Test
	public void sarifIsOneRunOfTransformWithARuleForEveryCodeFound() {
		write(dir, "org/acme.transform", ACME);
		write(dir, "plans/q1/sales.transform", SALES + SECOND_CRM + "goal Vague \"Be better\" { owner Sales }\n" + "plan {\n");

		CliRun run = transform(dir, "check", "--format", "sarif", ".").assertChecked(1);

		JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString());
		assertTrue(log.get("$schema").getAsString().endsWith("sarif-2.1.0.json"), log.get("$schema").getAsString());
		assertEquals(1, log.getAsJsonArray("runs").size());
		JsonObject runObject = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonObject driver = runObject.getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("Transform", driver.get("name").getAsString());
		List<String> ruleIds = driver.getAsJsonArray("rules").asList().stream().map(r -> r.getAsJsonObject().get("id").getAsString()).toList();
		assertEquals(new HashSet<>(ruleIds).size(), ruleIds.size(), "each rule once: " + ruleIds);
		for (JsonElement r : driver.getAsJsonArray("rules")) {
			// each rule described from the catalogue, so that code-scanning pages show more than a bare code
			JsonObject rule = r.getAsJsonObject();
			Rule known = RuleCatalogue.rule(rule.get("id").getAsString());
			assertEquals(known.title(), rule.getAsJsonObject("shortDescription").get("text").getAsString());
			assertEquals(known.rationale(), rule.getAsJsonObject("fullDescription").get("text").getAsString());
			assertEquals(known.explanation(), rule.getAsJsonObject("help").get("text").getAsString());
			assertTrue(rule.getAsJsonObject("help").get("markdown").getAsString().contains("```\n" + RuleCatalogue.EXAMPLE_HEADER), rule.toString());
			assertEquals(known.severity() == Severity.INFO ? "note" : known.level(),
					rule.getAsJsonObject("defaultConfiguration").get("level").getAsString());
		}

		JsonArray results = runObject.getAsJsonArray("results");
		Set<String> used = new HashSet<>();
		Set<String> levels = new HashSet<>();
		Set<String> uris = new HashSet<>();
		for (JsonElement e : results) {
			JsonObject result = e.getAsJsonObject();
			String ruleId = result.get("ruleId").getAsString();
			used.add(ruleId);
			assertEquals(ruleId, ruleIds.get(result.get("ruleIndex").getAsInt()));
			levels.add(result.get("level").getAsString());
			assertFalse(result.getAsJsonObject("message").get("text").getAsString().isBlank());
			JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
			uris.add(physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
			JsonObject region = physical.getAsJsonObject("region");
			for (String key : List.of("startLine", "startColumn", "endLine", "endColumn")) {
				assertTrue(region.get(key).getAsInt() >= 1, key + " in " + region);
			}
		}
		assertEquals(used, new HashSet<>(ruleIds), "the rules are exactly the codes found");
		assertTrue(used.containsAll(Set.of(IssueCodes.SYNTAX_ERROR, IssueCodes.REDUNDANT_TOOLS, IssueCodes.GOAL_WITHOUT_INDICATOR)), used.toString());
		assertTrue(Set.of("error", "warning", "note").containsAll(levels), levels.toString());
		assertTrue(levels.containsAll(Set.of("error", "warning")), levels.toString());
		assertEquals(Set.of("org/acme.transform", "plans/q1/sales.transform"), uris);
	}

	@Test
	public void infoFindingsAreNotesInSarif() {
		write(dir, "acme.transform", ACME + "tool Sheets \"Spreadsheets\" { category crm  used-by Sales  adopted bottom-up }\n");
		write(dir, "sales.transform", SALES);

		CliRun text = transform(dir, "check", ".").assertChecked(0);
		assertTrue(text.out().contains("info [" + IssueCodes.BOTTOM_UP_IGNORED + "]"), text.out());

		CliRun sarif = transform(dir, "check", "--format=sarif", ".").assertChecked(0);
		JsonArray results = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
				.getAsJsonArray("results");
		JsonObject bottomUp = results.asList().stream().map(JsonElement::getAsJsonObject)
				.filter(r -> r.get("ruleId").getAsString().equals(IssueCodes.BOTTOM_UP_IGNORED)).findFirst().orElseThrow();
		assertEquals("note", bottomUp.get("level").getAsString());
	}

	// --- help and version ---

	@Test
	public void helpAndVersionExitWithZero() {
		CliRun help = transform(dir, "--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().contains("check"), help.out());

		CliRun checkHelp = transform(dir, "check", "--help");
		assertEquals(0, checkHelp.exitCode());
		assertTrue(checkHelp.out().contains("--format"), checkHelp.out());
		assertTrue(checkHelp.out().contains("text, json, sarif"), checkHelp.out());
		assertTrue(checkHelp.out().contains("Exit codes"), checkHelp.out());

		CliRun version = transform(dir, "--version");
		assertEquals(0, version.exitCode());
		assertTrue(version.out().startsWith("Transform "), version.out());
	}

	// --- bad input: one line, exit code 2 ---

	@Test
	public void aMissingPathIsRefused() {
		transform(dir, "check", "plans/nowhere.transform").assertRefused("no such file or folder", "plans/nowhere.transform");
	}

	@Test
	public void aFileThatIsNotATransformFileIsRefused() {
		write(dir, "notes.txt", "plan Notes");
		transform(dir, "check", "notes.txt").assertRefused("notes.txt", "not a Transform file");
	}

	@Test
	public void aFolderWithoutPlansIsRefused() throws IOException {
		Files.createDirectories(dir.resolve("docs/images"));
		write(dir, "docs/readme.md", "# no plans here");
		transform(dir, "check", "docs").assertRefused("no .transform files", "docs");
	}

	@Test
	public void aBinaryFileIsRefused() {
		write(dir, "logo.transform", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		transform(dir, "check", "logo.transform").assertRefused("logo.transform", "not a text file", "NUL");
	}

	@Test
	public void aFileThatIsNotUtf8IsRefused() {
		write(dir, "latin1.transform", "organization Société".getBytes(StandardCharsets.ISO_8859_1));
		transform(dir, "check", "latin1.transform").assertRefused("latin1.transform", "not UTF-8", "offset 17");
	}

	@Test
	public void aBinaryFileFoundInAFolderIsRefusedByItsPath() {
		write(dir, "plans/acme.transform", ACME);
		write(dir, "plans/old/broken.transform", new byte[] { 'p', 'l', 'a', 'n', 0 });
		transform(dir, "check", "plans").assertRefused("plans/old/broken.transform", "not a text file");
	}

	@Test
	public void aMessageThatQuotesALineBreakIsPrintedOnOneLine() {
		// a team's name written as a string across two lines: the broken reference's message quotes it
		write(dir, "plan.transform", "plan Sales { period 2026-01 to 2027-12 }\ngoal G \"Be better\" { owner\n \"x\n  y\" }\n");

		CliRun run = transform(dir, "check", "plan.transform").assertChecked(1);

		assertTrue(run.out().contains("error [broken-reference] No team named '\"x y\"' is known here: declare it ('team \"x y\" ...')"), run.out());
		assertTrue(run.out().contains("error [syntax-error] Found '\"x\\n  y\"' where a name was expected"), run.out());
		assertTrue(run.out().lines().allMatch(l -> l.startsWith("plan.transform:") || l.startsWith("3 errors")), run.out());
	}

	@Test
	public void aFileNameWithANewlineIsStillOneLine() {
		write(dir, "plans/two\nlines.transform", new byte[] { 'p', 0 });
		transform(dir, "check", "plans").assertRefused("plans/two?lines.transform", "not a text file");
	}

	@Test
	public void aLinkThatLeadsNowhereIsRefused() throws IOException {
		Files.createSymbolicLink(dir.resolve("loop.transform"), Path.of("loop.transform"));
		transform(dir, "check", "loop.transform").assertRefused("cannot read loop.transform", "symbolic link");
	}

	/** Issue 16.4: the walk of a folder follows no link; each link it leaves out is noted. */
	@Test
	public void linksInAFolderAreLeftOutWithANote() throws IOException {
		write(dir, "plans/sales.transform", SALES);
		write(dir, "org/acme.transform", ACME);
		Files.createSymbolicLink(dir.resolve("plans/moved.transform"), dir.resolve("gone/moved.transform"));
		Files.createSymbolicLink(dir.resolve("plans/org"), dir.resolve("org"));

		CliRun run = transform(dir, "check", "org", "plans");

		assertEquals(0, run.exitCode(), run::out);
		assertEquals(List.of("0 errors, 0 warnings, 0 info in 2 files"), run.outLines(), "each plan once");
		assertEquals(List.of(
				"transform: note: skipped plans/moved.transform: it is a symbolic link, and links in a workspace are not followed (give the folder or file it points to, or copy it into the workspace)",
				"transform: note: skipped plans/org: it is a symbolic link, and links in a workspace are not followed (give the folder or file it points to, or copy it into the workspace)"),
				run.err().lines().sorted().toList());
	}

	/** Issue 13.6: a folder inside a workspace stands for the whole workspace, as in the language server. */
	@Test
	public void aFolderInsideAMarkedWorkspaceChecksTheWorkspace() {
		write(dir, "company/transform.workspace", "");
		write(dir, "company/org/acme.transform", ACME);
		write(dir, "company/plans/sales.transform", SALES);

		CliRun run = transform(dir, "check", "company/plans").assertChecked(0);

		assertEquals(List.of("0 errors, 0 warnings, 0 info in 2 files"), run.outLines(), "the organization above the folder is part of it");
	}

	/** Issue 13.6: folders with their own marker are workspaces of their own: the same names in two are no duplicates. */
	@Test
	public void markedFoldersBelowAreWorkspacesOfTheirOwn() {
		for (String company : List.of("north", "south")) {
			write(dir, "companies/" + company + "/transform.workspace", "");
			write(dir, "companies/" + company + "/acme.transform", ACME);
			write(dir, "companies/" + company + "/sales.transform", SALES);
		}

		transform(dir, "check", "companies/north").assertChecked(0);
		transform(dir, "check", "companies").assertRefused("no .transform files in folder companies",
				"skipped folder companies/north: it holds its own transform.workspace");
	}

	@Test
	public void anUnreadableFileIsRefused() throws IOException {
		Path file = write(dir, "secret.transform", ACME);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
		transform(dir, "check", "secret.transform").assertRefused("cannot read secret.transform", "permission denied");
	}

	@Test
	public void usageMistakesAreRefusedInOneLine() {
		write(dir, "acme.transform", ACME);
		transform(dir, "check").assertRefused("Missing required parameter", "check --help");
		transform(dir, "check", "--format", "xml", "acme.transform").assertRefused("--format", "xml", "text, json, sarif");
		transform(dir, "check", "--strict", "acme.transform").assertRefused("Unknown option", "--strict");
		transform(dir, "chekc", "acme.transform").assertRefused("Unknown command: 'chekc'", "did you mean check");
		transform(dir).assertRefused("Missing command");
		transform(dir, "check", "plan\0.transform").assertRefused("not a valid path");
	}

	private static String location(String textLine) {
		Matcher m = TEXT_LINE.matcher(textLine);
		assertTrue(m.matches(), textLine);
		return m.group(1) + ":" + m.group(2) + ":" + m.group(3) + ": " + m.group(4) + " [" + m.group(5) + "]";
	}

	private static List<String> strings(JsonArray array) {
		return array.asList().stream().map(JsonElement::getAsString).toList();
	}

	private static long count(JsonArray findings, String severity) {
		return findings.asList().stream().filter(f -> f.getAsJsonObject().get("severity").getAsString().equals(severity)).count();
	}

	// --- today ---

	/** {@link #SALES} without its measurements. */
	private static final String SALES_UNMEASURED = SALES.replace("measurements SalesCycle { 2026-02-28: 92  2026-03-31: 90 }\n", "");

	@Test
	public void staleIndicatorsAreCountedUpToTheDayGivenWithToday() {
		write(dir, "org/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES_UNMEASURED + "measurements SalesCycle { 2026-02-28: 92 }\n");

		CliRun early = transform(dir, "check", "--today=2026-04-28", ".").assertChecked(0);
		assertFalse(early.out().contains("[indicator-stale]"), early.out());
		CliRun late = transform(dir, "check", "--today", "2026-04-29", ".").assertChecked(0);
		assertTrue(late.out().contains("warning [indicator-stale] Indicator 'SalesCycle' is measured monthly, but its last value is from "
				+ "2026-02-28, more than two months before today (2026-04-29)"), late.out());
	}

	@Test
	public void withoutTodayCheckCountsUpToTheClocksDay() {
		// the command line's clock is fixed in tests at 2026-04-15
		write(dir, "org/acme.transform", ACME);
		write(dir, "plans/sales.transform", SALES_UNMEASURED + "measurements SalesCycle { 2026-02-10: 93 }\n");
		CliRun run = transform(dir, "check", ".").assertChecked(0);
		assertTrue(run.out().contains("its last value is from 2026-02-10, more than two months before today (2026-04-15)"), run.out());
	}

	@Test
	public void aTodayThatIsNotADayIsRefused() {
		write(dir, "acme.transform", ACME);
		transform(dir, "check", "--today=2026-13-01", "acme.transform").assertRefused("--today=2026-13-01 is not a day", "YYYY-MM-DD");
	}
}
