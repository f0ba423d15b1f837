package org.transform.dsl.validation;

import static org.transform.dsl.model.ModelPackage.Literals.GOAL__NAME;
import static org.transform.dsl.model.ModelPackage.Literals.TEAM__PART_OF;

import java.util.List;
import java.util.StringJoiner;

import org.eclipse.xtext.validation.Check;
import org.transform.dsl.analysis.GoalConflicts.Conflict;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Team;

/**
 * People cannot contribute to opposite goals: two goals of one team (or of a team and a team it is
 * part of) may not pull an indicator both ways, nor improve two indicators that oppose each other.
 */
public class TeamConflictChecks extends TransformCheck {

	/**
	 * One finding per goal, whatever the number of goals against it: each reason names the first few
	 * goals and counts the others (pairing the goals gave 500,000 findings for 1,000 goals of one team).
	 */
	@Check
	public void noOpposingGoalsInTeam(Goal goal) {
		if (!PlanAnalysis.resolved(goal.getOwner())) {
			return;
		}
		PlanAnalysis analysis = analysis();
		List<Conflict> conflicts = analysis.conflicts(goal);
		if (conflicts.isEmpty()) {
			return;
		}
		Team team = goal.getOwner();
		StringJoiner reasons = new StringJoiner("; ");
		boolean onlyThisTeam = true;
		for (Conflict conflict : conflicts) {
			Move mine = conflict.mine();
			if (conflict.worsened() == null) {
				reasons.add("it " + verb(mine.direction()) + " " + label(mine.indicator()) + ", which is "
						+ (mine.direction() == Direction.HIGHER ? "lowered" : "raised") + " by " + goals(analysis, team, conflict));
			} else {
				reasons.add("improving " + label(mine.indicator()) + " worsens " + label(conflict.worsened()) + ", which is improved by "
						+ goals(analysis, team, conflict));
			}
			onlyThisTeam &= conflict.count() == conflict.ofSameTeam();
		}
		String remedy = onlyThisTeam ? "give one of them to another team" : "give one of them to a team outside this chain of 'part-of'";
		error("Goal '" + goal.getName() + "' pushes team " + label(team) + " toward opposing goals: " + reasons
				+ ". People asked to contribute to opposite goals make collaboration fail — decide which goal wins, or " + remedy + ".",
				GOAL__NAME, IssueCodes.OPPOSING_GOALS_IN_TEAM);
	}

	/** "goal 'A'", or "3 goals: goal 'A', goal 'B' of team 'X', which is part of it, and 1 more". */
	private String goals(PlanAnalysis analysis, Team team, Conflict conflict) {
		StringJoiner named = new StringJoiner(", ");
		for (Goal other : conflict.named()) {
			Team otherTeam = other.getOwner();
			named.add("goal " + label(other) + (otherTeam == team ? ""
					: " of team " + label(otherTeam) + (analysis.isPartOf(team, otherTeam) ? ", which it is part of" : ", which is part of it")));
		}
		int others = conflict.count() - conflict.named().size();
		if (conflict.count() == 1) {
			return named.toString();
		}
		return conflict.count() + " goals: " + named + (others > 0 ? " and " + others + " more" : "");
	}

	private static String verb(Direction direction) {
		return direction == Direction.HIGHER ? "raises" : "lowers";
	}

	@Check
	public void teamIsNotPartOfItself(Team team) {
		if (analysis().isInCycle(team)) {
			error("Team '" + team.getName() + "' is, through 'part-of', part of itself: a team belongs to a larger one — break the "
					+ "cycle.", TEAM__PART_OF, IssueCodes.TEAM_CYCLE);
		}
	}
}
