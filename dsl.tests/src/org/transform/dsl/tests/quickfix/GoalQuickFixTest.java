package org.transform.dsl.tests.quickfix;

import static org.transform.dsl.validation.IssueCodes.GOAL_WITHOUT_PRACTICE;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Quick fix for goal-without-practice: a practice that moves the goal's indicator, owned by the goal's team. */
public class GoalQuickFixTest extends AbstractQuickFixTest {

	private static final String PLAN = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			indicator DiscountRate { better lower  measured-by "Average discount"  baseline 12 on 2026-01-31 }
			""";

	@Test
	void aPracticeThatMovesTheIndicatorFollowsTheGoal() {
		openPlan(PLAN + """
				goal ProtectMargin { owner Sales  lower DiscountRate to 10 }
				""");

		String fixed = applyFix("Add practice 'DiscountRatePractice' that lowers DiscountRate", GOAL_WITHOUT_PRACTICE);

		Assertions.assertEquals(PLAN + """
				goal ProtectMargin { owner Sales  lower DiscountRate to 10 }
				practice DiscountRatePractice "How DiscountRate will move" { owner Sales  lowers DiscountRate }
				""", fixed);
	}

	@Test
	void aMultiLineGoalGetsAMultiLinePracticeThatRaisesWhatItRaisesAfterABlankLineAsThePlanSpacesItsElements() {
		String plan = """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				import Acme.*
				indicator Conversion { better higher  measured-by "Won offers / issued offers"  baseline 20 on 2026-01-31 }

				goal WinMore {
				    raise Conversion to 30
				}
				""";
		openPlan(plan);

		String fixed = applyFix("Add practice 'ConversionPractice' that raises Conversion", GOAL_WITHOUT_PRACTICE);

		Assertions.assertEquals(plan + """

				practice ConversionPractice "How Conversion will move" {
				    raises Conversion
				}
				""", fixed);
	}
}
