package org.transform.dsl.generator.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.analysis.PlanAnalysis.Period;
import org.transform.dsl.analysis.TargetProgress;
import org.transform.dsl.analysis.Today;
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
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.Organization;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

/**
 * Builds the {@link Report} of a workspace from its {@link PlanAnalysis} and findings. It reads the
 * traceability graph from the analysis (goal moves, practice moves, supporting changes) and never
 * walks the model to re-derive it. Elements are listed by qualified name, findings by rule, file
 * and line, so the report does not depend on the order the files were loaded in.
 */
public class ReportBuilder {

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private DiagramSource diagrams;

	@Inject
	private Today today;

	public Report build(PlanAnalysis analysis, List<Finding> findings) {
		return build(analysis, findings, null);
	}

	/** The report with a "what changed since" section, when {@code changes} is not {@code null}. */
	public Report build(PlanAnalysis analysis, List<Finding> findings, Report.Changes changes) {
		LocalDate checkedOn = analysis.files().isEmpty() ? null : today.of(analysis.files().get(0));
		return new Report(headers(analysis), counts(analysis), severities(findings), checkedOn, List.copyOf(diagrams.diagrams(analysis, findings)),
				trends(analysis), progress(analysis), findings(analysis, findings), traceability(analysis), changes);
	}

	// ------------------------------------------------------------------ summary

	private List<Header> headers(PlanAnalysis analysis) {
		URI root = root(analysis);
		Map<String, List<TransformFile>> byHeader = new TreeMap<>();
		for (TransformFile file : analysis.files()) {
			if (file.getHeader() != null && file.getHeader().getName() != null) {
				String kind = file.getHeader() instanceof Plan ? "plan" : "organization";
				byHeader.computeIfAbsent(kind + " " + file.getHeader().getName(), k -> new ArrayList<>()).add(file);
			}
		}
		List<Header> headers = new ArrayList<>();
		byHeader.values().stream()
				.sorted(Comparator.comparing((List<TransformFile> files) -> files.get(0).getHeader() instanceof Organization)
						.thenComparing(files -> files.get(0).getHeader().getName()))
				.forEach(files -> {
					TransformFile first = files.stream().filter(f -> f.getHeader().getTitle() != null).findFirst().orElse(files.get(0));
					String period = null;
					if (first.getHeader() instanceof Plan plan) {
						Period p = analysis.periodOf(plan);
						period = p == null ? null : p.start() + " to " + p.end();
					}
					List<String> paths = files.stream().map(f -> relative(root, f.eResource() == null ? null : f.eResource().getURI()))
							.sorted().toList();
					headers.add(new Header(first.getHeader() instanceof Plan ? "plan" : "organization",
							new Ref(first.getHeader().getName(), first.getHeader().getName(), first.getHeader().getTitle()), period, paths));
				});
		return headers;
	}

	private static List<Count> counts(PlanAnalysis analysis) {
		int values = analysis.indicators().stream().mapToInt(i -> analysis.series(i).size()).sum();
		return List.of(new Count("files", analysis.files().size()), new Count("teams", analysis.teams().size()),
				new Count("indicators", analysis.indicators().size()), new Count("goals", analysis.goals().size()),
				new Count("practices", analysis.practices().size()), new Count("changes", analysis.changes().size()),
				new Count("tools", analysis.tools().size()), new Count("channels", analysis.channels().size()),
				new Count("policies", analysis.policies().size()), new Count("measured values", values));
	}

	private static List<SeverityCount> severities(List<Finding> findings) {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
			counts.put(severity, 0);
		}
		for (Finding finding : findings) {
			counts.merge(finding.severity(), 1, Integer::sum);
		}
		return counts.entrySet().stream().map(e -> new SeverityCount(e.getKey(), e.getValue())).toList();
	}

	// ------------------------------------------------------------------ trends and progress

	private List<Trend> trends(PlanAnalysis analysis) {
		List<Trend> trends = new ArrayList<>();
		for (Indicator indicator : sorted(analysis.indicators())) {
			List<Target> targets = new ArrayList<>();
			for (Move move : sortedMoves(analysis.goalMoves(indicator))) {
				GoalMove written = (GoalMove) move.source();
				if (written.getTarget() != null) {
					targets.add(new Target(ref(move.mover()), move.direction(), written.getTarget(), analysis.progress(written).due()));
				}
			}
			List<Point> measurements = analysis.series(indicator).stream().map(v -> new Point(v.date(), v.value())).toList();
			trends.add(new Trend(ref(indicator), indicator.getUnit(), PlanAnalysis.better(indicator), baseline(indicator), measurements,
					targets));
		}
		return trends;
	}

	/** One row per goal and indicator it moves, from the analysis's progress toward each target. */
	private List<Progress> progress(PlanAnalysis analysis) {
		List<Progress> rows = new ArrayList<>();
		for (Goal goal : sorted(analysis.goals())) {
			for (TargetProgress p : analysis.progress(goal)) {
				Point baseline = p.baselineDate() == null ? null : new Point(p.baselineDate(), p.baseline());
				Point latest = p.latest() == null ? null : new Point(p.latest().date(), p.latest().value());
				rows.add(new Progress(ref(goal), ref(p.indicator()), p.indicator().getUnit(), baseline, latest, p.target(), p.due(),
						p.percent(), p.status()));
			}
		}
		return rows;
	}

	private static Point baseline(Indicator indicator) {
		return PlanAnalysis.hasBaseline(indicator) ? new Point(PlanAnalysis.baselineDate(indicator), indicator.getBaseline()) : null;
	}

	// ------------------------------------------------------------------ findings

	private static final Comparator<FindingRow> ROW_ORDER = Comparator.comparing(FindingRow::file).thenComparingInt(FindingRow::line)
			.thenComparing(FindingRow::message);

	private static List<FindingGroup> findings(PlanAnalysis analysis, List<Finding> findings) {
		URI root = root(analysis);
		Map<String, List<Finding>> byCode = new TreeMap<>();
		for (Finding finding : findings) {
			byCode.computeIfAbsent(finding.code(), k -> new ArrayList<>()).add(finding);
		}
		List<FindingGroup> groups = new ArrayList<>();
		byCode.forEach((code, issues) -> {
			List<FindingRow> rows = issues.stream()
					.map(f -> new FindingRow(relative(root, f.uri()), f.line(), f.severity(), f.message()))
					.sorted(ROW_ORDER).toList();
			Severity worst = issues.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
			groups.add(new FindingGroup(code, worst, rows));
		});
		groups.sort(Comparator.comparing(FindingGroup::severity).thenComparing(FindingGroup::code));
		return groups;
	}

	/** The folder that holds every file of the workspace: findings and files are shown relative to it. */
	private static URI root(PlanAnalysis analysis) {
		List<String> common = null;
		URI first = null;
		for (TransformFile file : analysis.files()) {
			if (file.eResource() == null || file.eResource().getURI() == null) {
				continue;
			}
			URI folder = file.eResource().getURI().trimFragment().trimSegments(1);
			if (first == null) {
				first = folder;
				common = new ArrayList<>(folder.segmentsList());
			} else {
				List<String> segments = folder.segmentsList();
				int n = 0;
				while (n < common.size() && n < segments.size() && common.get(n).equals(segments.get(n))) {
					n++;
				}
				common = new ArrayList<>(common.subList(0, n));
			}
		}
		if (first == null) {
			return null;
		}
		return first.trimSegments(first.segmentCount() - common.size());
	}

	/** The file of a resource or finding, relative to the workspace root when it lies below it. */
	private static String relative(URI root, URI uri) {
		if (uri == null) {
			return "";
		}
		URI file = uri.trimFragment();
		if (root != null && file.segmentCount() > root.segmentCount()
				&& file.segmentsList().subList(0, root.segmentCount()).equals(root.segmentsList())
				&& Objects.equals(file.scheme(), root.scheme()) && Objects.equals(file.device(), root.device())) {
			return String.join("/", file.segmentsList().subList(root.segmentCount(), file.segmentCount()));
		}
		return file.isFile() ? file.toFileString() : file.toString();
	}

	// ------------------------------------------------------------------ traceability

	/**
	 * The matrix goal → indicator → practice → change: each goal's moves, the practices that move
	 * those indicators and the changes that support those practices. Then what the goals do not
	 * reach: practices (with the indicators they move) and their changes, changes that support no
	 * practice, indicators nothing moves.
	 */
	private List<TraceRow> traceability(PlanAnalysis analysis) {
		List<TraceRow> rows = new ArrayList<>();
		Set<EObject> reached = new LinkedHashSet<>();
		for (Goal goal : sorted(analysis.goals())) {
			reached.add(goal);
			List<Move> moves = analysis.moves(goal);
			if (moves.isEmpty()) {
				rows.add(new TraceRow(ref(goal), null, null, null, null));
			}
			for (Move move : moves) {
				reached.add(move.indicator());
				List<Practice> practices = sorted(analysis.practiceMoves(move.indicator()).stream().map(m -> (Practice) m.mover()).distinct().toList());
				if (practices.isEmpty()) {
					rows.add(new TraceRow(ref(goal), ref(move.indicator()), null, null, null));
				}
				for (Practice practice : practices) {
					reached.add(practice);
					addChanges(rows, reached, analysis, ref(goal), ref(move.indicator()), practice);
				}
			}
		}
		for (Practice practice : sorted(analysis.practices())) {
			if (reached.contains(practice)) {
				continue;
			}
			List<Indicator> indicators = analysis.moves(practice).stream().map(Move::indicator).distinct().toList();
			if (indicators.isEmpty()) {
				addChanges(rows, reached, analysis, null, null, practice);
			}
			for (Indicator indicator : sorted(indicators)) {
				reached.add(indicator);
				addChanges(rows, reached, analysis, null, ref(indicator), practice);
			}
			reached.add(practice);
		}
		for (LeverChange change : sorted(analysis.changes())) {
			if (!reached.contains(change)) {
				rows.add(new TraceRow(null, null, null, ref(change), lever(change)));
			}
		}
		for (Indicator indicator : sorted(analysis.indicators())) {
			if (!reached.contains(indicator)) {
				rows.add(new TraceRow(null, ref(indicator), null, null, null));
			}
		}
		return rows;
	}

	private void addChanges(List<TraceRow> rows, Set<EObject> reached, PlanAnalysis analysis, Ref goal, Ref indicator, Practice practice) {
		List<LeverChange> changes = sorted(analysis.supportingChanges(practice).stream().distinct().toList());
		if (changes.isEmpty()) {
			rows.add(new TraceRow(goal, indicator, ref(practice), null, null));
		}
		for (LeverChange change : changes) {
			reached.add(change);
			rows.add(new TraceRow(goal, indicator, ref(practice), ref(change), lever(change)));
		}
	}

	private static String lever(LeverChange change) {
		LeverKind lever = PlanAnalysis.lever(change);
		return lever == null ? null : lever.getLiteral();
	}

	// ------------------------------------------------------------------ names

	private Ref ref(EObject element) {
		String name = text(element, "name");
		QualifiedName qualified = names.getFullyQualifiedName(element);
		String safeName = name == null ? "(unnamed)" : name;
		return new Ref(safeName, qualified == null ? safeName : qualified.toString(), text(element, "title"));
	}

	private static String text(EObject element, String feature) {
		EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
		return f != null && element.eGet(f) instanceof String s ? s : null;
	}

	private <T extends EObject> List<T> sorted(List<T> elements) {
		Map<T, String> keys = new LinkedHashMap<>();
		for (T element : elements) {
			keys.put(element, ref(element).qualifiedName());
		}
		List<T> result = new ArrayList<>(elements);
		result.sort(Comparator.comparing(keys::get));
		return result;
	}

	private List<Move> sortedMoves(List<Move> moves) {
		List<Move> result = new ArrayList<>(moves);
		result.sort(Comparator.comparing((Move m) -> ref(m.mover()).qualifiedName()));
		return result;
	}
}
