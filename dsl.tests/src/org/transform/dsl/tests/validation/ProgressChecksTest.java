package org.transform.dsl.tests.validation;

import static org.transform.dsl.validation.IssueCodes.GOAL_WITHOUT_PRACTICE;
import static org.transform.dsl.validation.IssueCodes.INDICATOR_STALE;
import static org.transform.dsl.validation.IssueCodes.TARGET_OFF_TRACK;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;

/**
 * Is the plan working: target-off-track (behind the straight path from baseline to target by more
 * than ten points, or moved the wrong way), indicator-stale (not measured within its cadence plus one
 * period, up to a given today) and goal-without-practice.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ProgressChecksTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	private TransformFile plan(String elements) {
		return workspace.file("plan.transform", """
				plan Progressing { period 2026-01 to 2027-12 }
				team Sales
				indicator SalesCycle "Sales cycle length" { unit days  better lower  cadence monthly  measured-by "Median days"  baseline 94 on 2026-01-31 }
				practice AccountPlans { owner Sales  lowers SalesCycle }
				""" + elements);
	}

	private Goal goal(TransformFile file) {
		return workspace.element(file, Goal.class, "CloseFaster");
	}

	// ------------------------------------------------------------------ target-off-track

	@Test
	public void anIndicatorFarBehindTheStraightPathToItsTargetIsOffTrack() {
		// 94 → 92 is 6 % of the way to 60, while 72 % of the time to the end of 2026-12 has passed
		TransformFile file = plan("""
				goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2026-12 }
				measurements SalesCycle { 2026-09-30: 92 }
				""");
		workspace.assertWarning(goal(file).getMoves().get(0), TARGET_OFF_TRACK, "Goal 'CloseFaster' is off track for 'SalesCycle'",
				"94 → 92 days on 2026-09-30 is 6% of the way to 60", "72% of the time to 2026-12 has passed");
	}

	@Test
	public void anIndicatorThatMovedTheWrongWayIsOffTrackEvenWithoutATarget() {
		TransformFile file = plan("""
				goal CloseFaster { owner Sales  lower SalesCycle }
				measurements SalesCycle { 2026-03-31: 101 }
				""");
		workspace.assertWarning(goal(file).getMoves().get(0), TARGET_OFF_TRACK, "'SalesCycle' moved the wrong way, 94 → 101 days on 2026-03-31",
				"the goal wants to lower it)");
	}

	@Test
	public void anIndicatorOnOrNearTheStraightPathIsNotOffTrack() {
		// 71 % of the way in 72 % of the time: one point behind, within the ten tolerated
		workspace.assertNoIssue(plan("""
				goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2026-12 }
				measurements SalesCycle { 2026-09-30: 70 }
				"""), TARGET_OFF_TRACK);
	}

	@Test
	public void anIndicatorNotMeasuredSinceItsBaselineIsNotJudged() {
		workspace.assertNoIssue(plan("goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2026-12 }\n"), TARGET_OFF_TRACK);
	}

	// ------------------------------------------------------------------ indicator-stale

	@Test
	public void anIndicatorNotMeasuredWithinItsCadencePlusOnePeriodIsStale() {
		workspace.today(LocalDate.parse("2026-06-15"));
		TransformFile file = plan("measurements SalesCycle { 2026-03-31: 90 }\n");
		workspace.assertWarning(workspace.element(file, Indicator.class, "SalesCycle"), INDICATOR_STALE,
				"measured monthly, but its last value is from 2026-03-31, more than two months before today (2026-06-15)");
	}

	@Test
	public void withoutMeasurementsTheBaselineIsTheLastValue() {
		workspace.today(LocalDate.parse("2026-04-01"));
		TransformFile file = plan("");
		workspace.assertWarning(workspace.element(file, Indicator.class, "SalesCycle"), INDICATOR_STALE,
				"its last value is from 2026-01-31 (its baseline)");
	}

	@Test
	public void anIndicatorMeasuredWithinItsCadencePlusOnePeriodIsNotStale() {
		workspace.today(LocalDate.parse("2026-05-31"));
		workspace.assertNoIssue(plan("measurements SalesCycle { 2026-03-31: 90 }\n"), INDICATOR_STALE);
	}

	@Test
	public void withoutAGivenTodayOrAClockStalenessIsNotJudged() {
		// the test injector binds no clock and no day is given: nothing may depend on the real date
		workspace.assertNoIssue(plan("measurements SalesCycle { 2026-02-28: 90 }\n"), INDICATOR_STALE);
	}

	@Test
	public void anIndicatorWithoutCadenceIsNeverStale() {
		workspace.today(LocalDate.parse("2027-06-30"));
		workspace.assertNoIssue(workspace.file("plan.transform", """
				plan Progressing { period 2026-01 to 2027-12 }
				indicator SalesCycle { unit days  better lower  measured-by "Median days"  baseline 94 on 2026-01-31 }
				"""), INDICATOR_STALE);
	}

	// ------------------------------------------------------------------ goal-without-practice

	@Test
	public void aGoalWhoseIndicatorNoPracticeMovesIsAWish() {
		TransformFile file = plan("""
				indicator Discount { unit "%"  better lower  measured-by "Mean discount"  baseline 12 on 2026-01-31 }
				goal CloseFaster { owner Sales  lower SalesCycle to 60  lower Discount to 8 }
				""");
		workspace.assertWarning(goal(file).getMoves().get(1), GOAL_WITHOUT_PRACTICE,
				"Goal 'CloseFaster' wants to move 'Discount', but no practice moves it", "add a practice that lowers Discount");
	}

	@Test
	public void aGoalWhoseIndicatorAPracticeMovesIsFine() {
		workspace.assertNoIssue(plan("goal CloseFaster { owner Sales  lower SalesCycle to 60 }\n"), GOAL_WITHOUT_PRACTICE);
	}
}
