package org.transform.dsl.validation;

import static org.transform.dsl.model.ModelPackage.Literals.GOAL__NAME;
import static org.transform.dsl.model.ModelPackage.Literals.TEAM__PART_OF;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.Team;

/**
 * People cannot contribute to opposite goals: two goals of one team (or of a team and a team it is
 * part of) may not pull an indicator both ways, nor improve two indicators that oppose each other.
 */
public class TeamConflictChecks extends TransformCheck {

	@Check
	public void noOpposingGoalsInTeam(Goal goal) {
		if (!PlanAnalysis.resolved(goal.getOwner())) {
			return;
		}
		PlanAnalysis analysis = analysis();
		for (Goal other : candidates(analysis, goal)) {
			String conflict = conflict(analysis, goal, other);
			if (conflict != null) {
				Team team = goal.getOwner();
				Team otherTeam = other.getOwner();
				String teams = team == otherTeam ? "team " + label(team)
						: "team " + label(team) + " and team " + label(otherTeam) + (analysis.lineage(team).contains(otherTeam)
								? ", which it is part of," : ", which is part of it,");
				String remedy = team == otherTeam ? "give one of them to another team"
						: "give one of them to a team outside this chain of 'part-of'";
				error("Goal '" + goal.getName() + "' and goal " + label(other) + " push " + teams + " toward opposing goals: " + conflict
						+ ". People asked to contribute to opposite goals make collaboration fail — decide which goal wins, or " + remedy + ".",
						GOAL__NAME, IssueCodes.OPPOSING_GOALS_IN_TEAM);
			}
		}
	}

	/**
	 * The goals of related teams that move one of this goal's indicators the other way, or improve an
	 * indicator opposed to one this goal improves. Found from the indicators' movers, not by pairing
	 * every goal with every goal of its teams, which made large plans quadratic.
	 */
	private static Set<Goal> candidates(PlanAnalysis analysis, Goal goal) {
		Set<Goal> result = new LinkedHashSet<>();
		for (Move mine : analysis.moves(goal)) {
			for (Move theirs : analysis.goalMoves(mine.indicator())) {
				if (theirs.direction() != mine.direction()) {
					result.add((Goal) theirs.mover());
				}
			}
			if (PlanAnalysis.improves(mine)) {
				for (Indicator opposed : analysis.opposedTo(mine.indicator())) {
					for (Move theirs : analysis.goalMoves(opposed)) {
						if (PlanAnalysis.improves(theirs)) {
							result.add((Goal) theirs.mover());
						}
					}
				}
			}
		}
		result.removeIf(other -> other == goal || !PlanAnalysis.resolved(other.getOwner())
				|| !analysis.related(goal.getOwner(), other.getOwner()));
		return result;
	}

	/** Why the two goals oppose each other, or {@code null}. */
	private String conflict(PlanAnalysis analysis, Goal goal, Goal other) {
		for (Move mine : analysis.moves(goal)) {
			for (Move theirs : analysis.moves(other)) {
				if (mine.indicator() == theirs.indicator() && mine.direction() != theirs.direction()) {
					return "one " + verb(mine) + " " + label(mine.indicator()) + ", the other " + verb(theirs) + " it";
				}
				if (PlanAnalysis.improves(mine) && PlanAnalysis.improves(theirs) && analysis.oppose(mine.indicator(), theirs.indicator())) {
					return "improving " + label(mine.indicator()) + " worsens " + label(theirs.indicator());
				}
			}
		}
		return null;
	}

	private static String verb(Move move) {
		return move.direction() == Direction.HIGHER ? "raises" : "lowers";
	}

	@Check
	public void teamIsNotPartOfItself(Team team) {
		if (analysis().isInCycle(team)) {
			error("Team '" + team.getName() + "' is, through 'part-of', part of itself: a team belongs to a larger one — break the "
					+ "cycle.", TEAM__PART_OF, IssueCodes.TEAM_CYCLE);
		}
	}
}
