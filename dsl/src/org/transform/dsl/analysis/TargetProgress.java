package org.transform.dsl.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;

import org.transform.dsl.analysis.PlanAnalysis.Period;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;

/**
 * How far an indicator has come from its baseline toward one goal's target, and whether that is on
 * time: {@code share} is {@code (latest - baseline) / (target - baseline)} (baseline 94, latest 80,
 * target 60: 0.41), {@code elapsed} the share of the time from the baseline date to the due date that
 * had passed on the date of the latest measurement. The latest measurement, not the day it is
 * computed, is "now": progress is the same whenever it is asked for. Computed once, by
 * {@link PlanAnalysis#progress(GoalMove)}, for the report, the hover and the rules.
 *
 * @param baselineDate {@code null} when the indicator has no baseline
 * @param latest {@code null} when not measured since the baseline
 * @param target {@code null} when the goal gives only a direction
 * @param due the move's date, else the goal's deadline, else the end of the goal's plan; may be {@code null}
 * @param share {@code null} unless baseline, latest and target are known
 * @param elapsed {@code null} unless the share and the due date are known
 */
public record TargetProgress(Goal goal, GoalMove move, Indicator indicator, BigDecimal baseline, PlanDate baselineDate,
		MeasuredValue latest, BigDecimal target, PlanDate due, BigDecimal share, BigDecimal elapsed, Status status) {

	/** Where an indicator stands against a goal's target. */
	public enum Status {
		REACHED("reached"),
		ON_TRACK("on track"),
		OFF_TRACK("off track"),
		NO_BASELINE("no baseline"),
		NOT_MEASURED("not measured yet"),
		NO_TARGET("no target value"),
		NO_DATE("no date to judge by");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The share of the way, in percent rounded half up, or {@code null}. */
	public Integer percent() {
		return percent(share);
	}

	/** The share of the time, in percent rounded half up, or {@code null}. */
	public Integer elapsedPercent() {
		return percent(elapsed);
	}

	/**
	 * How far behind the straight path from baseline to target the latest measurement is, as a share
	 * of the way ({@code elapsed - share}); zero or less when on or ahead of it, {@code null} when it
	 * cannot be judged.
	 */
	public BigDecimal lag() {
		return share == null || elapsed == null ? null : elapsed.subtract(share);
	}

	private static Integer percent(BigDecimal share) {
		return share == null ? null : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

	static TargetProgress of(PlanAnalysis analysis, Goal goal, GoalMove move) {
		Indicator indicator = move.getIndicator();
		BigDecimal target = move.getTarget();
		PlanDate due = due(analysis, goal, move);
		if (!PlanAnalysis.hasBaseline(indicator)) {
			return new TargetProgress(goal, move, indicator, null, null, analysis.latest(indicator), target, due, null, null,
					Status.NO_BASELINE);
		}
		BigDecimal baseline = indicator.getBaseline();
		PlanDate baselineDate = PlanAnalysis.baselineDate(indicator);
		MeasuredValue latest = analysis.latest(indicator);
		if (target == null) {
			return new TargetProgress(goal, move, indicator, baseline, baselineDate, latest, null, due, null, null, Status.NO_TARGET);
		}
		if (latest == null || latest.date().first().isBefore(baselineDate.first())) {
			return new TargetProgress(goal, move, indicator, baseline, baselineDate, null, target, due, null, null, Status.NOT_MEASURED);
		}
		BigDecimal span = target.subtract(baseline);
		BigDecimal share;
		if (span.signum() == 0) { // the target is the baseline: reached while the indicator has not moved away
			share = latest.value().compareTo(target) == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
		} else {
			share = latest.value().subtract(baseline).divide(span, MathContext.DECIMAL64);
		}
		BigDecimal elapsed = null;
		if (due != null) {
			long total = ChronoUnit.DAYS.between(baselineDate.first(), due.last());
			long passed = ChronoUnit.DAYS.between(baselineDate.first(), latest.date().first());
			elapsed = total <= 0 ? BigDecimal.ONE
					: BigDecimal.valueOf(Math.min(passed, total)).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
		}
		Status status;
		if (share.compareTo(BigDecimal.ONE) >= 0) {
			status = Status.REACHED;
		} else if (elapsed == null) {
			status = Status.NO_DATE;
		} else {
			status = share.compareTo(elapsed) >= 0 ? Status.ON_TRACK : Status.OFF_TRACK;
		}
		return new TargetProgress(goal, move, indicator, baseline, baselineDate, latest, target, due, share, elapsed, status);
	}

	/** When a goal wants its target: the move's date, else the goal's deadline, else the end of the goal's plan. */
	private static PlanDate due(PlanAnalysis analysis, Goal goal, GoalMove move) {
		PlanDate date = PlanDate.parse(move.getDate());
		if (date == null) {
			date = PlanDate.parse(goal.getDeadline());
		}
		if (date == null) {
			Period period = analysis.periodOf(goal);
			date = period == null ? null : period.end();
		}
		return date;
	}
}
