package org.transform.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.generator.report.MarkdownText;
import org.transform.dsl.generator.report.ReportGenerator;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.generator.Reports.Input;
import org.transform.dsl.tests.validation.Workspace;

import com.google.inject.Inject;

/** The Markdown report: the HTML report's sections as headings and tables, with the model's text escaped. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class MarkdownReportTest {

	/** A table cell separator: a pipe without a backslash before it. */
	private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

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
	public void theEscaperBackslashesWhatMarkdownWouldInterpret() {
		assertEquals("Sales \\| Marketing", MarkdownText.escape("Sales | Marketing"));
		assertEquals("\\*bold\\* \\_em\\_ \\`code\\`", MarkdownText.escape("*bold* _em_ `code`"));
		assertEquals("\\[link\\](x) \\!\\[image\\](y)", MarkdownText.escape("[link](x) ![image](y)"));
		assertEquals("\\<script\\>alert(1)\\</script\\>", MarkdownText.escape("<script>alert(1)</script>"));
		assertEquals("\\&lt; \\# \\~\\~gone\\~\\~ back\\\\slash", MarkdownText.escape("&lt; # ~~gone~~ back\\slash"));
		assertEquals("two lines, one row", MarkdownText.escape("two lines,\none row").replace("  ", " "));
		assertEquals("a b c", MarkdownText.escape("a\r\nb\tc").replaceAll(" +", " "));
		assertEquals("Sales cycle length 2026-01 (days) 94.5 %", MarkdownText.escape("Sales cycle length 2026-01 (days) 94.5 %"),
				"ordinary text stays as written");
		assertEquals("", MarkdownText.escape(null));
	}

	@Test
	public void aPipeInATitleDoesNotBreakATableRow() {
		workspace.organization();
		Input input = reports.of(workspace.file("plan.transform", """
				plan Pipes "Sales | Marketing" { period 2026-01 to 2027-12 }
				import Acme.*
				indicator Cycle "Cycle | days | median" { unit days  better lower  baseline 94 on 2026-01-31 }
				goal Faster "Faster | cheaper" { owner Sales  lower Cycle to 60 by 2027-06 }
				practice Plans "Plans\\nwritten | together" { owner Sales  lowers Cycle }
				change Reviews "Reviews *weekly* | [x](y)" { lever leadership  supports Plans  owner Sales  from 2026-03 }
				"""));
		String markdown = generator.markdown(input.analysis(), input.findings());

		List<String> traceRows = rowsOf(markdown, "## Traceability");
		assertEquals(2 + 1, traceRows.size(), () -> "header, rule and one path:\n" + String.join("\n", traceRows));
		for (String row : traceRows) {
			assertEquals(5 + 2, CELL_SEPARATOR.split(row, -1).length, () -> "five cells in: " + row);
		}
		String path = traceRows.get(2);
		assertTrue(path.contains("**Faster** Faster \\| cheaper"), path);
		assertTrue(path.contains("**Reviews** Reviews \\*weekly\\* \\| \\[x\\](y)"), path);
		for (String row : rowsOf(markdown, "## Summary")) {
			assertEquals(5 + 2, CELL_SEPARATOR.split(row, -1).length, () -> "five cells in: " + row);
		}
	}

	@Test
	public void theMarkdownHasTheSectionsOfTheHtmlReport() {
		Input sales = reports.example("sales");
		String markdown = generator.markdown(sales.analysis(), sales.findings());
		List<String> headings = markdown.lines().filter(l -> l.startsWith("## ")).toList();
		assertEquals(List.of("## Summary", "## Diagrams", "## Indicator trends", "## Progress toward the targets", "## Findings",
				"## Traceability: goal → indicator → practice → change"), headings);
		assertTrue(markdown.contains("![Impact map](diagrams/impact-map.svg)"), "the diagrams, as files beside the report");
		assertTrue(markdown.contains("![Tool landscape](diagrams/tool-landscape.svg)"), "the diagrams, as files beside the report");
		assertTrue(markdown.contains("| 2026-11-30 | 81 days | measured |"), "the trend of SalesCycle as a table, its CSV and inline values");
		assertTrue(markdown.contains("| 2026-10-31 | 83 days | measured |"), "a value from data/sales-cycle.csv");
		assertTrue(markdown.contains("### `target-off-track` (warning, 2 findings)"), "the two targets off track, as findings");
		assertTrue(markdown.contains("\nChecked without a day: indicator-stale"), "the summary says on which day it was checked, if any");
		assertTrue(markdown.contains("- [Traceability: goal → indicator → practice → change](#traceability-goal--indicator--practice--change)"));
	}

	/** The table rows (lines starting with a pipe) of the first table after the heading. */
	private static List<String> rowsOf(String markdown, String heading) {
		List<String> lines = markdown.lines().toList();
		int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(heading)).findFirst().orElseThrow());
		int first = start;
		while (!lines.get(first).startsWith("|")) {
			first++;
		}
		int end = first;
		while (end < lines.size() && lines.get(end).startsWith("|")) {
			end++;
		}
		return lines.subList(first, end);
	}
}
