package org.transform.dsl.generator.diagram;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.analysis.PlanAnalysis.Period;
import org.transform.dsl.analysis.PlanDate;
import org.transform.dsl.generator.diagram.Scene.Box;
import org.transform.dsl.generator.diagram.Scene.Group;
import org.transform.dsl.generator.diagram.Scene.Item;
import org.transform.dsl.generator.diagram.Scene.Line;
import org.transform.dsl.generator.diagram.Scene.Text;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;

/**
 * The roadmap: a time line (x is the date) with a row per indicator the goals aim at (its baseline
 * and the goals' targets as markers, the baseline as a dashed line across the chart) and a row per
 * change (a bar from its start to its end, coloured by lever kind), in order of start. A technology
 * bar left of its indicator's baseline line is "deploying before measuring"; technology that comes
 * last shows as the bars at the bottom right. Laid out by hand: rows do not need ELK.
 */
final class Roadmap {

	private static final double ROW_GAP = 6;
	private static final double AXIS_HEIGHT = 30;
	private static final double CHART_GAP = 16;
	private static final double MAX_CHART_WIDTH = 2400;
	private static final double DAY_WIDTH = 1.25;
	private static final double MARKER = 10;

	private record Row(Figure figure, Indicator indicator, LeverChange change) {
	}

	private Roadmap() {
	}

	static Scene build(Subject subject) {
		PlanAnalysis analysis = subject.analysis();
		String title = DiagramKind.ROADMAP.title() + " of the " + subject.describe();

		List<LeverChange> changes = new ArrayList<>(analysis.changes().stream().filter(subject::covers).toList());
		Set<Indicator> indicators = new LinkedHashSet<>();
		List<Goal> goals = analysis.goals().stream().filter(subject::covers).toList();
		for (Goal goal : goals) {
			analysis.moves(goal).forEach(m -> indicators.add(m.indicator()));
		}
		for (LeverChange change : changes) {
			indicators.addAll(analysis.tracedGoalIndicators(change));
		}
		if (changes.isEmpty() && indicators.isEmpty()) {
			return Frame.empty(title, "Nothing to draw: the " + subject.describe() + " has no changes and no goal indicators yet.");
		}
		changes.sort(Comparator.comparing((LeverChange c) -> PlanDate.parse(c.getStart()), Comparator.nullsLast(Comparator.naturalOrder())));

		// the time span: the plan's period, every date drawn
		List<PlanDate> dates = new ArrayList<>();
		for (LeverChange change : changes) {
			dates.add(PlanDate.parse(change.getStart()));
			dates.add(PlanDate.parse(change.getEnd()));
			Period period = analysis.periodOf(change);
			if (period != null) {
				dates.add(period.start());
				dates.add(period.end());
			}
		}
		for (Goal goal : goals) {
			dates.add(PlanDate.parse(goal.getDeadline()));
			Period period = analysis.periodOf(goal);
			if (period != null) {
				dates.add(period.start());
				dates.add(period.end());
			}
			for (Move move : analysis.moves(goal)) {
				if (move.source() instanceof GoalMove goalMove) {
					dates.add(PlanDate.parse(goalMove.getDate()));
				}
			}
		}
		for (Indicator indicator : indicators) {
			dates.add(PlanAnalysis.baselineDate(indicator));
		}
		dates.removeIf(d -> d == null);
		LocalDate fallback = LocalDate.of(2026, 1, 1); // no date at all: any fixed year will do
		LocalDate first = dates.stream().map(PlanDate::first).min(Comparator.naturalOrder()).orElse(fallback).withDayOfMonth(1);
		LocalDate last = dates.stream().map(PlanDate::last).max(Comparator.naturalOrder()).orElse(fallback.plusYears(1));
		last = YearMonth.from(last).atEndOfMonth().plusDays(1);
		long days = Math.max(31, ChronoUnit.DAYS.between(first, last));
		double dayWidth = Math.min(DAY_WIDTH, MAX_CHART_WIDTH / days);

		// the rows: indicators first, then changes
		List<Row> rows = new ArrayList<>();
		for (Indicator indicator : indicators) {
			Figure figure = new Figure(Subject.qualifiedName(indicator), "indicator", Subject.name(indicator), null, Palette.INDICATOR,
					subject.findings().on(indicator));
			figure.detail(PlanAnalysis.hasBaseline(indicator) ? "baseline " + ImpactMap.plain(indicator.getBaseline()) + " on "
					+ indicator.getBaselineDate() : "no baseline: measure first");
			rows.add(new Row(figure, indicator, null));
		}
		for (LeverChange change : changes) {
			LeverKind lever = PlanAnalysis.lever(change);
			Figure figure = new Figure(Subject.qualifiedName(change), "change", Subject.name(change), null, Palette.lever(lever),
					subject.findings().on(change));
			figure.detail((lever == null ? "lever not given" : lever.getLiteral())
					+ (change.getStart() == null ? ", no dates" : ", " + change.getStart() + (change.getEnd() == null ? "" : " to " + change.getEnd())));
			rows.add(new Row(figure, null, change));
		}
		double labelWidth = rows.stream().mapToDouble(r -> r.figure().width()).max().orElse(0);

		Frame frame = new Frame(title);
		for (LeverKind kind : LeverKind.VALUES) {
			frame.legend(Palette.lever(kind), false, kind.getLiteral());
		}
		frame.legend(Palette.BASELINE, false, "indicator baseline").legend(Palette.TARGET, false, "goal target")
				.legend(Palette.DEADLINE, false, "goal deadline").legend(Palette.PERIOD, false, "plan period")
				.legend(Palette.ERROR, true, "error").legend(Palette.WARNING, true, "warning");
		double left = frame.left();
		double chartLeft = left + labelWidth + CHART_GAP;
		double chartRight = chartLeft + days * dayWidth;
		double axisTop = frame.top();
		double rowsTop = axisTop + AXIS_HEIGHT;
		double rowsHeight = rows.stream().mapToDouble(r -> r.figure().height() + ROW_GAP).sum();
		double bottom = rowsTop + rowsHeight;
		LocalDate origin = first;
		java.util.function.ToDoubleFunction<LocalDate> x = d -> chartLeft + ChronoUnit.DAYS.between(origin, d) * dayWidth;

		// plan periods as bands behind everything
		Set<Period> periods = new LinkedHashSet<>();
		for (LeverChange change : changes) {
			if (analysis.periodOf(change) != null) {
				periods.add(analysis.periodOf(change));
			}
		}
		for (Goal goal : goals) {
			if (analysis.periodOf(goal) != null) {
				periods.add(analysis.periodOf(goal));
			}
		}
		for (Period period : periods) {
			double x0 = x.applyAsDouble(period.start().first());
			double x1 = x.applyAsDouble(period.end().last().plusDays(1));
			frame.add(new Group("period", null, "period of plan " + period.declaredBy().getName() + ": " + period.start() + " to " + period.end(),
					List.of(new Box("period", x0, rowsTop, x1 - x0, rowsHeight, 0, Palette.PERIOD, null, 0, 0))));
		}

		// the axis: a tick per month, a label where there is room
		frame.add(new Line("axis", new double[] { chartLeft, rowsTop - 4, chartRight, rowsTop - 4 }, Palette.OUTLINE, 1, 0, false));
		double monthWidth = 30.4 * dayWidth;
		int step = (int) Math.ceil((Scene.textWidth("2026-01", Frame.LEGEND_SIZE) + 8) / monthWidth);
		step = step <= 1 ? 1 : step <= 3 ? 3 : step <= 6 ? 6 : 12;
		for (YearMonth month = YearMonth.from(first); !month.atDay(1).isAfter(last.minusDays(1)); month = month.plusMonths(1)) {
			double mx = x.applyAsDouble(month.atDay(1));
			boolean labelled = (month.getMonthValue() - 1) % step == 0;
			frame.add(new Line("tick", new double[] { mx, rowsTop - (labelled ? 10 : 7), mx, rowsTop - 4 }, Palette.OUTLINE, 1, 0, false));
			if (labelled) {
				frame.add(new Text("axis-label", mx + 2, rowsTop - 12, month.toString(), Frame.LEGEND_SIZE, Palette.MUTED, false, "start"));
				frame.add(new Line("grid", new double[] { mx, rowsTop, mx, bottom }, "#dddddd", 0.8, 0, false));
			}
		}

		// baselines as dashed lines across the chart
		for (Indicator indicator : indicators) {
			PlanDate baseline = PlanAnalysis.baselineDate(indicator);
			if (baseline != null && indicator.getBaseline() != null) {
				double bx = x.applyAsDouble(baseline.first());
				frame.add(new Group("baseline", Subject.qualifiedName(indicator), "baseline of " + Subject.name(indicator) + " on " + baseline,
						List.of(new Line("baseline", new double[] { bx, rowsTop, bx, bottom }, Palette.BASELINE, 1, 4, false))));
			}
		}

		double top = rowsTop;
		for (Row row : rows) {
			double h = row.figure().height();
			frame.add(row.figure().draw(left, top, labelWidth, h));
			double mid = top + h / 2;
			if (row.indicator() != null) {
				indicatorMarkers(frame, analysis, goals, row.indicator(), x, mid);
			} else {
				changeBar(frame, row, subject.findings().on(row.change()), x, x.applyAsDouble(last), top, h);
			}
			top += h + ROW_GAP;
		}
		return frame.scene(chartRight, bottom);
	}

	private static void indicatorMarkers(Frame frame, PlanAnalysis analysis, List<Goal> goals, Indicator indicator,
			java.util.function.ToDoubleFunction<LocalDate> x, double mid) {
		PlanDate baseline = PlanAnalysis.baselineDate(indicator);
		if (baseline != null && indicator.getBaseline() != null) {
			double bx = x.applyAsDouble(baseline.first());
			frame.add(marker("baseline-marker", Subject.qualifiedName(indicator),
					"baseline " + ImpactMap.plain(indicator.getBaseline()) + " on " + baseline, bx, mid, 0, Palette.BASELINE));
		}
		for (Move move : analysis.goalMoves(indicator)) {
			if (!goals.contains(move.mover()) || !(move.source() instanceof GoalMove goalMove)) {
				continue;
			}
			Goal goal = (Goal) move.mover();
			PlanDate by = PlanDate.parse(goalMove.getDate());
			if (by != null) {
				frame.add(marker("target-marker", Subject.qualifiedName(goal), "goal " + Subject.name(goal) + ": " + ImpactMap.goalMove(move),
						x.applyAsDouble(by.last()), mid, MARKER / 2, Palette.TARGET));
			}
			PlanDate deadline = PlanDate.parse(goal.getDeadline());
			if (deadline != null) {
				frame.add(marker("deadline-marker", Subject.qualifiedName(goal), "goal " + Subject.name(goal) + ": deadline " + deadline,
						x.applyAsDouble(deadline.last()), mid, MARKER / 2, Palette.DEADLINE));
			}
		}
	}

	private static Group marker(String role, String element, String tooltip, double cx, double cy, double radius, String color) {
		return new Group(role, element, tooltip,
				List.of(new Box(role, cx - MARKER / 2, cy - MARKER / 2, MARKER, MARKER, radius, color, "#ffffff", 1, 0)));
	}

	private static void changeBar(Frame frame, Row row, List<Finding> findings, java.util.function.ToDoubleFunction<LocalDate> x, double end, double top, double h) {
		LeverChange change = row.change();
		PlanDate start = PlanDate.parse(change.getStart());
		if (start == null) {
			return;
		}
		PlanDate finish = PlanDate.parse(change.getEnd());
		double x0 = x.applyAsDouble(start.first());
		double x1 = x.applyAsDouble((finish == null || finish.last().isBefore(start.first()) ? start.last() : finish.last()).plusDays(1));
		String outline = ElementFindings.color(findings);
		double barHeight = Math.min(18, h - 8);
		double y = top + (h - barHeight) / 2;
		List<Item> items = new ArrayList<>();
		if (finish == null) {
			items.add(new Line("open-end", new double[] { x1, y + barHeight / 2, end, y + barHeight / 2 }, Palette.OUTLINE, 1, 3, true));
		}
		items.add(new Box("bar", x0, y, Math.max(2, x1 - x0), barHeight, 3, Palette.lever(PlanAnalysis.lever(change)),
				outline == null ? Palette.OUTLINE : outline, outline == null ? 1 : 2.5, 0));
		frame.add(new Group("bar", Subject.qualifiedName(change), "change " + Subject.name(change) + ": " + change.getStart()
				+ (change.getEnd() == null ? ", no end given" : " to " + change.getEnd()), items));
	}
}
