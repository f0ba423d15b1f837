package org.transform.dsl.validation;

import static org.transform.dsl.model.ModelPackage.Literals.GOAL_MOVE__INDICATOR;
import static org.transform.dsl.model.ModelPackage.Literals.GOAL__NAME;
import static org.transform.dsl.model.ModelPackage.Literals.LEVER_CHANGE__NAME;
import static org.transform.dsl.model.ModelPackage.Literals.LEVER_CHANGE__START;
import static org.transform.dsl.model.ModelPackage.Literals.PRACTICE__NAME;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanDate;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.Practice;

/**
 * The plan's spine: a goal moves indicators, practices move them, changes support practices, and
 * technology comes last — only for an indicator that a goal aims at, and only once that indicator
 * is measured.
 */
public class TraceabilityChecks extends TransformCheck {

	/** Issue data: why a technology change is before its indicator (the quick fix for BEFORE_BASELINE gets the baseline date next). */
	public static final String NO_PRACTICE = "no-practice";
	public static final String NO_INDICATOR = "no-indicator";
	public static final String NO_GOAL = "no-goal";
	public static final String NO_BASELINE = "no-baseline";
	public static final String BEFORE_BASELINE = "before-baseline";
	/** Issue data: why a practice is unjustified (it moves nothing) or idle (nothing supports it). */
	public static final String NO_MOVES = "moves";
	public static final String NO_SUPPORT = "support";

	@Check
	public void goalMovesAnIndicator(Goal goal) {
		if (goal.getMoves().isEmpty()) {
			error("Goal '" + goal.getName() + "' moves no indicator: what one wants to improve is an indicator — say which one and in "
					+ "which direction, e.g. 'lower SalesCycle to 60 by 2027-06'.", GOAL__NAME, IssueCodes.GOAL_WITHOUT_INDICATOR);
		}
	}

	@Check
	public void goalIndicatorIsMovedByAPractice(GoalMove move) {
		Indicator indicator = move.getIndicator();
		if (!PlanAnalysis.resolved(indicator) || !analysis().practiceMoves(indicator).isEmpty()) {
			return;
		}
		String verb = move.getDirection() == Direction.HIGHER ? "raises" : "lowers";
		warning("Goal '" + nameOf(move.eContainer()) + "' wants to move " + label(indicator) + ", but no practice moves it: an indicator "
				+ "improves through the ways of working that move it — add a practice that " + verb + " " + indicator.getName()
				+ ", then the changes that make it happen.", GOAL_MOVE__INDICATOR, IssueCodes.GOAL_WITHOUT_PRACTICE);
	}

	@Check
	public void practiceIsJustifiedAndSupported(Practice practice) {
		if (practice.getMoves().isEmpty()) {
			warning("Practice '" + practice.getName() + "' moves no indicator: a practice is chosen because it moves an indicator — "
					+ "add 'raises' or 'lowers' with the indicator it improves.", PRACTICE__NAME, IssueCodes.PRACTICE_WITHOUT_INDICATOR,
					NO_MOVES);
			return;
		}
		if (analysis().supportingChanges(practice).isEmpty()) {
			warning("No change supports practice '" + practice.getName() + "': a practice does not happen by itself — add the "
					+ "leadership, organization, skills or job change that makes it happen ('change ... { lever ... supports "
					+ practice.getName() + " }').", PRACTICE__NAME, IssueCodes.PRACTICE_WITHOUT_INDICATOR, NO_SUPPORT);
		}
	}

	@Check
	public void practiceIsNotTechnologyOnly(Practice practice) {
		List<LeverChange> changes = analysis().supportingChanges(practice);
		boolean technology = changes.stream().anyMatch(c -> PlanAnalysis.lever(c) == LeverKind.TECHNOLOGY);
		boolean human = changes.stream().anyMatch(c -> PlanAnalysis.isHumanLever(PlanAnalysis.lever(c)));
		if (technology && !human) {
			List<LeverChange> tools = changes.stream().filter(c -> PlanAnalysis.lever(c) == LeverKind.TECHNOLOGY).toList();
			warning("Practice '" + practice.getName() + "' is supported by technology (" + labels(tools)
					+ ") but by no leadership, organization, skills or job change: tools do not change how people work — add a leadership, organization, skills or job change that makes "
					+ "the practice logical and acceptable.", PRACTICE__NAME, IssueCodes.TECHNOLOGY_ONLY);
		}
	}

	@Check
	public void changeNamesItsLever(LeverChange change) {
		if (PlanAnalysis.lever(change) == null) {
			error("Change '" + change.getName() + "' does not say which lever it pulls: add 'lever' with one of leadership, "
					+ "organization, skills, job, training, governance, policy or technology.", LEVER_CHANGE__NAME,
					IssueCodes.CHANGE_WITHOUT_LEVER);
		}
	}

	@Check
	public void technologyComesAfterTheIndicator(LeverChange change) {
		if (PlanAnalysis.lever(change) != LeverKind.TECHNOLOGY) {
			return;
		}
		PlanAnalysis analysis = analysis();
		String name = change.getName();
		if (PlanAnalysis.supported(change).isEmpty()) {
			error("Technology change '" + name + "' supports no practice: technology comes last — first the indicator, then the "
					+ "practice that moves it; then say which practice this change supports ('supports ...').", LEVER_CHANGE__NAME,
					IssueCodes.TECHNOLOGY_BEFORE_INDICATOR, NO_PRACTICE);
			return;
		}
		Set<Indicator> traced = analysis.tracedIndicators(change);
		if (traced.isEmpty()) {
			error("Technology change '" + name + "' supports practices that move no indicator ("
					+ labels(PlanAnalysis.supported(change)) + "): technology comes last — say which indicator those practices move.",
					LEVER_CHANGE__NAME, IssueCodes.TECHNOLOGY_BEFORE_INDICATOR, NO_INDICATOR);
			return;
		}
		Set<Indicator> aimed = analysis.tracedGoalIndicators(change);
		if (aimed.isEmpty()) {
			error("Technology change '" + name + "' moves " + labels(traced)
					+ ", but no goal aims at " + (traced.size() == 1 ? "it" : "them")
					+ ": technology comes last — first a goal on the indicator you want to improve, then the practices, then the tools.",
					LEVER_CHANGE__NAME, IssueCodes.TECHNOLOGY_BEFORE_INDICATOR, NO_GOAL);
			return;
		}
		List<Indicator> measured = new ArrayList<>();
		for (Indicator indicator : aimed) {
			if (PlanAnalysis.hasBaseline(indicator)) {
				measured.add(indicator);
			}
		}
		if (measured.isEmpty()) {
			error("Technology change '" + name + "' serves " + labels(aimed) + ", which "
					+ (aimed.size() == 1 ? "has" : "have") + " no baseline yet: measure before you deploy — give "
					+ (aimed.size() == 1 ? "it" : "them") + " a baseline ('baseline <value> on <date>') first.",
					LEVER_CHANGE__NAME, IssueCodes.TECHNOLOGY_BEFORE_INDICATOR, NO_BASELINE);
			return;
		}
		PlanDate start = PlanDate.parse(change.getStart());
		if (start == null) {
			return;
		}
		for (Indicator indicator : measured) {
			PlanDate baseline = PlanAnalysis.baselineDate(indicator);
			if (start.first().isBefore(baseline.first())) {
				error("Technology change '" + name + "' starts " + start + ", before indicator " + label(indicator)
						+ " has a baseline (" + baseline + "): measure first, then deploy — start the change on or after " + baseline
						+ ".", LEVER_CHANGE__START, IssueCodes.TECHNOLOGY_BEFORE_INDICATOR, BEFORE_BASELINE, baseline.text());
			}
		}
	}

	@Check
	public void technologyComesWithTraining(LeverChange change) {
		if (PlanAnalysis.lever(change) != LeverKind.TECHNOLOGY || PlanAnalysis.supported(change).isEmpty()) {
			return;
		}
		if (analysis().trainingFor(change).isEmpty()) {
			String teams = change.getOwners().isEmpty() ? "" : " for " + labels(change.getOwners());
			warning("Technology change '" + change.getName() + "' has no training change for the same practice and teams: training is "
					+ "the most overlooked part — people do not know how to use new tools — add a training change that supports "
					+ labels(PlanAnalysis.supported(change)) + teams + ".", LEVER_CHANGE__NAME, IssueCodes.TECHNOLOGY_WITHOUT_TRAINING);
		}
	}
}
