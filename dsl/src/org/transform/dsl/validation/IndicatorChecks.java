package org.transform.dsl.validation;

import static org.transform.dsl.model.ModelPackage.Literals.GOAL_MOVE__INDICATOR;
import static org.transform.dsl.model.ModelPackage.Literals.INDICATOR__NAME;
import static org.transform.dsl.model.ModelPackage.Literals.INDICATOR__STATUS;
import static org.transform.dsl.model.ModelPackage.Literals.PRACTICE_MOVE__INDICATORS;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.IndicatorStatus;
import org.transform.dsl.model.PracticeMove;

/**
 * Indicators are the starting point: they must exist, be measured (definition and baseline) and
 * say which direction is better, and nobody may aim to move one the wrong way.
 */
public class IndicatorChecks extends TransformCheck {

	/** Issue data telling the quick fix what to add. */
	public static final String FIX_BASELINE = "baseline";
	public static final String FIX_MEASURED_BY = "measured-by";
	public static final String FIX_STATUS = "status";

	@Check
	public void indicatorSaysWhichDirectionIsBetter(Indicator indicator) {
		if (PlanAnalysis.better(indicator) == null) {
			error("Indicator '" + indicator.getName() + "' does not say which direction is better: add 'better higher' or "
					+ "'better lower' — goals and practices are judged against it.", INDICATOR__NAME, IssueCodes.INDICATOR_WITHOUT_DIRECTION);
		}
	}

	@Check
	public void reliedOnIndicatorIsMeasured(Indicator indicator) {
		PlanAnalysis analysis = analysis();
		if (!analysis.isReliedOn(indicator)) {
			return;
		}
		String name = indicator.getName();
		// who relies on it is named only in a warning: most indicators are sound, and naming the
		// movers of other files costs a qualified name each
		if (PlanAnalysis.isMissing(indicator)) {
			warning("Indicator '" + name + "' does not exist yet (status missing), but " + reliers(analysis, indicator) + ": create it — say how "
					+ "it is measured and take a baseline — before starting anything else.", INDICATOR__STATUS,
					IssueCodes.INDICATOR_MISSING, FIX_STATUS);
			return;
		}
		if (indicator.getStatus() == IndicatorStatus.UNRELIABLE) {
			warning("Indicator '" + name + "' is measured badly or incompletely (status unreliable), and " + reliers(analysis, indicator)
					+ ": fix how it is measured before relying on it.", INDICATOR__STATUS, IssueCodes.INDICATOR_MISSING,
					FIX_STATUS);
		}
		if (indicator.getDefinition() == null || indicator.getDefinition().isBlank()) {
			warning("Indicator '" + name + "' does not say how it is measured, and " + reliers(analysis, indicator)
					+ ": add 'measured-by \"...\"' with its definition and source.", INDICATOR__NAME,
					IssueCodes.INDICATOR_MISSING, FIX_MEASURED_BY);
		}
		if (!PlanAnalysis.hasBaseline(indicator)) {
			warning("Indicator '" + name + "' has no baseline, and " + reliers(analysis, indicator) + ": measure it first ('baseline <value> on "
					+ "<date>') — without a starting value no progress can be shown.", INDICATOR__NAME, IssueCodes.INDICATOR_MISSING,
					FIX_BASELINE);
		}
	}

	/** Who relies on the indicator, as the subject of a sentence: "goal 'A' and practices 'B', 'C' rely on it". */
	private String reliers(PlanAnalysis analysis, Indicator indicator) {
		Set<EObject> goals = new LinkedHashSet<>();
		for (Move move : analysis.goalMoves(indicator)) {
			goals.add(move.mover());
		}
		Set<EObject> practices = new LinkedHashSet<>();
		for (Move move : analysis.practiceMoves(indicator)) {
			practices.add(move.mover());
		}
		String goalText = goals.isEmpty() ? "" : (goals.size() == 1 ? "goal " : "goals ") + labels(goals);
		String practiceText = practices.isEmpty() ? "" : (practices.size() == 1 ? "practice " : "practices ") + labels(practices);
		String subject = goalText.isEmpty() ? practiceText : practiceText.isEmpty() ? goalText : goalText + " and " + practiceText;
		return subject + (goals.size() + practices.size() == 1 ? " relies on it" : " rely on it");
	}

	@Check
	public void goalImprovesItsIndicator(GoalMove move) {
		Indicator indicator = move.getIndicator();
		if (!PlanAnalysis.resolved(indicator) || PlanAnalysis.better(indicator) == null || PlanAnalysis.better(indicator) == move.getDirection()) {
			return;
		}
		String goal = nameOf(move.eContainer());
		error("Goal '" + goal + "' wants to " + (move.getDirection() == Direction.HIGHER ? "raise " : "lower ") + label(indicator)
				+ ", but " + (PlanAnalysis.better(indicator) == Direction.HIGHER ? "higher" : "lower") + " is better for it: a goal "
				+ "improves its indicator — write '" + (PlanAnalysis.better(indicator) == Direction.HIGHER ? "raise " : "lower ")
				+ indicator.getName() + "', or correct the indicator's 'better' direction.", GOAL_MOVE__INDICATOR,
				IssueCodes.DIRECTION_AGAINST_INDICATOR);
	}

	@Check
	public void practiceImprovesItsIndicators(PracticeMove move) {
		for (int i = 0; i < move.getIndicators().size(); i++) {
			Indicator indicator = move.getIndicators().get(i);
			if (!PlanAnalysis.resolved(indicator) || PlanAnalysis.better(indicator) == null
					|| PlanAnalysis.better(indicator) == move.getDirection()) {
				continue;
			}
			String practice = nameOf(move.eContainer());
			error("Practice '" + practice + "' " + (move.getDirection() == Direction.HIGHER ? "raises " : "lowers ") + label(indicator)
					+ ", but " + (PlanAnalysis.better(indicator) == Direction.HIGHER ? "higher" : "lower") + " is better for it: a "
					+ "practice is chosen because it improves the indicator — correct the direction, or drop the practice.",
					PRACTICE_MOVE__INDICATORS, i, IssueCodes.DIRECTION_AGAINST_INDICATOR);
		}
	}
}
