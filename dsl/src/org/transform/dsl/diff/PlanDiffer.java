package org.transform.dsl.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.transform.dsl.analysis.MeasuredValue;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.diff.PlanDiff.Changed;
import org.transform.dsl.diff.PlanDiff.ClauseChange;
import org.transform.dsl.diff.PlanDiff.ElementRef;
import org.transform.dsl.diff.PlanDiff.FindingRef;
import org.transform.dsl.diff.PlanDiff.Renamed;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Header;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.PracticeMove;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

/**
 * Compares two versions of a workspace by qualified name. Clauses are compared as written (a
 * reference by the name the plan writes), each under its keyword: {@code owner}, {@code from},
 * {@code target of lower SalesCycle}; an indicator's measurements are compared by date, inline and
 * from CSV files alike.
 */
public class PlanDiffer {

	/** The keyword of each feature that is not written with its own name. */
	private static final Map<String, String> KEYWORDS = Map.ofEntries(Map.entry("partOf", "part-of"), Map.entry("definition", "measured-by"),
			Map.entry("owners", "owner"), Map.entry("start", "from"), Map.entry("end", "to"), Map.entry("usedBy", "used-by"),
			Map.entry("adoption", "adopted"), Map.entry("integratesWith", "integrates-with"), Map.entry("goal", "serves"),
			Map.entry("maintainers", "maintained-by"), Map.entry("periodStart", "period from"), Map.entry("periodEnd", "period to"));

	@Inject
	private IQualifiedNameProvider names;

	/** One side: the workspace's analysis and its findings. */
	public record Side(PlanAnalysis analysis, List<FindingRef> findings) {
	}

	public PlanDiff diff(Side before, Side after) {
		Map<String, EObject> old = elements(before.analysis());
		Map<String, EObject> now = elements(after.analysis());
		List<String> removedNames = old.keySet().stream().filter(n -> !now.containsKey(n)).sorted().toList();
		List<String> addedNames = new ArrayList<>(now.keySet().stream().filter(n -> !old.containsKey(n)).sorted().toList());

		List<ElementRef> removed = new ArrayList<>();
		List<Renamed> renamed = new ArrayList<>();
		Map<String, String> pairs = new TreeMap<>(); // new name → old name, for elements on both sides
		for (String name : removedNames) {
			EObject element = old.get(name);
			String match = null;
			for (String candidate : addedNames) {
				EObject other = now.get(candidate);
				if (other.eClass() == element.eClass() && title(element) != null && title(element).equals(title(other))) {
					match = candidate;
					break;
				}
			}
			if (match == null) {
				removed.add(ref(name, element));
			} else {
				addedNames.remove(match);
				renamed.add(new Renamed(ref(name, element), ref(match, now.get(match))));
				pairs.put(match, name);
			}
		}
		List<ElementRef> added = addedNames.stream().map(n -> ref(n, now.get(n))).toList();
		now.keySet().stream().filter(old::containsKey).forEach(n -> pairs.put(n, n));

		List<Changed> changed = new ArrayList<>();
		pairs.forEach((newName, oldName) -> {
			List<ClauseChange> clauses = clauseChanges(clauses(old.get(oldName), before.analysis()), clauses(now.get(newName), after.analysis()));
			if (!clauses.isEmpty()) {
				changed.add(new Changed(ref(newName, now.get(newName)), clauses));
			}
		});
		return new PlanDiff(added, List.copyOf(removed), List.copyOf(renamed), List.copyOf(changed), minus(after.findings(), before.findings()),
				minus(before.findings(), after.findings()));
	}

	// ------------------------------------------------------------------ elements

	private Map<String, EObject> elements(PlanAnalysis analysis) {
		Map<String, EObject> elements = new LinkedHashMap<>();
		for (TransformFile file : analysis.files()) {
			Header header = file.getHeader();
			if (header != null && header.getName() != null) {
				String key = (header instanceof Plan ? "plan " : "organization ") + header.getName();
				// a plan split over files: the header that states the period speaks for it
				if (!elements.containsKey(key) || header instanceof Plan plan && plan.getPeriodStart() != null) {
					elements.put(key, header);
				}
			}
			for (Element element : file.getElements()) {
				if (element instanceof Measurements) {
					continue; // compared as the indicator's values
				}
				QualifiedName name = names.getFullyQualifiedName(element);
				if (name != null) {
					elements.putIfAbsent(kind(element) + " " + name, element);
				}
			}
		}
		return elements;
	}

	private static ElementRef ref(String key, EObject element) {
		return new ElementRef(kind(element), key.substring(key.indexOf(' ') + 1), title(element));
	}

	/** The element's keyword in the language: {@code change} for a lever change. */
	public static String kind(EObject element) {
		String name = element.eClass().getName();
		return switch (name) {
			case "LeverChange" -> "change";
			default -> name.toLowerCase(java.util.Locale.ROOT);
		};
	}

	private static String title(EObject element) {
		EStructuralFeature title = element.eClass().getEStructuralFeature("title");
		return title == null ? null : (String) element.eGet(title);
	}

	// ------------------------------------------------------------------ clauses

	/** The element's clauses as written, keyword → text, in a stable order. */
	private Map<String, String> clauses(EObject element, PlanAnalysis analysis) {
		Map<String, String> clauses = new TreeMap<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			String name = feature.getName();
			if (name.equals("name") || name.equals("moves") || name.equals("baselineDate")) {
				continue;
			}
			String text = written(element, feature);
			if (text != null) {
				clauses.put(KEYWORDS.getOrDefault(name, name), text);
			}
		}
		if (element instanceof Indicator indicator) {
			String date = written(indicator, ModelPackage.Literals.INDICATOR__BASELINE_DATE);
			clauses.computeIfPresent("baseline", (k, v) -> date == null ? v : v + " on " + date);
			for (MeasuredValue value : analysis.series(indicator)) {
				clauses.put("measured " + value.date(), plain(value.value()));
			}
		}
		if (element instanceof Goal goal) {
			for (GoalMove move : goal.getMoves()) {
				String moveKey = (written(move, ModelPackage.Literals.GOAL_MOVE__DIRECTION) + " " + written(move, ModelPackage.Literals.GOAL_MOVE__INDICATOR));
				clauses.put(moveKey, "");
				String target = written(move, ModelPackage.Literals.GOAL_MOVE__TARGET);
				if (target != null) {
					clauses.put("target of " + moveKey, target);
				}
				String date = written(move, ModelPackage.Literals.GOAL_MOVE__DATE);
				if (date != null) {
					clauses.put("date of " + moveKey, date);
				}
			}
		}
		if (element instanceof Practice practice) {
			for (PracticeMove move : practice.getMoves()) {
				String direction = written(move, ModelPackage.Literals.PRACTICE_MOVE__DIRECTION);
				clauses.merge(direction, written(move, ModelPackage.Literals.PRACTICE_MOVE__INDICATORS), (a, b) -> a + ", " + b);
			}
		}
		return clauses;
	}

	/** The feature's value as the plan writes it (names of references as written), or {@code null} if absent. */
	private static String written(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		return nodes.stream().map(n -> NodeModelUtils.getTokenText(n)).collect(Collectors.joining(", "));
	}

	private static List<ClauseChange> clauseChanges(Map<String, String> before, Map<String, String> after) {
		List<ClauseChange> changes = new ArrayList<>();
		TreeSet<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			String a = before.get(key);
			String b = after.get(key);
			if (!Objects.equals(a, b)) {
				changes.add(new ClauseChange(key, a, b));
			}
		}
		return changes;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	// ------------------------------------------------------------------ findings

	private static final Comparator<FindingRef> FINDING_ORDER = Comparator.comparing(FindingRef::file).thenComparingInt(FindingRef::line)
			.thenComparing(FindingRef::code).thenComparing(FindingRef::message);

	/** The findings of {@code these} that {@code those} do not have, compared by severity, code, file and message. */
	private static List<FindingRef> minus(List<FindingRef> these, List<FindingRef> those) {
		Map<String, Integer> available = new HashMap<>();
		for (FindingRef f : those) {
			available.merge(key(f), 1, Integer::sum);
		}
		List<FindingRef> result = new ArrayList<>();
		for (FindingRef f : these) {
			Integer count = available.get(key(f));
			if (count != null && count > 0) {
				available.put(key(f), count - 1);
			} else {
				result.add(f);
			}
		}
		result.sort(FINDING_ORDER);
		return List.copyOf(result);
	}

	private static String key(FindingRef f) {
		return f.severity() + '\u0000' + f.code() + '\u0000' + f.file() + '\u0000' + f.message();
	}
}
