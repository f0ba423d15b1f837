package org.transform.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.transform.dsl.analysis.GoalConflicts.Conflict;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.generator.diagram.LayeredLayout.Edge;
import org.transform.dsl.generator.diagram.LayeredLayout.Node;
import org.transform.dsl.generator.diagram.LayeredLayout.Place;
import org.transform.dsl.generator.diagram.LayeredLayout.Result;
import org.transform.dsl.generator.diagram.Scene.Group;
import org.transform.dsl.generator.diagram.Scene.Line;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Team;

/**
 * Team alignment: the teams with their {@code part-of} structure, top down, and the goals each
 * owns; two goals of related teams that pull against each other (one indicator in opposite
 * directions, or indicators that oppose each other both improved) are joined by a red line.
 */
final class TeamAlignment {

	/** Two goals of related teams that pull against each other, and why. */
	record Opposition(Goal first, Goal second, String why) {
	}

	private TeamAlignment() {
	}

	static Scene build(Subject subject) {
		PlanAnalysis analysis = subject.analysis();
		String title = DiagramKind.TEAM_ALIGNMENT.title() + " of the " + subject.describe();

		List<Goal> goals = analysis.goals().stream().filter(subject::covers).toList();
		Set<Team> teams = new LinkedHashSet<>();
		for (Team team : analysis.teams()) {
			if (subject.planName() == null || subject.covers(team)) {
				teams.add(team);
			}
		}
		for (Goal goal : goals) {
			// up the chain of part-of until a team already drawn: once per team, not once per goal
			Team team = goal.getOwner();
			while (team != null && PlanAnalysis.resolved(team) && teams.add(team)) {
				team = PlanAnalysis.outer(team);
			}
		}
		if (teams.isEmpty() && goals.isEmpty()) {
			return Frame.empty(title, "Nothing to draw: the " + subject.describe() + " names no teams and no goals yet.");
		}
		List<Team> orderedTeams = analysis.teams().stream().filter(teams::contains).toList();

		Map<EObject, Figure> figures = new LinkedHashMap<>();
		for (Team team : orderedTeams) {
			Figure figure = new Figure(Subject.qualifiedName(team), "team", Subject.name(team), team.getTitle(), Palette.TEAM,
					subject.findings().on(team));
			if (team.getSize() > 0) {
				figure.detail("size " + team.getSize());
			}
			figures.put(team, figure);
		}
		List<Opposition> oppositions = oppositions(analysis, goals);
		Set<Goal> opposed = Collections.newSetFromMap(new IdentityHashMap<>());
		oppositions.forEach(o -> {
			opposed.add(o.first());
			opposed.add(o.second());
		});
		for (Goal goal : goals) {
			Figure figure = new Figure(Subject.qualifiedName(goal), "goal", Subject.name(goal), goal.getTitle(),
					opposed.contains(goal) ? "#f9c9c4" : Palette.GOAL, subject.findings().on(goal));
			for (Move move : analysis.moves(goal)) {
				figure.detail(ImpactMap.goalMove(move));
			}
			figures.put(goal, figure);
		}

		Map<EObject, Node> nodes = new LinkedHashMap<>();
		figures.forEach((element, figure) -> nodes.put(element, Node.box(figure.width(), figure.height())));
		List<Edge> structure = new ArrayList<>();
		for (Team team : orderedTeams) {
			Team parent = team.getPartOf();
			if (PlanAnalysis.resolved(parent) && nodes.containsKey(parent) && parent != team) {
				structure.add(new Edge(nodes.get(parent), nodes.get(team)));
			}
		}
		List<Edge> ownership = new ArrayList<>();
		for (Goal goal : goals) {
			if (PlanAnalysis.resolved(goal.getOwner()) && nodes.containsKey(goal.getOwner())) {
				ownership.add(new Edge(nodes.get(goal.getOwner()), nodes.get(goal)));
			}
		}
		Map<Opposition, Edge> oppositionEdges = new LinkedHashMap<>();
		for (Opposition o : oppositions) {
			oppositionEdges.put(o, new Edge(nodes.get(o.first()), nodes.get(o.second())));
		}
		List<Edge> edges = new ArrayList<>(structure);
		edges.addAll(ownership);
		edges.addAll(oppositionEdges.values());

		Frame frame = new Frame(title);
		frame.legend(Palette.TEAM, false, "team (above: the team it is part of)").legend(Palette.GOAL, false, "goal of the team")
				.legend("#f9c9c4", false, "goal opposed by a goal of a related team").legend(Palette.ERROR, true, "error")
				.legend(Palette.WARNING, true, "warning");

		Result layout = LayeredLayout.downwards().layout(new ArrayList<>(nodes.values()), edges);
		double dx = frame.left();
		double dy = frame.top();
		for (Edge edge : structure) {
			route(frame, layout, edge, dx, dy, "part-of", Palette.OUTLINE, 1.5, 0, true, null);
		}
		for (Edge edge : ownership) {
			route(frame, layout, edge, dx, dy, "owns", Palette.EDGE, 1, 4, true, null);
		}
		oppositionEdges.forEach((o, edge) -> route(frame, layout, edge, dx, dy, "opposition", Palette.OPPOSED, 2.5, 6, false, o.why()));
		figures.forEach((element, figure) -> {
			Place p = layout.places().get(nodes.get(element));
			frame.add(figure.draw(dx + p.x(), dy + p.y(), p.width(), p.height()));
		});
		return frame.scene(dx + layout.width(), dy + layout.height());
	}

	private static void route(Frame frame, Result layout, Edge edge, double dx, double dy, String role, String color, double width,
			double dash, boolean arrow, String tooltip) {
		double[] route = layout.routes().get(edge);
		if (route == null) {
			return;
		}
		Line line = new Line(role, ImpactMap.shift(route, dx, dy), color, width, dash, arrow);
		frame.add(tooltip == null ? line : new Group(role, null, tooltip, List.of(line)));
	}

	/**
	 * The pairs of goals, owned by the same team or by a team and a team it is part of, that move one
	 * indicator in opposite directions or improve two indicators that oppose each other: for each goal,
	 * the goals its finding names (a few per reason), so that a thousand goals of one team pulling one
	 * indicator both ways draw a few thousand lines, not half a million.
	 */
	static List<Opposition> oppositions(PlanAnalysis analysis, List<Goal> goals) {
		Map<Goal, Integer> order = new IdentityHashMap<>();
		for (int i = 0; i < goals.size(); i++) {
			order.put(goals.get(i), i);
		}
		Set<List<Goal>> drawn = new HashSet<>();
		List<Opposition> result = new ArrayList<>();
		for (Goal goal : goals) {
			for (Conflict conflict : analysis.conflicts(goal)) {
				for (Goal other : conflict.named()) {
					Integer otherIndex = order.get(other);
					if (otherIndex == null) {
						continue;
					}
					boolean first = order.get(goal) < otherIndex;
					List<Goal> pair = first ? List.of(goal, other) : List.of(other, goal);
					if (drawn.add(pair)) {
						result.add(new Opposition(pair.get(0), pair.get(1), why(analysis, pair.get(0), pair.get(1))));
					}
				}
			}
		}
		return result;
	}

	private static String why(PlanAnalysis analysis, Goal goal, Goal other) {
		for (Move a : analysis.moves(goal)) {
			for (Move b : analysis.moves(other)) {
				if (a.indicator() == b.indicator() && a.direction() != b.direction()) {
					return Subject.name(goal) + " and " + Subject.name(other) + " move " + Subject.name(a.indicator()) + " in opposite directions";
				}
				if (analysis.oppose(a.indicator(), b.indicator()) && PlanAnalysis.improves(a) && PlanAnalysis.improves(b)) {
					return Subject.name(goal) + " improves " + Subject.name(a.indicator()) + ", " + Subject.name(other) + " improves "
							+ Subject.name(b.indicator()) + ", and these indicators oppose each other";
				}
			}
		}
		return null;
	}
}
