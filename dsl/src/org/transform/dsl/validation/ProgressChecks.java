package org.transform.dsl.validation;

import static org.transform.dsl.model.ModelPackage.Literals.GOAL_MOVE__INDICATOR;
import static org.transform.dsl.model.ModelPackage.Literals.INDICATOR__CADENCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import org.eclipse.xtext.validation.Check;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanDate;
import org.transform.dsl.analysis.TargetProgress;
import org.transform.dsl.analysis.Today;
import org.transform.dsl.model.Cadence;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;

import com.google.inject.Inject;

/**
 * Is the plan working? A goal whose indicator lags well behind the straight path to its target, or
 * moved the wrong way, is off track; an indicator not measured at its cadence is stale. Progress is
 * the analysis's ({@link TargetProgress}), the same the report and the hover show.
 */
public class ProgressChecks extends TransformCheck {

	/** How far behind the straight path, as a share of the way from baseline to target, is tolerated: 10 points. */
	public static final BigDecimal OFF_TRACK_TOLERANCE = new BigDecimal("0.10");

	@Inject
	private Today today;

	@Check
	public void goalIsOnTrack(GoalMove move) {
		Indicator indicator = move.getIndicator();
		if (!PlanAnalysis.resolved(indicator) || !(move.eContainer() instanceof Goal)) {
			return;
		}
		TargetProgress progress = analysis().progress(move);
		if (progress.baseline() == null || progress.latest() == null || progress.latest().date().compareTo(progress.baselineDate()) < 0) {
			return;
		}
		String goal = nameOf(move.eContainer());
		String unit = indicator.getUnit() == null ? "" : " " + indicator.getUnit();
		String moved = plain(progress.baseline()) + " → " + plain(progress.latest().value()) + unit + " on " + progress.latest().date();
		Direction wanted = move.getDirection();
		int away = progress.latest().value().compareTo(progress.baseline());
		if (away != 0 && (away > 0) != (wanted == Direction.HIGHER)) {
			warning("Goal '" + goal + "' is off track: " + label(indicator) + " moved the wrong way, " + moved + " (the goal wants to "
					+ (wanted == Direction.HIGHER ? "raise" : "lower") + " it" + (progress.target() == null ? "" : " to " + plain(progress.target()))
					+ "). Find out why before adding changes: review the practices that move it and whether they happen.",
					GOAL_MOVE__INDICATOR, IssueCodes.TARGET_OFF_TRACK);
			return;
		}
		BigDecimal lag = progress.lag();
		if (progress.status() == TargetProgress.Status.OFF_TRACK && lag != null && lag.compareTo(OFF_TRACK_TOLERANCE) > 0) {
			warning("Goal '" + goal + "' is off track for " + label(indicator) + ": " + moved + " is " + progress.percent()
					+ "% of the way to " + plain(progress.target()) + ", but " + progress.elapsedPercent() + "% of the time to " + progress.due()
					+ " has passed. Review the practices and changes that move it, or revise the target or its date.",
					GOAL_MOVE__INDICATOR, IssueCodes.TARGET_OFF_TRACK);
		}
	}

	@Check
	public void indicatorIsMeasuredAtItsCadence(Indicator indicator) {
		Cadence cadence = PlanAnalysis.cadence(indicator);
		if (cadence == null) {
			return;
		}
		LocalDate day = today.of(indicator);
		if (day == null) {
			return;
		}
		var latest = analysis().latest(indicator);
		PlanDate last = latest != null ? latest.date() : PlanAnalysis.baselineDate(indicator);
		if (last == null || PlanAnalysis.baselineDate(indicator) != null && last.compareTo(PlanAnalysis.baselineDate(indicator)) < 0) {
			last = PlanAnalysis.baselineDate(indicator);
		}
		if (last == null) {
			return; // never measured: indicator-missing says so
		}
		Period period = period(cadence);
		if (!last.last().plus(period.multipliedBy(2)).isBefore(day)) {
			return;
		}
		warning("Indicator '" + indicator.getName() + "' is measured " + cadence.getLiteral() + ", but its last value is from " + last
				+ (latest == null ? " (its baseline)" : "") + ", more than " + twoPeriods(cadence) + " before today (" + day
				+ "): add the measurements since, or correct its cadence — without them nobody can tell whether the plan works.",
				INDICATOR__CADENCE, IssueCodes.INDICATOR_STALE);
	}

	private static Period period(Cadence cadence) {
		return switch (cadence) {
			case DAILY -> Period.ofDays(1);
			case WEEKLY -> Period.ofWeeks(1);
			case MONTHLY -> Period.ofMonths(1);
			case QUARTERLY -> Period.ofMonths(3);
			case YEARLY -> Period.ofYears(1);
		};
	}

	private static String twoPeriods(Cadence cadence) {
		return switch (cadence) {
			case DAILY -> "two days";
			case WEEKLY -> "two weeks";
			case MONTHLY -> "two months";
			case QUARTERLY -> "two quarters";
			case YEARLY -> "two years";
		};
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
