package org.transform.dsl.generator.diagram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.generator.diagram.LayeredLayout.Edge;
import org.transform.dsl.generator.diagram.LayeredLayout.Node;
import org.transform.dsl.generator.diagram.LayeredLayout.Place;
import org.transform.dsl.generator.diagram.LayeredLayout.Result;
import org.transform.dsl.generator.diagram.Scene.Line;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.Practice;

/**
 * The impact map, read left to right the way a plan is built: goal → indicator → practice →
 * change. Changes are coloured by lever kind; findings are drawn on the elements they concern.
 */
final class ImpactMap {

	private ImpactMap() {
	}

	static Scene build(Subject subject) {
		PlanAnalysis analysis = subject.analysis();
		String title = DiagramKind.IMPACT_MAP.title() + " of the " + subject.describe();

		Set<Goal> goals = new LinkedHashSet<>();
		Set<Indicator> indicators = new LinkedHashSet<>();
		Set<Practice> practices = new LinkedHashSet<>();
		Set<LeverChange> changes = new LinkedHashSet<>();
		for (Goal goal : analysis.goals()) {
			if (subject.covers(goal)) {
				goals.add(goal);
				analysis.moves(goal).forEach(m -> indicators.add(m.indicator()));
			}
		}
		for (Indicator indicator : analysis.indicators()) {
			if (subject.covers(indicator)) {
				indicators.add(indicator);
			}
		}
		for (Practice practice : analysis.practices()) {
			if (subject.covers(practice)) {
				practices.add(practice);
				analysis.moves(practice).forEach(m -> indicators.add(m.indicator()));
				changes.addAll(analysis.supportingChanges(practice));
			}
		}
		for (LeverChange change : analysis.changes()) {
			if (subject.covers(change)) {
				changes.add(change);
			}
		}
		if (goals.isEmpty() && indicators.isEmpty() && practices.isEmpty() && changes.isEmpty()) {
			return Frame.empty(title, "Nothing to draw: the " + subject.describe() + " has no goals, indicators, practices or changes yet.");
		}

		Map<EObject, Figure> figures = new LinkedHashMap<>();
		for (Goal goal : goals) {
			Figure figure = new Figure(Subject.qualifiedName(goal), "goal", Subject.name(goal), goal.getTitle(), Palette.GOAL,
					subject.findings().on(goal));
			if (PlanAnalysis.resolved(goal.getOwner())) {
				figure.detail("owner " + Subject.name(goal.getOwner()));
			}
			for (Move move : analysis.moves(goal)) {
				figure.detail(goalMove(move));
			}
			if (goal.getDeadline() != null) {
				figure.detail("deadline " + goal.getDeadline());
			}
			figures.put(goal, figure);
		}
		for (Indicator indicator : indicators) {
			Figure figure = new Figure(Subject.qualifiedName(indicator), "indicator", Subject.name(indicator), indicator.getTitle(),
					Palette.INDICATOR, subject.findings().on(indicator));
			figure.detail(PlanAnalysis.hasBaseline(indicator)
					? "baseline " + plain(indicator.getBaseline()) + unit(indicator) + " on " + indicator.getBaselineDate()
					: "no baseline");
			if (indicator.getStatus() != null && PlanAnalysis.isMissing(indicator)) {
				figure.detail("status missing");
			}
			figures.put(indicator, figure);
		}
		for (Practice practice : practices) {
			Figure figure = new Figure(Subject.qualifiedName(practice), "practice", Subject.name(practice), practice.getTitle(),
					Palette.PRACTICE, subject.findings().on(practice));
			String owners = Subject.teams(practice.getOwners());
			if (!owners.isEmpty()) {
				figure.detail("owner " + owners);
			}
			figures.put(practice, figure);
		}
		for (LeverChange change : changes) {
			LeverKind lever = PlanAnalysis.lever(change);
			Figure figure = new Figure(Subject.qualifiedName(change), "change", Subject.name(change), change.getTitle(), Palette.lever(lever),
					subject.findings().on(change));
			figure.detail("lever " + (lever == null ? "not given" : lever.getLiteral())
					+ (change.getStart() == null ? "" : ", from " + change.getStart() + (change.getEnd() == null ? "" : " to " + change.getEnd())));
			String tools = Subject.tools(change.getDeploys());
			if (!tools.isEmpty()) {
				figure.detail("deploys " + tools);
			}
			figures.put(change, figure);
		}

		Map<EObject, Node> nodes = new LinkedHashMap<>();
		figures.forEach((element, figure) -> nodes.put(element, Node.box(figure.width(), figure.height())));
		List<Edge> edges = new ArrayList<>();
		Set<List<Object>> seen = new LinkedHashSet<>();
		for (Goal goal : goals) {
			for (Move move : analysis.moves(goal)) {
				connect(nodes, edges, seen, goal, move.indicator());
			}
		}
		for (Practice practice : practices) {
			for (Move move : analysis.moves(practice)) {
				connect(nodes, edges, seen, move.indicator(), practice);
			}
			for (LeverChange change : analysis.supportingChanges(practice)) {
				connect(nodes, edges, seen, practice, change);
			}
		}
		for (LeverChange change : changes) {
			for (Practice practice : PlanAnalysis.supported(change)) {
				connect(nodes, edges, seen, practice, change);
			}
		}

		Frame frame = new Frame(title);
		frame.legend(Palette.GOAL, false, "goal").legend(Palette.INDICATOR, false, "indicator").legend(Palette.PRACTICE, false, "practice");
		for (LeverKind kind : LeverKind.VALUES) {
			frame.legend(Palette.lever(kind), false, "change: " + kind.getLiteral());
		}
		frame.legend(Palette.ERROR, true, "error").legend(Palette.WARNING, true, "warning").legend(Palette.INFO, true, "info");

		Result layout = LayeredLayout.rightwards().layout(new ArrayList<>(nodes.values()), edges);
		double dx = frame.left();
		double dy = frame.top();
		for (Edge edge : edges) {
			double[] route = layout.routes().get(edge);
			if (route != null) {
				frame.add(new Line("edge", shift(route, dx, dy), Palette.EDGE, 1.2, 0, true));
			}
		}
		figures.forEach((element, figure) -> {
			Place p = layout.places().get(nodes.get(element));
			frame.add(figure.draw(dx + p.x(), dy + p.y(), p.width(), p.height()));
		});
		return frame.scene(dx + layout.width(), dy + layout.height());
	}

	private static void connect(Map<EObject, Node> nodes, List<Edge> edges, Set<List<Object>> seen, Element from, Element to) {
		Node a = nodes.get(from);
		Node b = nodes.get(to);
		if (a != null && b != null && seen.add(List.of(a, b))) {
			edges.add(new Edge(a, b));
		}
	}

	static double[] shift(double[] points, double dx, double dy) {
		double[] result = new double[points.length];
		for (int i = 0; i < points.length; i += 2) {
			result[i] = points[i] + dx;
			result[i + 1] = points[i + 1] + dy;
		}
		return result;
	}

	/** "lower SalesCycle to 60 by 2027-06". */
	static String goalMove(Move move) {
		StringBuilder text = new StringBuilder(move.direction() == Direction.LOWER ? "lower " : "raise ");
		text.append(Subject.name(move.indicator()));
		if (move.source() instanceof GoalMove goalMove) {
			if (goalMove.getTarget() != null) {
				text.append(" to ").append(plain(goalMove.getTarget()));
			}
			if (goalMove.getDate() != null) {
				text.append(" by ").append(goalMove.getDate());
			}
		}
		return text.toString();
	}

	static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	private static String unit(Indicator indicator) {
		String unit = indicator.getUnit();
		return unit == null || unit.isBlank() ? "" : " " + unit.strip();
	}
}
