package org.transform.dsl.generator.report;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.generator.report.DiagramSource.Diagram;

import com.google.inject.Inject;

/**
 * The report of a workspace: one self-contained HTML file ({@value #HTML_FILE}) and a Markdown
 * variant ({@value #MARKDOWN_FILE}) with its diagrams in {@code diagrams/}. Input: the workspace's
 * {@link PlanAnalysis} ({@code PlanAnalyzer.analyze(resource)}) and the findings of validating every
 * file. The output depends on nothing else (no clock, no locale, no load order), so the same
 * workspace gives the same bytes. File names are fixed, never taken from the model.
 */
public class ReportGenerator {

	public static final String HTML_FILE = "report.html";
	public static final String MARKDOWN_FILE = "report.md";

	@Inject
	private ReportBuilder builder;

	/** The report as one HTML document. */
	public String html(PlanAnalysis analysis, List<Finding> findings) {
		return HtmlReport.render(builder.build(analysis, findings));
	}

	/** The report as Markdown; its diagrams are the {@code diagrams/*.svg} files of {@link #files}. */
	public String markdown(PlanAnalysis analysis, List<Finding> findings) {
		return MarkdownReport.render(builder.build(analysis, findings));
	}

	/** What the report is made of, before it is written: for tests and for other renderers. */
	public Report report(PlanAnalysis analysis, List<Finding> findings) {
		return builder.build(analysis, findings);
	}

	/**
	 * The files of the report in the given format, by path relative to the output folder, with their
	 * text: {@value #HTML_FILE}, {@value #MARKDOWN_FILE} and {@code diagrams/<name>.svg} for the
	 * Markdown's diagrams. The workspace is analysed and the diagrams drawn once for all of them.
	 */
	public SortedMap<String, String> files(PlanAnalysis analysis, List<Finding> findings, ReportFormat format) {
		return files(analysis, findings, format, null);
	}

	/** {@link #files(PlanAnalysis, List, ReportFormat)} with a "what changed since" section when {@code changes} is given. */
	public SortedMap<String, String> files(PlanAnalysis analysis, List<Finding> findings, ReportFormat format, Report.Changes changes) {
		Report report = builder.build(analysis, findings, changes);
		SortedMap<String, String> files = new TreeMap<>();
		if (format.includesHtml()) {
			files.put(HTML_FILE, HtmlReport.render(report));
		}
		if (format.includesMarkdown()) {
			files.put(MARKDOWN_FILE, MarkdownReport.render(report));
			for (Diagram diagram : report.diagrams()) {
				files.put(MarkdownReport.DIAGRAM_FOLDER + diagram.fileName() + ".svg", diagram.svg());
			}
		}
		return files;
	}
}
