package org.transform.dsl.generator.report;

import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;

import org.transform.dsl.generator.report.DiagramSource.Diagram;
import org.transform.dsl.generator.report.Report.Count;
import org.transform.dsl.generator.report.Report.FindingGroup;
import org.transform.dsl.generator.report.Report.FindingRow;
import org.transform.dsl.generator.report.Report.Header;
import org.transform.dsl.generator.report.Report.Point;
import org.transform.dsl.generator.report.Report.Progress;
import org.transform.dsl.generator.report.Report.Ref;
import org.transform.dsl.generator.report.Report.SeverityCount;
import org.transform.dsl.generator.report.Report.Target;
import org.transform.dsl.generator.report.Report.TraceRow;
import org.transform.dsl.generator.report.Report.Trend;

/**
 * Writes a {@link Report} as Markdown for a repository: the sections of the HTML report, tables
 * instead of charts, and the diagrams as links to {@code diagrams/<name>.svg} files written next to
 * it. Every text from the model goes through {@link MarkdownText#escape(String)}.
 */
final class MarkdownReport {

	/** Where the diagrams are written, relative to the Markdown file. */
	static final String DIAGRAM_FOLDER = "diagrams/";

	private static final String NONE = "—";

	private final StringBuilder out = new StringBuilder();

	private MarkdownReport() {
	}

	static String render(Report report) {
		MarkdownReport md = new MarkdownReport();
		md.write(report);
		return md.out.toString();
	}

	private void write(Report report) {
		line("# " + MarkdownText.escape(HtmlReport.title(report)));
		blank();
		for (String[] section : HtmlReport.SECTIONS) {
			line("- [" + section[1] + "](#" + anchor(section[1]) + ")");
			if (section == HtmlReport.SECTIONS.get(0) && report.changes() != null) {
				String heading = ReportText.changesHeading(report.changes());
				line("- [" + esc(heading) + "](#" + anchor(heading) + ")");
			}
		}
		summary(report);
		if (report.changes() != null) {
			blank();
			line("## " + esc(ReportText.changesHeading(report.changes())));
			blank();
			line(esc(report.changes().summary()));
			blank();
			report.changes().lines().forEach(l -> line("- " + esc(l)));
		}
		diagrams(report);
		trends(report);
		progress(report);
		findings(report);
		traceability(report);
	}

	private void summary(Report report) {
		heading(0);
		if (report.headers().isEmpty()) {
			line("The workspace holds no plan.");
		} else {
			row("Kind", "Name", "Title", "Period", "Files");
			rule(5);
			for (Header header : report.headers()) {
				row(header.kind(), esc(header.ref().name()), optional(header.ref().title()), optional(header.period()),
						optional(String.join(", ", header.files())));
			}
		}
		blank();
		row("Element", "Count");
		line("|---|---:|");
		for (Count count : report.counts()) {
			row(count.what(), Integer.toString(count.count()));
		}
		blank();
		row("Findings", "Count");
		line("|---|---:|");
		for (SeverityCount count : report.severities()) {
			row(severity(count.severity()), Integer.toString(count.count()));
		}
		blank();
		line(esc(ReportText.checkedOn(report)));
	}

	private void diagrams(Report report) {
		heading(1);
		if (report.diagrams().isEmpty()) {
			line("_Diagrams not available._");
			return;
		}
		for (Diagram diagram : report.diagrams()) {
			line("### " + MarkdownText.escape(diagram.title()));
			blank();
			line("![" + MarkdownText.escape(diagram.title()) + "](" + DIAGRAM_FOLDER + diagram.fileName() + ".svg)");
			blank();
		}
	}

	private void trends(Report report) {
		heading(2);
		if (report.trends().isEmpty()) {
			line("The workspace has no indicator.");
			return;
		}
		for (Trend trend : report.trends()) {
			line("### " + esc(trend.indicator().name()) + (trend.indicator().title() == null ? "" : " — " + esc(trend.indicator().title())));
			blank();
			line(esc(ReportText.trendFacts(trend)));
			if (!TrendChart.drawable(trend)) {
				blank();
				continue;
			}
			blank();
			row("Date", "Value", "What");
			line("|---|---:|---|");
			if (trend.baseline() != null) {
				row(esc(trend.baseline().date().text()), esc(ReportText.amount(trend.baseline().value(), trend.unit())), "baseline");
			}
			for (Point point : trend.measurements()) {
				row(esc(point.date().text()), esc(ReportText.amount(point.value(), trend.unit())), "measured");
			}
			for (Target target : trend.targets()) {
				row(optional(target.due() == null ? null : target.due().text()), esc(ReportText.amount(target.value(), trend.unit())),
						"target of goal " + esc(target.goal().name()));
			}
			blank();
		}
	}

	private void progress(Report report) {
		heading(3);
		if (report.progress().isEmpty()) {
			line("No goal moves an indicator.");
			return;
		}
		line(esc(ReportText.PROGRESS_EXPLAINED));
		blank();
		row("Goal", "Indicator", "Baseline", "Latest", "Target", "Due", "Progress", "Status");
		line("|---|---|---:|---:|---:|---|---:|---|");
		for (Progress p : report.progress()) {
			row(ref(p.goal()), ref(p.indicator()),
					optional(p.baseline() == null ? null : ReportText.amount(p.baseline().value(), p.unit()) + " on " + p.baseline().date()),
					optional(p.latest() == null ? null : ReportText.amount(p.latest().value(), p.unit()) + " on " + p.latest().date()),
					optional(p.target() == null ? null : ReportText.amount(p.target(), p.unit())),
					optional(p.due() == null ? null : p.due().text()),
					optional(p.percent() == null ? null : p.percent() + " %"), p.status().label());
		}
	}

	private void findings(Report report) {
		heading(4);
		if (report.findings().isEmpty()) {
			line("No findings: the plans pass every rule of the language.");
			return;
		}
		for (FindingGroup group : report.findings()) {
			int n = group.rows().size();
			line("### `" + group.code().replace("`", "") + "` (" + severity(group.severity()) + ", " + n + (n == 1 ? " finding)" : " findings)"));
			blank();
			row("File", "Line", "Severity", "Message");
			line("|---|---:|---|---|");
			for (FindingRow finding : group.rows()) {
				row(optional(finding.file()), finding.line() > 0 ? Integer.toString(finding.line()) : NONE, severity(finding.severity()),
						esc(finding.message()));
			}
			blank();
		}
	}

	private void traceability(Report report) {
		heading(5);
		if (report.traceability().isEmpty()) {
			line("The workspace has no goal, indicator, practice or change.");
			return;
		}
		line(esc(ReportText.TRACEABILITY_EXPLAINED));
		blank();
		row("Goal", "Indicator", "Practice", "Change", "Lever");
		rule(5);
		for (TraceRow trace : report.traceability()) {
			row(ref(trace.goal()), ref(trace.indicator()), ref(trace.practice()), ref(trace.change()), optional(trace.lever()));
		}
	}

	// ------------------------------------------------------------------ pieces

	private void heading(int section) {
		blank();
		line("## " + HtmlReport.SECTIONS.get(section)[1]);
		blank();
	}

	/** GitHub's heading anchor: lower case, spaces as dashes, punctuation dropped. */
	static String anchor(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
	}

	private static String esc(String text) {
		return MarkdownText.escape(text);
	}

	private static String optional(String text) {
		return text == null || text.isEmpty() ? NONE : esc(text);
	}

	private static String ref(Ref ref) {
		if (ref == null) {
			return NONE;
		}
		return "**" + esc(ref.name()) + "**" + (ref.title() == null ? "" : " " + esc(ref.title()));
	}

	private static String severity(Severity severity) {
		return severity.name().toLowerCase(Locale.ROOT);
	}

	private void row(String... cells) {
		line("| " + String.join(" | ", cells) + " |");
	}

	private void rule(int columns) {
		line("|" + "---|".repeat(columns));
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

	private void blank() {
		int n = out.length();
		if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
			out.append('\n');
		}
	}
}
