package org.transform.dsl.validation;

import static org.transform.dsl.model.ModelPackage.Literals.GOAL_MOVE__DATE;
import static org.transform.dsl.model.ModelPackage.Literals.GOAL__DEADLINE;
import static org.transform.dsl.model.ModelPackage.Literals.LEVER_CHANGE__END;
import static org.transform.dsl.model.ModelPackage.Literals.MEASUREMENTS__FILE;
import static org.transform.dsl.model.ModelPackage.Literals.MEASUREMENT__DATE;
import static org.transform.dsl.model.ModelPackage.Literals.MEASUREMENT__VALUE;
import static org.transform.dsl.model.ModelPackage.Literals.PLAN__PERIOD_END;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.transform.dsl.analysis.CsvProblem;
import org.transform.dsl.analysis.MeasuredValue;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanDate;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.Plan;

/**
 * Measurements and dates: a measurement belongs to the plan's period, is taken once per date and is
 * a number in the indicator's unit; periods and changes end after they start; a goal's dates fall
 * after the plan's start, and its targets no later than its deadline.
 */
public class MeasurementChecks extends TransformCheck {

	private static final Set<String> PERCENT_UNITS = Set.of("%", "percent", "pct", "percentage");

	@Check
	public void periodIsInOrder(Plan plan) {
		PlanDate start = PlanDate.parse(plan.getPeriodStart());
		PlanDate end = PlanDate.parse(plan.getPeriodEnd());
		if (start != null && end != null && end.last().isBefore(start.first())) {
			error("The plan's period ends (" + end + ") before it starts (" + start + "): write 'period <start> to <end>'.",
					PLAN__PERIOD_END, IssueCodes.DATES_OUT_OF_ORDER);
		}
	}

	@Check
	public void changeEndsAfterItStarts(LeverChange change) {
		PlanDate start = PlanDate.parse(change.getStart());
		PlanDate end = PlanDate.parse(change.getEnd());
		if (start != null && end != null && end.last().isBefore(start.first())) {
			error("Change '" + change.getName() + "' ends (" + end + ") before it starts (" + start + "): write 'from <start> to <end>'.",
					LEVER_CHANGE__END, IssueCodes.DATES_OUT_OF_ORDER);
		}
	}

	@Check
	public void goalDatesAreInOrder(Goal goal) {
		PlanAnalysis.Period period = analysis().periodOf(goal);
		PlanDate start = period == null ? null : period.start();
		PlanDate deadline = PlanDate.parse(goal.getDeadline());
		if (start != null && deadline != null && deadline.last().isBefore(start.first())) {
			error("Goal '" + goal.getName() + "' has its deadline (" + deadline + ") before the plan starts (" + start
					+ "): a goal of this plan is reached during the plan — move the deadline into the period.", GOAL__DEADLINE,
					IssueCodes.DATES_OUT_OF_ORDER);
		}
		for (GoalMove move : goal.getMoves()) {
			PlanDate by = PlanDate.parse(move.getDate());
			if (by == null) {
				continue;
			}
			if (start != null && by.last().isBefore(start.first())) {
				error("Goal '" + goal.getName() + "' sets its target for " + by + ", before the plan starts (" + start
						+ "): a target is reached during the plan — set a date in the period.", move, GOAL_MOVE__DATE,
						IssueCodes.DATES_OUT_OF_ORDER);
			} else if (deadline != null && by.first().isAfter(deadline.last())) {
				error("Goal '" + goal.getName() + "' sets its target for " + by + ", after its own deadline (" + deadline
						+ "): bring the target date forward, or move the deadline.", move, GOAL_MOVE__DATE, IssueCodes.DATES_OUT_OF_ORDER);
			}
		}
	}

	@Check
	public void measurementsAreInRange(Measurements block) {
		Indicator indicator = block.getIndicator();
		if (!PlanAnalysis.resolved(indicator)) {
			return;
		}
		PlanAnalysis analysis = analysis();
		reportCsvProblems(analysis.csvProblems(block));

		PlanAnalysis.Period period = analysis.periodOf(block);
		PlanDate start = period == null ? null : period.start();
		PlanDate end = period == null ? null : period.end();
		boolean percent = indicator.getUnit() != null && PERCENT_UNITS.contains(indicator.getUnit().trim().toLowerCase(Locale.ROOT));

		Map<PlanDate, MeasuredValue> firstByDate = new HashMap<>();
		for (MeasuredValue value : analysis.series(indicator)) {
			MeasuredValue first = firstByDate.putIfAbsent(value.date(), value);
			if (value.block() != block) {
				continue;
			}
			if (first != null) {
				report(value, "Indicator '" + indicator.getName() + "' is measured twice on " + value.date() + " (also at " + first.origin()
						+ "): keep one value per date.", false);
			}
			if (start != null && end != null && (value.date().first().isBefore(start.first()) || value.date().last().isAfter(end.last()))) {
				report(value, "The measurement of '" + indicator.getName() + "' dated " + value.date() + " is outside the plan's period "
						+ start + " to " + end + ": record the measurements of this plan's period here, or widen the period.", false);
			}
			if (percent && (value.value().compareTo(BigDecimal.ZERO) < 0 || value.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
				report(value, "The measurement of '" + indicator.getName() + "' on " + value.date() + " is " + value.value().toPlainString()
						+ ", which is not a percentage (0 to 100) as its unit '" + indicator.getUnit() + "' says: correct the value"
						+ " (write 12.5 for 12.5 %).", true);
			}
		}
	}

	/**
	 * Reports on the measurement itself when it is written inline; a row of a CSV file has no place in
	 * the plan, so its finding is shown on the file name and starts with the file and line.
	 */
	private void report(MeasuredValue value, String message, boolean onValue) {
		if (value.fromCsv()) {
			error(value.origin() + ": " + message, value.block(), MEASUREMENTS__FILE, IssueCodes.MEASUREMENT_OUT_OF_RANGE,
					Integer.toString(value.csvLine()));
		} else {
			error(message, value.inline(), onValue ? MEASUREMENT__VALUE : MEASUREMENT__DATE, IssueCodes.MEASUREMENT_OUT_OF_RANGE);
		}
	}

	private void reportCsvProblems(List<CsvProblem> problems) {
		for (CsvProblem problem : problems) {
			if (problem.wholeFile()) {
				error(problem.message(), problem.block(), MEASUREMENTS__FILE, IssueCodes.MEASUREMENT_FILE);
			} else {
				error(problem.message(), problem.block(), MEASUREMENTS__FILE, IssueCodes.MEASUREMENT_OUT_OF_RANGE,
						Integer.toString(problem.line()));
			}
		}
	}
}
