package org.transform.dsl.generator.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.transform.dsl.analysis.PlanDate;
import org.transform.dsl.analysis.TargetProgress;
import org.transform.dsl.generator.report.DiagramSource.Diagram;
import org.transform.dsl.model.Direction;

/**
 * What a report says about a workspace, independent of how it is written: built by
 * {@link ReportBuilder} from the plan analysis and the findings, rendered by {@link HtmlReport} and
 * {@link MarkdownReport}. Every list is sorted, so the same workspace gives the same report.
 */
public record Report(List<Header> headers, List<Count> counts, List<SeverityCount> severities, LocalDate checkedOn, List<Diagram> diagrams,
		List<Trend> trends, List<Progress> progress, List<FindingGroup> findings, List<TraceRow> traceability, Changes changes) {

	/**
	 * What changed since an earlier version (a git revision), one line a change; {@code null} in a
	 * report not asked for it.
	 */
	public record Changes(String since, String summary, List<String> lines) {
	}

	/** An element of the model as the report names it: its name, qualified name and title (may be {@code null}). */
	public record Ref(String name, String qualifiedName, String title) {
	}

	/** A file header: a plan (with its period, if stated) or an organization, and the files that carry it. */
	public record Header(String kind, Ref ref, String period, List<String> files) {
	}

	/** How many elements of one kind the workspace holds ("indicators", 4). */
	public record Count(String what, int count) {
	}

	public record SeverityCount(Severity severity, int count) {
	}

	/** One dated value. */
	public record Point(PlanDate date, BigDecimal value) {
	}

	/** What a goal wants an indicator to reach, and by when (the target date, else the goal's deadline, else the plan's end). */
	public record Target(Ref goal, Direction direction, BigDecimal value, PlanDate due) {
	}

	/** An indicator's measurements against its baseline and the goals' targets. */
	public record Trend(Ref indicator, String unit, Direction better, Point baseline, List<Point> measurements, List<Target> targets) {
	}

	/** How far the indicator has come from its baseline toward a goal's target, and whether that is on time. */
	public record Progress(Ref goal, Ref indicator, String unit, Point baseline, Point latest, BigDecimal target, PlanDate due,
			Integer percent, TargetProgress.Status status) {
	}

	/** The findings of one rule. */
	public record FindingGroup(String code, Severity severity, List<FindingRow> rows) {
	}

	/** One finding: its file relative to the workspace root, 1-based line (0 when unknown), severity and message. */
	public record FindingRow(String file, int line, Severity severity, String message) {
	}

	/**
	 * One path of the traceability graph: goal → indicator → practice → change. A missing link is
	 * {@code null}, so a practice that no change supports shows as a row without a change.
	 */
	public record TraceRow(Ref goal, Ref indicator, Ref practice, Ref change, String lever) {
	}

	/** The findings' total. */
	public int findingCount() {
		return severities.stream().mapToInt(SeverityCount::count).sum();
	}
}
