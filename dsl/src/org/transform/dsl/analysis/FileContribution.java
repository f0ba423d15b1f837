package org.transform.dsl.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.analysis.PlanAnalysis.Period;
import org.transform.dsl.model.Adoption;
import org.transform.dsl.model.Channel;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.Measurement;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.Policy;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.PracticeMove;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.Tool;
import org.transform.dsl.model.TransformFile;

/**
 * What one file contributes to the workspace's {@link PlanAnalysis}: its elements by kind, the moves,
 * oppositions, supports, owners and integrations written in it, its plan's period and its inline
 * measurements. {@link PlanAnalysis} assembles the workspace's relations from the files' contributions,
 * so that a keystroke in one plan reads again only that plan (the analysis of 100 files was a quarter
 * of validating the edited plan).
 *
 * <p>A contribution is kept in the resource's own cache, which Xtext empties on every change of the
 * resource's model: a parse, full or partial, and every linking (a file linked again because another
 * one changed its names). It is used again only while every element its references reached is still
 * not a proxy: a file read again, or an element re-parsed in place, turns its old elements into
 * proxies, which a fresh read of the references would resolve to the new ones. A file with a reference
 * that does not resolve is read again each time: a file added later may define the name.
 * Measurement files are not part of it: they are read at assembly, from their own cache by path and
 * modification time.
 */
final class FileContribution {

	/** Inline values of one measurement block of the file whose indicator is resolved. */
	record Block(Measurements block, Indicator indicator, List<MeasuredValue> inline) {
	}

	final TransformFile file;
	final List<Team> teams = new ArrayList<>();
	final List<Indicator> indicators = new ArrayList<>();
	final List<Goal> goals = new ArrayList<>();
	final List<Practice> practices = new ArrayList<>();
	final List<LeverChange> changes = new ArrayList<>();
	final List<Tool> tools = new ArrayList<>();
	final List<Channel> channels = new ArrayList<>();
	final List<Policy> policies = new ArrayList<>();
	final List<Measurements> measurementBlocks = new ArrayList<>();

	final Map<Goal, List<Move>> movesOfGoal = new IdentityHashMap<>();
	final Map<Practice, List<Move>> movesOfPractice = new IdentityHashMap<>();
	/** The file's moves of each indicator, by goals and by practices, in the order written. */
	final Map<Indicator, List<Move>> goalMoves = new IdentityHashMap<>();
	final Map<Indicator, List<Move>> practiceMoves = new IdentityHashMap<>();
	/** For each indicator, the ones the file's {@code opposes} pair it with, in the order written. */
	final Map<Indicator, Set<Indicator>> opposition = new IdentityHashMap<>();
	final Map<Practice, List<LeverChange>> supportingChanges = new IdentityHashMap<>();
	final Map<Practice, List<LeverChange>> supportingTraining = new IdentityHashMap<>();
	final Map<Team, List<Goal>> goalsOfTeam = new IdentityHashMap<>();
	final Map<String, List<Tool>> toolsByCategory = new LinkedHashMap<>();
	final Map<String, List<Tool>> bottomUpToolsByCategory = new LinkedHashMap<>();
	final List<Tool> integratedByCrm = new ArrayList<>();
	/** The period the file's plan header states, or {@code null}. */
	final Period period;
	final List<Block> blocks = new ArrayList<>();

	/** Every element the file's references reached, once: the contribution holds while none is a proxy. */
	private Set<EObject> reachedSet = Collections.newSetFromMap(new IdentityHashMap<>());
	/** The same, as an array: checked at every assembly of the workspace's analysis. */
	private final EObject[] reached;
	/** Whether every reference the contribution read resolved. */
	private boolean complete = true;

	private FileContribution(TransformFile file) {
		this.file = file;
		for (Element element : file.getElements()) {
			collect(element);
		}
		for (Goal goal : goals) {
			List<Move> moves = new ArrayList<>();
			for (GoalMove move : goal.getMoves()) {
				if (reached(move.getIndicator())) {
					Move m = new Move(goal, move.getIndicator(), move.getDirection(), move, -1);
					moves.add(m);
					goalMoves.computeIfAbsent(move.getIndicator(), k -> new ArrayList<>()).add(m);
				}
			}
			movesOfGoal.put(goal, Collections.unmodifiableList(moves));
			if (reached(goal.getOwner())) {
				goalsOfTeam.computeIfAbsent(goal.getOwner(), k -> new ArrayList<>()).add(goal);
			}
		}
		for (Practice practice : practices) {
			List<Move> moves = new ArrayList<>();
			for (PracticeMove move : practice.getMoves()) {
				for (int i = 0; i < move.getIndicators().size(); i++) {
					Indicator indicator = move.getIndicators().get(i);
					if (reached(indicator)) {
						Move m = new Move(practice, indicator, move.getDirection(), move, i);
						moves.add(m);
						practiceMoves.computeIfAbsent(indicator, k -> new ArrayList<>()).add(m);
					}
				}
			}
			movesOfPractice.put(practice, Collections.unmodifiableList(moves));
		}
		for (Indicator indicator : indicators) {
			for (Indicator opposed : indicator.getOpposes()) {
				if (reached(opposed) && opposed != indicator) {
					opposition.computeIfAbsent(indicator, k -> new LinkedHashSet<>()).add(opposed);
					opposition.computeIfAbsent(opposed, k -> new LinkedHashSet<>()).add(indicator);
				}
			}
		}
		for (LeverChange change : changes) {
			for (Practice practice : change.getSupports()) {
				if (reached(practice)) {
					supportingChanges.computeIfAbsent(practice, k -> new ArrayList<>()).add(change);
					if (PlanAnalysis.lever(change) == LeverKind.TRAINING) {
						supportingTraining.computeIfAbsent(practice, k -> new ArrayList<>()).add(change);
					}
				}
			}
		}
		for (Tool tool : tools) {
			String category = PlanAnalysis.category(tool);
			if (category != null) {
				toolsByCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(tool);
				if (tool.getAdoption() == Adoption.BOTTOM_UP) {
					bottomUpToolsByCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(tool);
				}
			}
			if (PlanAnalysis.isCrm(tool)) {
				for (Tool integrated : tool.getIntegratesWith()) {
					reached(integrated);
					integratedByCrm.add(integrated);
				}
			}
		}
		period = file.getHeader() instanceof Plan plan && plan.getName() != null ? PlanAnalysis.periodStatedBy(plan) : null;
		for (Measurements block : measurementBlocks) {
			if (!reached(block.getIndicator())) {
				continue;
			}
			List<MeasuredValue> values = new ArrayList<>();
			for (Measurement m : block.getValues()) {
				PlanDate date = PlanDate.parse(m.getDate());
				if (date != null && m.getValue() != null) {
					values.add(new MeasuredValue(date, m.getValue(), block, m, 0));
				}
			}
			blocks.add(new Block(block, block.getIndicator(), values));
		}
		reached = reachedSet.toArray(new EObject[0]);
		reachedSet = null; // only the array is kept
	}

	private void collect(Element element) {
		if (element instanceof Team t) {
			teams.add(t);
		} else if (element instanceof Indicator i) {
			indicators.add(i);
		} else if (element instanceof Goal g) {
			goals.add(g);
		} else if (element instanceof Practice p) {
			practices.add(p);
		} else if (element instanceof LeverChange c) {
			changes.add(c);
		} else if (element instanceof Tool t) {
			tools.add(t);
		} else if (element instanceof Channel c) {
			channels.add(c);
		} else if (element instanceof Policy p) {
			policies.add(p);
		} else if (element instanceof Measurements m) {
			measurementBlocks.add(m);
		}
	}

	/** Whether the reference's target is resolved; notes it, or that the contribution read an unresolved one. */
	private boolean reached(EObject target) {
		if (target == null) {
			return false;
		}
		if (target.eIsProxy()) {
			complete = false;
			return false;
		}
		reachedSet.add(target);
		return true;
	}

	/** Whether the contribution is what reading the file again would give: see the class comment. */
	private boolean holds() {
		if (!complete) {
			return false;
		}
		for (EObject target : reached) {
			if (target.eIsProxy()) {
				return false;
			}
		}
		return true;
	}

	private static final OnChangeEvictingCache CACHE = new OnChangeEvictingCache();

	/** The key of a file's contribution in its resource's cache. */
	private static final Object KEY = new Object() {
		@Override
		public String toString() {
			return FileContribution.class.getName();
		}
	};

	/** The file's contribution for the current state of its resource and of the elements it refers to. */
	static FileContribution of(TransformFile file) {
		Resource resource = file.eResource();
		if (resource == null) {
			return new FileContribution(file);
		}
		OnChangeEvictingCache.CacheAdapter cache = CACHE.getOrCreate(resource);
		FileContribution kept = cache.get(KEY);
		if (kept != null && kept.file == file && kept.holds()) {
			return kept;
		}
		FileContribution made = new FileContribution(file);
		cache.set(KEY, made);
		return made;
	}
}
