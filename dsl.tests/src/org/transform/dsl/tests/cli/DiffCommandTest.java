package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.tests.cli.CliRun.transform;
import static org.transform.dsl.tests.cli.CliRun.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code transform diff}: a semantic diff of two versions of a workspace by qualified name — added,
 * removed, renamed, changed clauses in the language's terms, findings introduced and resolved — from
 * two folders or from a git revision and the working tree.
 */
public class DiffCommandTest {

	@TempDir
	Path dir;

	private static final String ACME = """
			organization Acme "Acme Corp"
			team Sales "Field sales"
			team PreSales "Pre-sales" { part-of Sales }
			tool Crm "Salesforce" { category crm  used-by Sales }
			""";

	private static final String PLAN = """
			plan SalesTransformation "Shorter sales cycles" { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle "Sales cycle length" { unit days  better lower  measured-by "Median days"  baseline 94 on 2026-01-31 }
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
			practice AccountPlans "Shared account plans" { owner Sales  lowers SalesCycle }
			change Reviews "Managers review account plans" { lever leadership  supports AccountPlans  owner Sales  from 2026-03 }
			change CrmTraining "Account plans in the CRM, hands-on" { lever training  supports AccountPlans  owner Sales  from 2026-08 }
			change CrmAccountPlans "Account-plan module" { lever technology  supports AccountPlans  owner Sales  from 2026-09  deploys Crm }
			policy Guidelines "Guidance, not policing" { serves CloseFaster  owner Sales }
			""";

	private void side(String folder, String plan) {
		write(dir, folder + "/acme.transform", ACME);
		write(dir, folder + "/plan.transform", plan);
	}

	private static String edited(String plan, String... replacements) {
		String result = plan;
		for (int i = 0; i < replacements.length; i += 2) {
			assertTrue(result.contains(replacements[i]), replacements[i]);
			result = result.replace(replacements[i], replacements[i + 1]);
		}
		return result;
	}

	@Test
	public void clauseChangesAreSaidInTheLanguagesTerms() {
		side("old", PLAN);
		side("new", edited(PLAN, "to 60 by 2027-06", "to 70 by 2027-09", "owner Sales  from 2026-03", "owner Sales, PreSales  from 2026-04"));

		CliRun run = transform(dir, "diff", "old", "new");

		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(List.of("Changes from old to new:",
				"  changed  change SalesTransformation.Reviews",
				"             from: 2026-03 → 2026-04",
				"             owner: Sales → Sales, PreSales",
				"  changed  goal SalesTransformation.CloseFaster",
				"             date of lower SalesCycle: 2027-06 → 2027-09",
				"             target of lower SalesCycle: 60 → 70",
				"0 added, 0 removed, 0 renamed, 2 changed; 0 findings introduced (0 errors), 0 resolved"), run.outLines());
	}

	@Test
	public void elementsAddedRemovedAndRenamedByQualifiedName() {
		side("old", PLAN);
		side("new", edited(PLAN, "policy Guidelines \"Guidance, not policing\" { serves CloseFaster  owner Sales }\n", "",
				"practice AccountPlans", "practice JointAccountPlans", "supports AccountPlans", "supports JointAccountPlans",
				"lowers SalesCycle }", "lowers SalesCycle }\nteam Champions \"CRM champions\" { part-of Acme.Sales }"));

		CliRun run = transform(dir, "diff", "old", "new");

		assertTrue(run.out().contains("  added    team SalesTransformation.Champions \"CRM champions\"\n"), run.out());
		assertTrue(run.out().contains("  removed  policy SalesTransformation.Guidelines \"Guidance, not policing\"\n"), run.out());
		assertTrue(run.out().contains("  renamed  practice SalesTransformation.AccountPlans \"Shared account plans\" → SalesTransformation.JointAccountPlans\n"),
				run.out());
		assertTrue(run.out().contains("             supports: AccountPlans → JointAccountPlans\n"), run.out());
	}

	@Test
	public void findingsIntroducedAndResolvedAndExitOneForANewError() {
		// the CRM now starts before SalesCycle's baseline (an error), and the training is gone (a warning)
		side("old", edited(PLAN, "policy Guidelines \"Guidance, not policing\" { serves CloseFaster  owner Sales }", "policy Guidelines \"Guidance, not policing\" { owner Sales }"));
		side("new", edited(PLAN, "from 2026-09  deploys Crm", "from 2026-01  deploys Crm",
				"change CrmTraining \"Account plans in the CRM, hands-on\" { lever training  supports AccountPlans  owner Sales  from 2026-08 }\n", ""));

		CliRun run = transform(dir, "diff", "old", "new");

		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains("Findings introduced (2):\n"), run.out());
		assertTrue(run.out().contains("  plan.transform:") && run.out().contains(": error [technology-before-indicator] "), run.out());
		assertTrue(run.out().contains(": warning [technology-without-training] "), run.out());
		assertTrue(run.out().contains("Findings resolved (1):\n  plan.transform:"), run.out());
		assertTrue(run.out().contains("warning [policy-without-goal]"), run.out());
		assertTrue(run.summary().endsWith("2 findings introduced (1 error), 1 resolved"), run.summary());
	}

	@Test
	public void markdownAndJsonSayTheSame() {
		side("old", PLAN);
		side("new", edited(PLAN, "to 60 by 2027-06", "to 70 by 2027-06"));

		CliRun markdown = transform(dir, "diff", "--format", "markdown", "old", "new");
		assertTrue(markdown.out().startsWith("### Plan changes from `old` to `new`\n\n0 added, 0 removed, 0 renamed, 1 changed"), markdown.out());
		assertTrue(markdown.out().contains("#### Changed\n\n- `goal SalesTransformation.CloseFaster`\n  - target of lower SalesCycle: 60 → 70\n"),
				markdown.out());

		CliRun json = transform(dir, "diff", "--format=json", "old", "new");
		JsonObject root = JsonParser.parseString(json.out()).getAsJsonObject();
		JsonObject clause = root.getAsJsonArray("changed").get(0).getAsJsonObject().getAsJsonArray("clauses").get(0).getAsJsonObject();
		assertEquals("target of lower SalesCycle", clause.get("clause").getAsString());
		assertEquals("60", clause.get("before").getAsString());
		assertEquals("70", clause.get("after").getAsString());
		assertEquals(false, root.get("introducesErrors").getAsBoolean());
	}

	@Test
	public void measurementsAreComparedByDate() {
		side("old", PLAN + "measurements SalesCycle { 2026-02-28: 92 }\n");
		side("new", PLAN + "measurements SalesCycle { 2026-02-28: 91  2026-03-31: 90 }\n");
		CliRun run = transform(dir, "diff", "old", "new");
		assertTrue(run.out().contains("  changed  indicator SalesTransformation.SalesCycle\n             measured 2026-02-28: 92 → 91\n"
				+ "             + measured 2026-03-31 90\n"), run.out());
	}

	@Test
	public void diffWantsTwoSides() {
		side("old", PLAN);
		transform(dir, "diff", "old").assertRefused("diff compares two sides");
	}

	// --- git ---

	@Test
	public void theWorkingTreeIsComparedWithAGitRevision() throws Exception {
		side("plans", PLAN);
		git("init", "-q");
		git("add", ".");
		git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "first plan");
		write(dir, "plans/plan.transform", edited(PLAN, "to 60 by 2027-06", "to 70 by 2027-06"));

		CliRun run = transform(dir, "diff", "--git", "HEAD", "plans");

		assertEquals(0, run.exitCode(), run.toString());
		assertEquals(List.of("Changes from HEAD to the working tree:", "  changed  goal SalesTransformation.CloseFaster",
				"             target of lower SalesCycle: 60 → 70",
				"0 added, 0 removed, 0 renamed, 1 changed; 0 findings introduced (0 errors), 0 resolved"), run.outLines());
		assertEquals("", git("status", "--porcelain", "--untracked-files=no").replace(" M plans/plan.transform\n", ""),
				"the repository is left as it was, but for the edit");
	}

	@Test
	public void theReportSaysWhatChangedSinceARevision() throws Exception {
		side("plans", PLAN);
		git("init", "-q");
		git("add", ".");
		git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "first plan");
		write(dir, "plans/plan.transform", edited(PLAN, "to 60 by 2027-06", "to 70 by 2027-06"));

		CliRun run = transform(dir, "report", "plans", "--since", "HEAD", "--out", "out");

		assertEquals(0, run.exitCode(), run.toString());
		String markdown = java.nio.file.Files.readString(dir.resolve("out/report.md"));
		assertTrue(markdown.contains("\n## What changed since HEAD\n\n0 added, 0 removed, 0 renamed, 1 changed; 0 findings introduced (0 errors), 0 resolved\n\n"
				+ "- changed goal SalesTransformation.CloseFaster: target of lower SalesCycle: 60 → 70\n"), markdown);
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(java.nio.file.Files.readString(dir.resolve("out/report.html")));
		assertEquals("What changed since HEAD", html.selectFirst("#changes h2").text());
		assertEquals(List.of("changed goal SalesTransformation.CloseFaster: target of lower SalesCycle: 60 → 70"),
				html.select("#changes li").eachText());
		assertTrue(html.select("nav a[href=#changes]").size() == 1, "the section is in the table of contents");
	}

	@Test
	public void aReportWithoutSinceHasNoChangesSection() throws Exception {
		side("plans", PLAN);
		transform(dir, "report", "plans", "--out", "out");
		assertTrue(!java.nio.file.Files.readString(dir.resolve("out/report.md"), java.nio.charset.StandardCharsets.UTF_8).contains("What changed"));
	}

	@Test
	public void anUnknownRevisionIsRefused() throws Exception {
		side("plans", PLAN);
		git("init", "-q");
		transform(dir, "diff", "--git", "no-such-revision", "plans").assertRefused("git could not read revision 'no-such-revision'");
	}

	private String git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), () -> String.join(" ", command) + ": " + output);
		return output;
	}
}
