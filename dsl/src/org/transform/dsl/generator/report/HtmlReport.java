package org.transform.dsl.generator.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
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
 * Writes a {@link Report} as one self-contained HTML file: the style sheet is inline, the diagrams
 * and trend charts are inline SVG, and there is no script, font, image or link to anything outside
 * the file, so it reads the same offline in any browser. The document is built with jsoup's element
 * API: text and attribute values from the model go through {@code text(...)} and
 * {@code attr(...)}, which escape them, so a title such as {@code <script>} shows as text. Only the
 * diagrams' SVG, the trusted output of the diagram generator, is inserted as it is.
 */
final class HtmlReport {

	/** The sections, in order: their element ids and headings. */
	static final List<String[]> SECTIONS = List.of(new String[] { "summary", "Summary" }, new String[] { "diagrams", "Diagrams" },
			new String[] { "trends", "Indicator trends" }, new String[] { "progress", "Progress toward the targets" },
			new String[] { "findings", "Findings" }, new String[] { "traceability", "Traceability: goal → indicator → practice → change" });

	private static final String NONE = "—";

	private static final String STYLE = """
			body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0 auto; max-width: 1200px;
			  padding: 0 1.5rem 3rem; color: #1d1d1f; line-height: 1.45; }
			h1 { margin-top: 1.5rem; } h2 { border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; margin-top: 2.5rem; }
			nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
			table { border-collapse: collapse; margin: .6rem 0 1.2rem; font-size: .92rem; }
			th, td { border: 1px solid #d0d7de; padding: .3rem .55rem; text-align: left; vertical-align: top; }
			th { background: #f3f5f7; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
			.title { color: #57606a; font-size: .85em; } .name { font-weight: 600; }
			.none { color: #8c959f; }
			.severity { border-radius: .7rem; padding: 0 .5rem; font-size: .8rem; font-weight: 600; white-space: nowrap; }
			.error { background: #ffebe9; color: #a40e26; } .warning { background: #fff8c5; color: #7d4e00; } .info { background: #ddf4ff; color: #0a3069; }
			.reached, .on-track { color: #116329; font-weight: 600; } .off-track { color: #a40e26; font-weight: 600; }
			figure { margin: 1rem 0 2rem; } figure svg { max-width: 100%; height: auto; } figcaption { font-weight: 600; margin-bottom: .4rem; }
			.diagram { overflow-x: auto; border: 1px solid #d0d7de; padding: .5rem; }
			article.trend { margin-bottom: 2rem; } article.trend h3 { margin-bottom: .2rem; }
			details { margin: .3rem 0; } summary { cursor: pointer; color: #0969da; }
			""";

	/**
	 * What the page may load or run: nothing from anywhere — no script at all, no request to any
	 * server — but its own inline style sheet and inline SVG. A report is shared and opened from mail
	 * or a shared drive; should escaping ever miss something, the browser still runs no script.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

	private HtmlReport() {
	}

	/**
	 * Removes the bidirectional formatting characters (U+202E and its kind) from every text and
	 * attribute: a title holding one would show the rest of the line reversed, so that the page says
	 * something other than the plan does.
	 */
	private static void withoutBidirectionalControls(Document doc) {
		doc.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				String cleaned = ReportText.withoutBidirectionalControls(text.getWholeText());
				if (cleaned != text.getWholeText()) { // the same string when there was none
					text.text(cleaned);
				}
			}
			for (Attribute attribute : node.attributes()) {
				attribute.setValue(ReportText.withoutBidirectionalControls(attribute.getValue()));
			}
		});
	}

	static String render(Report report) {
		Document doc = Document.createShell("");
		doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(true).indentAmount(1);
		doc.prependChild(new DocumentType("html", "", ""));
		doc.selectFirst("html").attr("lang", "en");
		Element head = doc.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CONTENT_SECURITY_POLICY);
		head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
		head.appendElement("meta").attr("name", "generator").attr("content", "Transform");
		head.appendElement("title").text(title(report));
		head.appendElement("style").appendChild(new DataNode(STYLE));

		Element body = doc.body();
		body.appendElement("h1").text(title(report));
		Element nav = body.appendElement("nav").appendElement("ul");
		for (String[] section : SECTIONS) {
			nav.appendElement("li").appendElement("a").attr("href", "#" + section[0]).text(section[1]);
			if (section == SECTIONS.get(0) && report.changes() != null) {
				nav.appendElement("li").appendElement("a").attr("href", "#changes").text(ReportText.changesHeading(report.changes()));
			}
		}
		summary(section(body, 0), report);
		if (report.changes() != null) {
			Element changes = body.appendElement("section").attr("id", "changes");
			changes.appendElement("h2").text(ReportText.changesHeading(report.changes()));
			changes.appendElement("p").text(report.changes().summary());
			Element list = changes.appendElement("ul");
			report.changes().lines().forEach(line -> list.appendElement("li").text(line));
		}
		diagrams(section(body, 1), report);
		trends(section(body, 2), report);
		progress(section(body, 3), report);
		findings(section(body, 4), report);
		traceability(section(body, 5), report);
		withoutBidirectionalControls(doc);
		return doc.outerHtml() + "\n";
	}

	static String title(Report report) {
		List<String> plans = report.headers().stream().filter(h -> "plan".equals(h.kind())).map(h -> h.ref().name()).toList();
		return plans.isEmpty() ? "Transform report" : "Transform report: " + String.join(", ", plans);
	}

	private static Element section(Element body, int index) {
		String[] section = SECTIONS.get(index);
		Element element = body.appendElement("section").attr("id", section[0]);
		element.appendElement("h2").text(section[1]);
		return element;
	}

	// ------------------------------------------------------------------ sections

	private static void summary(Element section, Report report) {
		if (report.headers().isEmpty()) {
			section.appendElement("p").text("The workspace holds no plan.");
		} else {
			Element table = table(section, "Kind", "Name", "Title", "Period", "Files");
			for (Header header : report.headers()) {
				Element row = table.appendElement("tr");
				row.appendElement("td").text(header.kind());
				row.appendElement("td").appendElement("span").addClass("name").text(header.ref().name());
				optional(row.appendElement("td"), header.ref().title());
				optional(row.appendElement("td"), header.period());
				optional(row.appendElement("td"), String.join(", ", header.files()));
			}
		}
		Element counts = table(section, "Element", "Count");
		counts.parent().addClass("counts");
		for (Count count : report.counts()) {
			Element row = counts.appendElement("tr");
			row.appendElement("td").text(count.what());
			row.appendElement("td").addClass("number").text(Integer.toString(count.count()));
		}
		Element severities = table(section, "Findings", "Count");
		severities.parent().attr("id", "findings-by-severity");
		for (SeverityCount count : report.severities()) {
			Element row = severities.appendElement("tr");
			severity(row.appendElement("td"), count.severity());
			row.appendElement("td").addClass("number").text(Integer.toString(count.count()));
		}
		section.appendElement("p").attr("id", "checked-on").text(ReportText.checkedOn(report));
	}

	private static void diagrams(Element section, Report report) {
		if (report.diagrams().isEmpty()) {
			section.appendElement("p").addClass("none").text("Diagrams not available.");
			return;
		}
		for (Diagram diagram : report.diagrams()) {
			Element figure = section.appendElement("figure").attr("id", "diagram-" + diagram.fileName());
			figure.appendElement("figcaption").text(diagram.title());
			figure.appendElement("div").addClass("diagram").appendChild(new DataNode(diagram.svg()));
		}
	}

	private static void trends(Element section, Report report) {
		if (report.trends().isEmpty()) {
			section.appendElement("p").addClass("none").text("The workspace has no indicator.");
			return;
		}
		section.appendElement("p").text("Each indicator's measurements (blue) against its baseline (grey, dashed) and the targets of the goals "
				+ "that move it (orange diamonds at their due dates, with the path from the baseline).");
		int index = 0;
		for (Trend trend : report.trends()) {
			Element article = section.appendElement("article").addClass("trend").attr("id", "trend-" + ++index);
			Element heading = article.appendElement("h3");
			heading.appendElement("span").addClass("name").attr("title", trend.indicator().qualifiedName()).text(trend.indicator().name());
			if (trend.indicator().title() != null) {
				heading.appendText(" ");
				heading.appendElement("span").addClass("title").text(trend.indicator().title());
			}
			article.appendElement("p").text(ReportText.trendFacts(trend));
			if (!TrendChart.drawable(trend)) {
				article.appendElement("p").addClass("none").text("Nothing to draw yet: no baseline, no measurement and no target.");
				continue;
			}
			TrendChart.append(article.appendElement("figure"), trend, ReportText.trendDescription(trend));
			Element details = article.appendElement("details");
			details.appendElement("summary").text("Values");
			Element table = table(details, "Date", "Value", "What");
			if (trend.baseline() != null) {
				valueRow(table, trend.baseline(), trend.unit(), "baseline");
			}
			for (Point point : trend.measurements()) {
				valueRow(table, point, trend.unit(), "measured");
			}
			for (Target target : trend.targets()) {
				Element row = table.appendElement("tr");
				optional(row.appendElement("td"), target.due() == null ? null : target.due().text());
				row.appendElement("td").addClass("number").text(ReportText.amount(target.value(), trend.unit()));
				row.appendElement("td").text("target of goal " + target.goal().name());
			}
		}
	}

	private static void valueRow(Element table, Point point, String unit, String what) {
		Element row = table.appendElement("tr");
		row.appendElement("td").text(point.date().text());
		row.appendElement("td").addClass("number").text(ReportText.amount(point.value(), unit));
		row.appendElement("td").text(what);
	}

	private static void progress(Element section, Report report) {
		if (report.progress().isEmpty()) {
			section.appendElement("p").addClass("none").text("No goal moves an indicator.");
			return;
		}
		section.appendElement("p").text(ReportText.PROGRESS_EXPLAINED);
		Element table = table(section, "Goal", "Indicator", "Baseline", "Latest", "Target", "Due", "Progress", "Status");
		for (Progress p : report.progress()) {
			Element row = table.appendElement("tr");
			ref(row.appendElement("td"), p.goal());
			ref(row.appendElement("td"), p.indicator());
			optional(row.appendElement("td"), p.baseline() == null ? null : ReportText.amount(p.baseline().value(), p.unit()) + " on " + p.baseline().date());
			optional(row.appendElement("td"), p.latest() == null ? null : ReportText.amount(p.latest().value(), p.unit()) + " on " + p.latest().date());
			optional(row.appendElement("td"), p.target() == null ? null : ReportText.amount(p.target(), p.unit()));
			optional(row.appendElement("td"), p.due() == null ? null : p.due().text());
			Element percent = row.appendElement("td").addClass("number");
			optional(percent, p.percent() == null ? null : p.percent() + " %");
			row.appendElement("td").addClass(p.status().label().replace(' ', '-')).text(p.status().label());
		}
	}

	private static void findings(Element section, Report report) {
		if (report.findings().isEmpty()) {
			section.appendElement("p").text("No findings: the plans pass every rule of the language.");
			return;
		}
		for (FindingGroup group : report.findings()) {
			Element rule = section.appendElement("section").addClass("rule").attr("data-code", group.code());
			Element heading = rule.appendElement("h3");
			heading.appendElement("code").text(group.code());
			heading.appendText(" ");
			severity(heading, group.severity());
			heading.appendText(" " + group.rows().size() + (group.rows().size() == 1 ? " finding" : " findings"));
			Element table = table(rule, "File", "Line", "Severity", "Message");
			for (FindingRow finding : group.rows()) {
				Element row = table.appendElement("tr");
				optional(row.appendElement("td"), finding.file().isEmpty() ? null : finding.file());
				optional(row.appendElement("td").addClass("number"), finding.line() > 0 ? Integer.toString(finding.line()) : null);
				severity(row.appendElement("td"), finding.severity());
				row.appendElement("td").text(finding.message());
			}
		}
	}

	private static void traceability(Element section, Report report) {
		if (report.traceability().isEmpty()) {
			section.appendElement("p").addClass("none").text("The workspace has no goal, indicator, practice or change.");
			return;
		}
		section.appendElement("p").text(ReportText.TRACEABILITY_EXPLAINED);
		Element table = table(section, "Goal", "Indicator", "Practice", "Change", "Lever");
		for (TraceRow trace : report.traceability()) {
			Element row = table.appendElement("tr");
			ref(row.appendElement("td"), trace.goal());
			ref(row.appendElement("td"), trace.indicator());
			ref(row.appendElement("td"), trace.practice());
			ref(row.appendElement("td"), trace.change());
			optional(row.appendElement("td"), trace.lever());
		}
	}

	// ------------------------------------------------------------------ pieces

	/** A table with its header row; returns its body. */
	private static Element table(Element parent, String... headings) {
		Element table = parent.appendElement("table");
		Element header = table.appendElement("thead").appendElement("tr");
		for (String heading : headings) {
			header.appendElement("th").text(heading);
		}
		return table.appendElement("tbody");
	}

	private static void ref(Element cell, Ref ref) {
		if (ref == null) {
			cell.appendElement("span").addClass("none").text(NONE);
			return;
		}
		cell.appendElement("span").addClass("name").attr("title", ref.qualifiedName()).text(ref.name());
		if (ref.title() != null) {
			cell.appendElement("br");
			cell.appendElement("span").addClass("title").text(ref.title());
		}
	}

	private static void optional(Element cell, String text) {
		if (text == null || text.isEmpty()) {
			cell.appendElement("span").addClass("none").text(NONE);
		} else {
			cell.text(text);
		}
	}

	private static void severity(Element parent, Severity severity) {
		String name = severity.name().toLowerCase(Locale.ROOT);
		parent.appendElement("span").addClass("severity").addClass(name).text(name);
	}
}
