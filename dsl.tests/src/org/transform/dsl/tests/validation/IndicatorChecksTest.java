package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transform.dsl.validation.IssueCodes.DIRECTION_AGAINST_INDICATOR;
import static org.transform.dsl.validation.IssueCodes.INDICATOR_MISSING;
import static org.transform.dsl.validation.IssueCodes.INDICATOR_WITHOUT_DIRECTION;

import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.validation.IndicatorChecks;

import com.google.inject.Inject;

/**
 * Indicators come first: indicator-without-direction, indicator-missing (only for an indicator a
 * goal or practice relies on) and direction-against-indicator.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class IndicatorChecksTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	private TransformFile plan(String elements) {
		return workspace.file("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				""" + elements);
	}

	// ------------------------------------------------------------------ indicator-without-direction

	@Test
	public void anIndicatorThatDoesNotSayWhichDirectionIsBetterIsAnError() {
		TransformFile plan = plan("""
				indicator SalesCycle { unit days  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				""");
		workspace.assertError(workspace.element(plan, Indicator.class, "SalesCycle"), INDICATOR_WITHOUT_DIRECTION,
				"add 'better higher' or 'better lower'");
	}

	@Test
	public void betterHigherCountsAsWritten() {
		// higher is the enum's default value: only the text tells it from no direction at all
		TransformFile plan = plan("""
				indicator ConversionRate { better higher }
				""");
		workspace.assertNoIssue(plan, INDICATOR_WITHOUT_DIRECTION);
	}

	// ------------------------------------------------------------------ indicator-missing

	@Test
	public void aMissingIndicatorAGoalReliesOnIsAWarningOnItsStatus() {
		TransformFile plan = plan("""
				indicator MeetingsPerOffer { better lower  status missing }
				goal FewerMeetings { lower MeetingsPerOffer }
				""");
		var issue = workspace.assertWarning(workspace.element(plan, Indicator.class, "MeetingsPerOffer"), INDICATOR_MISSING,
				"does not exist yet (status missing)", "but goal 'FewerMeetings' relies on it", "create it");
		assertEquals(IndicatorChecks.FIX_STATUS, issue.getData()[0]);
	}

	@Test
	public void aMissingIndicatorNothingReliesOnIsNotReported() {
		TransformFile plan = plan("""
				indicator MeetingsPerOffer { better lower  status missing }
				""");
		workspace.assertNoIssue(plan, INDICATOR_MISSING);
	}

	@Test
	public void anIndicatorWithoutBaselineAPracticeReliesOnIsAWarning() {
		TransformFile plan = plan("""
				indicator SalesCycle { better lower  measured-by "Median days to signature" }
				practice SharedAccountPlans { lowers SalesCycle }
				""");
		var issue = workspace.assertWarning(workspace.element(plan, Indicator.class, "SalesCycle"), INDICATOR_MISSING,
				"has no baseline", "practice 'SharedAccountPlans' relies on it");
		assertEquals(IndicatorChecks.FIX_BASELINE, issue.getData()[0]);
	}

	@Test
	public void anIndicatorWithoutMeasuredByAGoalReliesOnIsAWarning() {
		TransformFile plan = plan("""
				indicator SalesCycle { better lower  baseline 94 on 2026-01-31 }
				goal CloseFaster { lower SalesCycle }
				""");
		var issue = workspace.assertWarning(workspace.element(plan, Indicator.class, "SalesCycle"), INDICATOR_MISSING,
				"does not say how it is measured", "add 'measured-by");
		assertEquals(IndicatorChecks.FIX_MEASURED_BY, issue.getData()[0]);
	}

	@Test
	public void anUnreliableIndicatorAGoalReliesOnIsAWarning() {
		TransformFile plan = plan("""
				indicator SalesCycle { better lower  status unreliable  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				goal CloseFaster { lower SalesCycle }
				practice SharedAccountPlans { lowers SalesCycle }
				""");
		workspace.assertWarning(workspace.element(plan, Indicator.class, "SalesCycle"), INDICATOR_MISSING,
				"status unreliable", "goal 'CloseFaster' and practice 'SharedAccountPlans' rely on it");
	}

	@Test
	public void anUnreliableIndicatorNothingReliesOnIsNotReported() {
		TransformFile plan = plan("""
				indicator SalesCycle { better lower  status unreliable }
				""");
		workspace.assertNoIssue(plan, INDICATOR_MISSING);
	}

	@Test
	public void aMeasuredIndicatorIsNotMissing() {
		TransformFile plan = plan("""
				indicator SalesCycle { better lower  status existing  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				goal CloseFaster { lower SalesCycle }
				""");
		workspace.assertNoIssue(plan, INDICATOR_MISSING);
	}

	@Test
	public void aGoalInAnotherFileMakesTheIndicatorReliedOn() {
		TransformFile indicators = workspace.file("indicators.transform", """
				plan SalesTransformation
				indicator SalesCycle { better lower  measured-by "Median days to signature" }
				""");
		workspace.file("goals.transform", """
				plan SalesTransformation
				goal CloseFaster { lower SalesCycle }
				""");
		workspace.assertWarning(workspace.element(indicators, Indicator.class, "SalesCycle"), INDICATOR_MISSING,
				"has no baseline", "goal 'SalesTransformation.CloseFaster' (goals.transform) relies on it");
	}

	// ------------------------------------------------------------------ direction-against-indicator

	@Test
	public void aGoalThatWorsensItsIndicatorIsAnError() {
		TransformFile plan = plan("""
				indicator SalesCycle { better lower }
				goal CloseFaster { raise SalesCycle to 120 }
				""");
		Goal goal = workspace.element(plan, Goal.class, "CloseFaster");
		workspace.assertError(goal.getMoves().get(0), DIRECTION_AGAINST_INDICATOR,
				"Goal 'CloseFaster' wants to raise 'SalesCycle', but lower is better", "write 'lower SalesCycle'");
	}

	@Test
	public void aPracticeThatWorsensOneOfItsIndicatorsIsAnErrorOnThatMoveOnly() {
		TransformFile plan = plan("""
				indicator SalesCycle { better lower }
				indicator ConversionRate { better higher }
				practice SharedAccountPlans { lowers SalesCycle, ConversionRate }
				""");
		Practice practice = workspace.element(plan, Practice.class, "SharedAccountPlans");
		workspace.assertError(practice.getMoves().get(0), DIRECTION_AGAINST_INDICATOR,
				"Practice 'SharedAccountPlans' lowers 'ConversionRate', but higher is better");
		assertEquals(1, workspace.issues(plan, DIRECTION_AGAINST_INDICATOR).size());
	}

	@Test
	public void movesInTheBetterDirectionAreFine() {
		TransformFile plan = plan("""
				indicator SalesCycle { better lower }
				indicator ConversionRate { better higher }
				goal CloseFaster { lower SalesCycle  raise ConversionRate }
				practice SharedAccountPlans { lowers SalesCycle  raises ConversionRate }
				""");
		workspace.assertNoIssue(plan, DIRECTION_AGAINST_INDICATOR);
	}

	@Test
	public void anIndicatorWithoutDirectionIsNotJudgedTwice() {
		TransformFile plan = plan("""
				indicator SalesCycle { unit days }
				goal CloseFaster { raise SalesCycle }
				""");
		workspace.assertNoIssue(plan, DIRECTION_AGAINST_INDICATOR);
		workspace.assertError(workspace.element(plan, Indicator.class, "SalesCycle"), INDICATOR_WITHOUT_DIRECTION);
	}
}
