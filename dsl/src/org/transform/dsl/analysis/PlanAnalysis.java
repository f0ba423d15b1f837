package org.transform.dsl.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.transform.dsl.model.Cadence;
import org.transform.dsl.model.Channel;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.IndicatorStatus;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.parser.WrittenChoices;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.Policy;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.Tool;
import org.transform.dsl.model.TransformFile;

/**
 * The traceability graph of a workspace: goal → indicator → practice → change, team ownership with
 * {@code part-of}, dates, baselines and measurement series. It is computed once per state of the
 * workspace by {@link PlanAnalyzer}, from each file's {@link FileContribution} (made again only for
 * the files that changed), and read by validation, diagrams, reports and hovers: none of them walks the
 * model to re-derive these relations.
 *
 * <p>Unresolved references (proxies) are left out of the graph: the linker reports them.
 */
public final class PlanAnalysis {

	/** A move of one indicator by a goal or a practice. */
	public record Move(EObject mover, Indicator indicator, Direction direction, EObject source, int index) {
		public boolean byGoal() {
			return mover instanceof Goal;
		}
	}

	/** Categories whose tools count as social: their conversations belong in the CRM. */
	private static final Set<String> SOCIAL_CATEGORIES = Set.of("social", "social-monitoring", "social-network", "social-media",
			"community", "enterprise-social-network", "microblogging");
	private static final String CRM = "crm";

	private final List<TransformFile> files;
	private final List<Team> teams = new ArrayList<>();
	private final List<Indicator> indicators = new ArrayList<>();
	private final List<Goal> goals = new ArrayList<>();
	private final List<Practice> practices = new ArrayList<>();
	private final List<LeverChange> changes = new ArrayList<>();
	private final List<Tool> tools = new ArrayList<>();
	private final List<Channel> channels = new ArrayList<>();
	private final List<Policy> policies = new ArrayList<>();
	private final List<Measurements> measurementBlocks = new ArrayList<>();

	private final Map<Indicator, List<Move>> goalMoves = new IdentityHashMap<>();
	private final Map<Indicator, List<Move>> practiceMoves = new IdentityHashMap<>();
	/** Each file's contribution, by file: a goal's or a practice's moves are its file's (not copied into one map). */
	private final Map<EObject, FileContribution> partOfFile = new IdentityHashMap<>();
	private final Map<Practice, List<LeverChange>> supportingChanges = new IdentityHashMap<>();
	private final Map<Practice, List<LeverChange>> supportingTraining = new IdentityHashMap<>();
	private PartOfForest partOf;
	private GoalConflicts goalConflicts;
	private final Map<Team, List<Goal>> goalsOfTeam = new IdentityHashMap<>();
	/** For each indicator, the indicators it opposes or that oppose it. */
	private final Map<Indicator, Set<Indicator>> opposition = new IdentityHashMap<>();
	private final Map<String, List<Tool>> toolsByCategory = new LinkedHashMap<>();
	private final Map<String, List<Tool>> bottomUpToolsByCategory = new LinkedHashMap<>();
	/** The tools a CRM integrates with. */
	private final Set<Tool> integratedByCrm = Collections.newSetFromMap(new IdentityHashMap<>());
	/** For each plan name, the period of the first of its headers that states one. */
	private final Map<String, Period> periodByPlanName = new LinkedHashMap<>();
	private final Map<Measurements, List<CsvProblem>> csvProblemsByBlock = new IdentityHashMap<>();
	private final Map<Indicator, List<MeasuredValue>> series = new IdentityHashMap<>();
	private final List<CsvProblem> csvProblems = new ArrayList<>();

	PlanAnalysis(Collection<TransformFile> files) {
		this.files = List.copyOf(files);
		// each file's part is read again only when the file or what it refers to changed (FileContribution);
		// the workspace's relations are its files' parts put end to end, in the order of the files
		List<FileContribution> parts = new ArrayList<>(this.files.size());
		for (TransformFile file : this.files) {
			parts.add(FileContribution.of(file));
		}
		for (FileContribution part : parts) {
			teams.addAll(part.teams);
			indicators.addAll(part.indicators);
			goals.addAll(part.goals);
			practices.addAll(part.practices);
			changes.addAll(part.changes);
			tools.addAll(part.tools);
			channels.addAll(part.channels);
			policies.addAll(part.policies);
			measurementBlocks.addAll(part.measurementBlocks);
			partOfFile.put(part.file, part);
			appendAll(goalMoves, part.goalMoves);
			appendAll(practiceMoves, part.practiceMoves);
			part.opposition.forEach((indicator, opposed) -> opposition.computeIfAbsent(indicator, k -> new LinkedHashSet<>()).addAll(opposed));
			appendAll(supportingChanges, part.supportingChanges);
			appendAll(supportingTraining, part.supportingTraining);
			appendAll(goalsOfTeam, part.goalsOfTeam);
			appendAll(toolsByCategory, part.toolsByCategory);
			appendAll(bottomUpToolsByCategory, part.bottomUpToolsByCategory);
			integratedByCrm.addAll(part.integratedByCrm);
			if (part.period != null) {
				periodByPlanName.putIfAbsent(part.period.declaredBy().getName(), part.period);
			}
		}
		partOf = new PartOfForest(teams);
		readMeasurements(parts);
	}

	/** Appends each list of {@code part} to the list of the same key in {@code into}. */
	private static <K, V> void appendAll(Map<K, List<V>> into, Map<K, List<V>> part) {
		part.forEach((key, values) -> into.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values));
	}

	private void readMeasurements(List<FileContribution> parts) {
		for (FileContribution part : parts) {
			for (FileContribution.Block block : part.blocks) {
				List<MeasuredValue> values = series.computeIfAbsent(block.indicator(), k -> new ArrayList<>());
				values.addAll(block.inline());
				if (block.block().getFile() != null) {
					CsvMeasurements.read(block.block(), values, csvProblems);
				}
			}
		}
		for (List<MeasuredValue> values : series.values()) {
			values.sort(Comparator.comparing(MeasuredValue::date));
		}
		for (CsvProblem problem : csvProblems) {
			csvProblemsByBlock.computeIfAbsent(problem.block(), k -> new ArrayList<>()).add(problem);
		}
	}

	// ------------------------------------------------------------------ the workspace's elements

	public List<TransformFile> files() {
		return files;
	}

	public List<Team> teams() {
		return teams;
	}

	public List<Indicator> indicators() {
		return indicators;
	}

	public List<Goal> goals() {
		return goals;
	}

	public List<Practice> practices() {
		return practices;
	}

	public List<LeverChange> changes() {
		return changes;
	}

	public List<Tool> tools() {
		return tools;
	}

	public List<Channel> channels() {
		return channels;
	}

	public List<Policy> policies() {
		return policies;
	}

	public List<Measurements> measurementBlocks() {
		return measurementBlocks;
	}

	// ------------------------------------------------------------------ indicators

	/** The direction in which the indicator improves, or {@code null} if the plan does not say. */
	public static Direction better(Indicator indicator) {
		return written(indicator, ModelPackage.Literals.INDICATOR__BETTER) ? indicator.getBetter() : null;
	}

	/** How often the indicator is measured, or {@code null} if the plan does not say. */
	public static Cadence cadence(Indicator indicator) {
		return written(indicator, ModelPackage.Literals.INDICATOR__CADENCE) ? indicator.getCadence() : null;
	}

	/** Whether the move improves its indicator (moves it in its better direction). */
	public static boolean improves(Move move) {
		return better(move.indicator()) == move.direction();
	}

	public static boolean hasBaseline(Indicator indicator) {
		return indicator.getBaseline() != null && PlanDate.parse(indicator.getBaselineDate()) != null;
	}

	public static PlanDate baselineDate(Indicator indicator) {
		return PlanDate.parse(indicator.getBaselineDate());
	}

	public static boolean isMissing(Indicator indicator) {
		return indicator.getStatus() == IndicatorStatus.MISSING;
	}

	/** Moves of this indicator by goals. */
	public List<Move> goalMoves(Indicator indicator) {
		return goalMoves.getOrDefault(indicator, List.of());
	}

	/** Moves of this indicator by practices. */
	public List<Move> practiceMoves(Indicator indicator) {
		return practiceMoves.getOrDefault(indicator, List.of());
	}

	/** Whether a goal or a practice relies on the indicator. */
	public boolean isReliedOn(Indicator indicator) {
		return goalMoves.containsKey(indicator) || practiceMoves.containsKey(indicator);
	}

	/** Whether some goal aims at the indicator. */
	public boolean isGoalIndicator(Indicator indicator) {
		return goalMoves.containsKey(indicator);
	}

	/** The indicators that oppose this one, as either of them declares with {@code opposes}. */
	public Set<Indicator> opposedTo(Indicator indicator) {
		return opposition.getOrDefault(indicator, Set.of());
	}

	/** Whether improving one worsens the other, as either indicator declares with {@code opposes}. */
	public boolean oppose(Indicator a, Indicator b) {
		return opposedTo(a).contains(b);
	}

	/** The measurements of the indicator, inline and from CSV files, by date. */
	public List<MeasuredValue> series(Indicator indicator) {
		return series.getOrDefault(indicator, List.of());
	}

	/** The latest measurement, or {@code null}. */
	public MeasuredValue latest(Indicator indicator) {
		List<MeasuredValue> values = series(indicator);
		return values.isEmpty() ? null : values.get(values.size() - 1);
	}

	public List<CsvProblem> csvProblems(Measurements block) {
		return csvProblemsByBlock.getOrDefault(block, List.of());
	}

	// ------------------------------------------------------------------ progress toward targets

	/** The progress of each goal move, computed when first asked for. */
	private final Map<GoalMove, TargetProgress> progress = new IdentityHashMap<>();

	/** How far the move's indicator has come toward the move's target, and whether that is on time. */
	public synchronized TargetProgress progress(GoalMove move) {
		return progress.computeIfAbsent(move, m -> TargetProgress.of(this, (Goal) m.eContainer(), m));
	}

	/** The progress toward each target of the goal (one per indicator it moves), in the order written. */
	public List<TargetProgress> progress(Goal goal) {
		return moves(goal).stream().map(m -> progress((GoalMove) m.source())).toList();
	}

	/** The progress toward each goal's target for this indicator, in the order the goals were found. */
	public List<TargetProgress> progressOf(Indicator indicator) {
		return goalMoves(indicator).stream().map(m -> progress((GoalMove) m.source())).toList();
	}

	// ------------------------------------------------------------------ goals and practices

	public List<Move> moves(Goal goal) {
		FileContribution part = partOfFile.get(goal.eContainer());
		return part == null ? List.of() : part.movesOfGoal.getOrDefault(goal, List.of());
	}

	public List<Move> moves(Practice practice) {
		FileContribution part = partOfFile.get(practice.eContainer());
		return part == null ? List.of() : part.movesOfPractice.getOrDefault(practice, List.of());
	}

	/** The changes that support the practice. */
	public List<LeverChange> supportingChanges(Practice practice) {
		return supportingChanges.getOrDefault(practice, List.of());
	}

	// ------------------------------------------------------------------ changes

	/** The lever the change pulls, or {@code null} if the plan does not say. */
	public static LeverKind lever(LeverChange change) {
		return written(change, ModelPackage.Literals.LEVER_CHANGE__LEVER) ? change.getLever() : null;
	}

	public static boolean isHumanLever(LeverKind kind) {
		return kind == LeverKind.LEADERSHIP || kind == LeverKind.ORGANIZATION || kind == LeverKind.SKILLS || kind == LeverKind.JOB;
	}

	/** The practices the change supports (resolved ones). */
	public static List<Practice> supported(LeverChange change) {
		return resolvedOnly(change.getSupports());
	}

	/**
	 * The list itself when every element is resolved (checks ask for a change's practices and owners
	 * many times per keystroke), else a copy without the proxies.
	 */
	private static <T extends EObject> List<T> resolvedOnly(List<T> list) {
		for (T element : list) {
			if (!resolved(element)) {
				return list.stream().filter(PlanAnalysis::resolved).toList();
			}
		}
		return Collections.unmodifiableList(list);
	}

	/** The indicators the change moves through the practices it supports. */
	public Set<Indicator> tracedIndicators(LeverChange change) {
		Set<Indicator> result = new LinkedHashSet<>();
		for (Practice practice : supported(change)) {
			for (Move move : moves(practice)) {
				result.add(move.indicator());
			}
		}
		return result;
	}

	/** The indicators the change moves that some goal aims at: change → practice → indicator ← goal. */
	public Set<Indicator> tracedGoalIndicators(LeverChange change) {
		Set<Indicator> result = new LinkedHashSet<>(tracedIndicators(change));
		result.removeIf(i -> !isGoalIndicator(i));
		return result;
	}

	/** The goals the change serves, through practices and indicators. */
	public Set<Goal> tracedGoals(LeverChange change) {
		Set<Goal> result = new LinkedHashSet<>();
		for (Indicator indicator : tracedGoalIndicators(change)) {
			for (Move move : goalMoves(indicator)) {
				result.add((Goal) move.mover());
			}
		}
		return result;
	}

	/** Training changes that support one of the change's practices for one of its teams. */
	public List<LeverChange> trainingFor(LeverChange change) {
		// only the training changes that support the same practices: looking at every change of the
		// workspace, or at every change of the practice, for every technology change made a large
		// workspace quadratic
		Set<LeverChange> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
		List<LeverChange> ordered = new ArrayList<>();
		for (Practice practice : supported(change)) {
			for (LeverChange other : supportingTraining.getOrDefault(practice, List.of())) {
				if (candidates.add(other)) {
					ordered.add(other);
				}
			}
		}
		List<Team> owners = resolvedOnly(change.getOwners());
		List<LeverChange> result = new ArrayList<>();
		for (LeverChange other : ordered) {
			if (other == change || lever(other) != LeverKind.TRAINING) {
				continue;
			}
			List<Team> trained = resolvedOnly(other.getOwners());
			boolean sameTeams = owners.isEmpty() || trained.isEmpty()
					|| owners.stream().anyMatch(o -> trained.stream().anyMatch(t -> related(o, t)));
			if (sameTeams) {
				result.add(other);
			}
		}
		return result;
	}

	// ------------------------------------------------------------------ teams

	/**
	 * The team, then the teams it is part of, outwards; stops before repeating itself. A walk along
	 * {@code part-of}, as long as the chain: ask {@link #related} or {@link #isPartOf} to compare teams.
	 */
	public List<Team> lineage(Team team) {
		return partOf.lineage(team);
	}

	/** The team this one is part of, when written and resolved, or {@code null}. */
	public static Team outer(Team team) {
		return PartOfForest.outer(team);
	}

	public boolean isInCycle(Team team) {
		return partOf.isInCycle(team);
	}

	/** Whether the teams are the same, or one is (transitively) part of the other. */
	public boolean related(Team a, Team b) {
		return partOf.contains(a, b) || partOf.contains(b, a);
	}

	/** Whether {@code inner} is (transitively) part of {@code outer}, or is it. */
	public boolean isPartOf(Team inner, Team outer) {
		return partOf.contains(outer, inner);
	}

	PartOfForest partOfForest() {
		return partOf;
	}

	/**
	 * For each goal, the goals of its team and of teams related by {@code part-of} that pull against
	 * it, summarised per reason; computed for the whole workspace on first use.
	 */
	public List<GoalConflicts.Conflict> conflicts(Goal goal) {
		GoalConflicts result;
		synchronized (this) {
			if (goalConflicts == null) {
				goalConflicts = new GoalConflicts(this);
			}
			result = goalConflicts;
		}
		return result.of(goal);
	}

	public List<Goal> goalsOf(Team team) {
		return goalsOfTeam.getOrDefault(team, List.of());
	}

	/** The goals owned by the team, by teams it is part of and by teams that are part of it. */
	public List<Goal> goalsOfRelatedTeams(Team team) {
		Set<Team> related = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Goal> result = new ArrayList<>();
		for (Team t : lineage(team)) {
			if (related.add(t)) {
				result.addAll(goalsOf(t));
			}
		}
		for (Team t : partOf.partsOf(team)) {
			if (related.add(t)) {
				result.addAll(goalsOf(t));
			}
		}
		return result;
	}

	// ------------------------------------------------------------------ tools and channels

	/** The tool's category, lower case, or {@code null}. */
	public static String category(Tool tool) {
		return tool.getCategory() == null ? null : tool.getCategory().toLowerCase(Locale.ROOT);
	}

	public List<Tool> toolsOfCategory(String category) {
		return category == null ? List.of() : toolsByCategory.getOrDefault(category.toLowerCase(Locale.ROOT), List.of());
	}

	/** The tools of the category adopted bottom-up. */
	public List<Tool> bottomUpToolsOfCategory(String category) {
		return category == null ? List.of() : bottomUpToolsByCategory.getOrDefault(category.toLowerCase(Locale.ROOT), List.of());
	}

	public static boolean isCrm(Tool tool) {
		return resolved(tool) && CRM.equals(category(tool));
	}

	public static boolean isSocial(Tool tool) {
		String category = category(tool);
		return category != null && (SOCIAL_CATEGORIES.contains(category) || category.startsWith("social-"));
	}

	/** Whether the tool is tied to a CRM, in either direction of {@code integrates-with}. */
	public boolean feedsCrm(Tool tool) {
		if (tool.getIntegratesWith().stream().anyMatch(PlanAnalysis::isCrm)) {
			return true;
		}
		return integratedByCrm.contains(tool);
	}

	// ------------------------------------------------------------------ plans

	/** The plan of the file that holds the element, or {@code null} for an organization file. */
	public static Plan planOf(EObject element) {
		EObject root = element;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		return root instanceof TransformFile file && file.getHeader() instanceof Plan plan ? plan : null;
	}

	/** A plan's period; {@code declaredBy} is the header that states it. */
	public record Period(PlanDate start, PlanDate end, Plan declaredBy) {
	}

	/**
	 * The period of the plan the element belongs to, or {@code null} if none is stated. A plan may be
	 * split over several files with the same header: the period may be stated in any of them.
	 */
	public Period periodOf(EObject element) {
		Plan plan = planOf(element);
		if (plan == null) {
			return null;
		}
		Period own = periodStatedBy(plan);
		if (own != null || plan.getName() == null) {
			return own;
		}
		// the first header of the same name that states one (this one does not): looked up, not searched
		// for among all files for every element asking
		return periodByPlanName.get(plan.getName());
	}

	static Period periodStatedBy(Plan plan) {
		PlanDate start = PlanDate.parse(plan.getPeriodStart());
		PlanDate end = PlanDate.parse(plan.getPeriodEnd());
		return start == null || end == null ? null : new Period(start, end, plan);
	}

	// ------------------------------------------------------------------ helpers

	public static boolean resolved(EObject object) {
		return object != null && !object.eIsProxy();
	}

	/**
	 * Whether the author wrote the feature. An enum attribute holds its first literal when unset, so
	 * "better higher" and no "better" at all are told apart by the text, not by the value: for an element's
	 * choice the parser recorded it ({@link WrittenChoices}), anything else is read from the object's nodes.
	 * An object made in memory, without text, has written what it has set.
	 */
	static boolean written(EObject object, EStructuralFeature feature) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node == null) {
			return object.eIsSet(feature);
		}
		return WrittenChoices.isRecorded(object, feature) ? WrittenChoices.wasWritten(object, feature) : assigns(node, object, feature.getName());
	}

	private static boolean assigns(ICompositeNode parent, EObject object, String feature) {
		for (INode child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getGrammarElement() != null && child.getGrammarElement().eContainer() instanceof Assignment assignment
					&& feature.equals(assignment.getFeature())) {
				return true;
			}
			if (child instanceof ICompositeNode composite && (!composite.hasDirectSemanticElement() || composite.getSemanticElement() == object)
					&& assigns(composite, object, feature)) {
				return true;
			}
		}
		return false;
	}
}
