package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.tests.cli.CliRun.transform;
import static org.transform.dsl.tests.cli.CliRun.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.tests.examples.ExampleWorkspaces;
import org.transform.dsl.validation.IssueCodes;

/**
 * {@code transform report PATHS --out DIR}: the workspace is checked as {@code check} checks it and
 * its report is written into the output folder, created if missing, and nowhere else; the exit code
 * says whether the plans have errors; an output folder that cannot be written is refused in one line.
 */
public class ReportCommandTest {

	@TempDir
	Path dir;

	@Test
	public void theSalesExampleGivesAReportInANewFolderAndNothingElse() {
		Path sales = ExampleWorkspaces.workspace("sales");
		List<String> examplesBefore = tree(sales);
		List<String> before = tree(dir);

		CliRun run = transform(dir, "report", sales.toString(), "--out", "out/nested");

		assertEquals("", run.err());
		assertEquals(0, run.exitCode(), run::out);
		assertEquals(List.of("Checked 3 files: 0 errors, 2 warnings, 0 info.", "Wrote out/nested/diagrams/impact-map.svg",
				"Wrote out/nested/diagrams/roadmap.svg", "Wrote out/nested/diagrams/team-alignment.svg", "Wrote out/nested/diagrams/tool-landscape.svg",
				"Wrote out/nested/report.html", "Wrote out/nested/report.md", "Open out/nested/report.html in a browser."), run.outLines());
		List<String> after = tree(dir);
		assertEquals(Stream.concat(before.stream(), Stream.of("out", "out/nested", "out/nested/diagrams", "out/nested/diagrams/impact-map.svg",
				"out/nested/diagrams/roadmap.svg", "out/nested/diagrams/team-alignment.svg", "out/nested/diagrams/tool-landscape.svg",
				"out/nested/report.html", "out/nested/report.md")).sorted().toList(), after, "only the report, under --out");
		assertEquals(examplesBefore, tree(sales), "nothing written beside the plans");
		Document html = Jsoup.parse(read(dir.resolve("out/nested/report.html")));
		assertTrue(html.getElementById("traceability").text().contains("CrmAccountPlans"));
	}

	@Test
	public void aPlanWithErrorsStillGetsItsReportAndExitsWithOne() {
		Path social = ExampleWorkspaces.workspace("social-business");
		CliRun run = transform(dir, "report", social.toString(), "--out", "report", "--format", "html", "--today=2026-11-30");

		assertEquals("", run.err());
		assertEquals(1, run.exitCode(), run::out);
		// check's counts on the same day ('check --today=2026-11-30'): four of the warnings are indicator-stale
		assertEquals("Checked 3 files: 4 errors, 17 warnings, 1 info.", run.outLines().get(0));
		assertEquals(List.of("report", "report/report.html"), tree(dir), "--format html writes the HTML file only");
		Document html = Jsoup.parse(read(dir.resolve("report/report.html")));
		assertEquals(22, html.select("#findings section.rule tbody tr").size(), "the 22 findings of the example on that day");
		assertEquals(13, html.select("#findings section.rule").size(), "grouped by their 13 rules");
		assertEquals("Checked on 2026-11-30: indicator-stale counts up to that day.", html.getElementById("checked-on").text());
	}

	@Test
	public void aSyntaxErrorIsListedWithItsFileAndLine() {
		write(dir, "plans/broken.transform", "plan Broken \"Half typed\" {\n    period 2026-01 to\n}\n");

		CliRun run = transform(dir, "report", "plans", "--out", "out", "--format", "html");

		assertEquals("", run.err());
		assertEquals(1, run.exitCode(), run::out);
		Document html = Jsoup.parse(read(dir.resolve("out/report.html")));
		Element rule = html.selectFirst("#findings section.rule[data-code=" + IssueCodes.SYNTAX_ERROR + "]");
		assertNotNull(rule, () -> html.getElementById("findings").text());
		Element row = rule.selectFirst("tbody tr");
		assertEquals(List.of("broken.transform", "3"), List.of(row.child(0).text(), row.child(1).text()));
	}

	@Test
	public void namesThatLookLikePathsStayText() {
		write(dir, "plans/acme.transform", "organization Acme \"../../x\"\nteam Sales \"../../../etc/passwd\"\n");
		write(dir, "plans/plan.transform", """
				plan Escape "../../x" { period 2026-01 to 2027-12 }
				import Acme.*
				indicator Cycle "../x.html" { unit days  better lower  baseline 9 on 2026-01-31 }
				goal Faster "/tmp/x" { owner Sales  lower Cycle to 6 by 2027-06 }
				""");
		List<String> before = tree(dir);

		CliRun run = transform(dir.resolve("plans"), "report", ".", "--out", "../out", "--format", "markdown");

		assertEquals("", run.err());
		assertEquals(Stream.concat(before.stream(), Stream.of("out", "out/diagrams", "out/diagrams/impact-map.svg", "out/diagrams/roadmap.svg",
				"out/diagrams/team-alignment.svg", "out/diagrams/tool-landscape.svg", "out/report.md")).sorted().toList(), tree(dir));
		assertTrue(read(dir.resolve("out/report.md")).contains("../../x"), "the title, as text");
		assertTrue(run.out().contains("Wrote " + dir.resolve("out/report.md")), run.out());
	}

	@Test
	public void anOutputFolderThatIsAFileIsRefused() {
		Path sales = ExampleWorkspaces.workspace("sales");
		write(dir, "taken", "a file, not a folder\n");

		transform(dir, "report", sales.toString(), "--out", "taken").assertRefused("taken", "is a file, not a folder", "--out");
		transform(dir, "report", sales.toString(), "--out", "taken/report").assertRefused("taken/report", "--out");
		assertEquals(List.of("taken"), tree(dir), "nothing written");
	}

	@Test
	public void theOutputFolderMustBeGiven() {
		Path sales = ExampleWorkspaces.workspace("sales");
		transform(dir, "report", sales.toString()).assertRefused("--out");
		transform(dir, "report", sales.toString(), "--out", "x", "--format", "pdf").assertRefused("pdf");
		transform(dir, "report", "--out", "x").assertRefused("<file or folder>");
	}

	/** Every file and folder under the folder, as relative paths with '/', sorted. */
	private static List<String> tree(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
