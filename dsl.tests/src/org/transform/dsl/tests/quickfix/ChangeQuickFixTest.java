package org.transform.dsl.tests.quickfix;

import static org.transform.dsl.validation.IssueCodes.CHANGE_WITHOUT_LEVER;
import static org.transform.dsl.validation.IssueCodes.TECHNOLOGY_BEFORE_INDICATOR;
import static org.transform.dsl.validation.IssueCodes.TECHNOLOGY_WITHOUT_TRAINING;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.transform.dsl.model.LeverKind;

/** Quick fixes for lever changes: change-without-lever, technology-before-indicator, technology-without-training. */
public class ChangeQuickFixTest extends AbstractQuickFixTest {

	/** A measured indicator, a goal on it and a practice that moves it, led by a leadership change. */
	private static final String PLAN = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
			goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
			practice SharedAccountPlans { owner Sales  lowers SalesCycle }
			change WeeklyReviews { lever leadership  supports SharedAccountPlans  owner Sales  from 2026-02 }
			tool Crm "Salesforce" { category crm  used-by Sales }
			""";

	// ------------------------------------------------------------------ change-without-lever

	@Test
	void everyLeverIsOffered() {
		openPlan(PLAN + """
				change AccountPlanCoaching { supports SharedAccountPlans  owner Sales  from 2026-03 }
				""");

		List<String> expected = Arrays.stream(LeverKind.values()).map(l -> "Pull the " + l + " lever: add 'lever " + l + "'").sorted()
				.toList();
		Assertions.assertEquals(expected, titles(finding(CHANGE_WITHOUT_LEVER)));
	}

	@ParameterizedTest
	@EnumSource(LeverKind.class)
	void theChosenLeverIsAddedAsTheLastClause(LeverKind lever) {
		openPlan(PLAN + """
				change AccountPlanCoaching "Coaching on account plans" {
				    supports SharedAccountPlans  owner Sales  from 2026-03
				}
				""");

		String fixed = applyFix("Pull the " + lever + " lever: add 'lever " + lever + "'", CHANGE_WITHOUT_LEVER);

		Assertions.assertEquals(PLAN + """
				change AccountPlanCoaching "Coaching on account plans" {
				    supports SharedAccountPlans  owner Sales  from 2026-03
				    lever %s
				}
				""".formatted(lever), fixed);
	}

	// ------------------------------------------------------------------ technology-before-indicator

	@Test
	void aTechnologyChangeStartingBeforeTheBaselineStartsOnTheBaselineDate() {
		String plan = PLAN.replace("baseline 94 on 2026-01-31", "baseline 94 on 2026-06-30") + """
				change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans  owner Sales  from 2026-03 to 2026-12  deploys Crm }
				change CrmTraining { lever training  supports SharedAccountPlans  owner Sales  from 2026-07 }
				""";
		openPlan(plan);

		String fixed = applyFix("Start on 2026-06-30, once the baseline is taken", TECHNOLOGY_BEFORE_INDICATOR, "before-baseline");

		Assertions.assertEquals(plan.replace("from 2026-03 to 2026-12", "from 2026-06-30 to 2026-12"), fixed);
	}

	@Test
	void aTechnologyChangeEndingBeforeTheBaselineIsNotMoved() {
		openPlan(PLAN.replace("baseline 94 on 2026-01-31", "baseline 94 on 2026-06-30") + """
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-03 to 2026-05  deploys Crm }
				change CrmTraining { lever training  supports SharedAccountPlans  owner Sales  from 2026-03 }
				""");

		assertNoFix(TECHNOLOGY_BEFORE_INDICATOR, "before-baseline");
	}

	@Test
	void aTechnologyChangeWithoutPracticeGetsNoFix() {
		openPlan(PLAN + """
				change CrmAccountPlans { lever technology  owner Sales  from 2026-03  deploys Crm }
				""");

		assertNoFix(TECHNOLOGY_BEFORE_INDICATOR, "no-practice");
	}

	// ------------------------------------------------------------------ technology-without-training

	@Test
	void aTrainingChangeFollowsAOneLineTechnologyChange() {
		openPlan(PLAN + """
				change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm }
				""");

		String fixed = applyFix("Add training change 'CrmAccountPlansTraining' for the same practices and teams", TECHNOLOGY_WITHOUT_TRAINING);

		Assertions.assertEquals(PLAN + """
				change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm }
				change CrmAccountPlansTraining "Training for Account-plan module" { lever training  supports SharedAccountPlans  owner Sales  from 2026-09 }
				""", fixed);
	}

	/** Issue 13.3: an element without a name (a measurements block) made the fix fail, silently. */
	@Test
	void aTrainingChangeIsOfferedInAPlanWithMeasurements() {
		String measured = PLAN + """
				measurements SalesCycle {
				    2026-02-28: 90
				}
				change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm }
				""";
		openPlan(measured);

		String fixed = applyFix("Add training change 'CrmAccountPlansTraining' for the same practices and teams", TECHNOLOGY_WITHOUT_TRAINING);

		Assertions.assertEquals(measured + """
				change CrmAccountPlansTraining "Training for Account-plan module" { lever training  supports SharedAccountPlans  owner Sales  from 2026-09 }
				""", fixed);
	}

	@Test
	void aTrainingChangeIsLaidOutLikeItsTechnologyChangeUnderAFreeName() {
		String before = """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				import Acme.*

				indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
				practice SharedAccountPlans { owner Sales  lowers SalesCycle }
				practice QualifiedOpportunities { owner PreSales  lowers SalesCycle }
				change CrmAccountPlansTraining "Coaching" { lever skills  supports SharedAccountPlans, QualifiedOpportunities  owner Sales }

				change CrmAccountPlans {
					lever technology
					supports SharedAccountPlans, QualifiedOpportunities
					owner Sales, PreSales
					from 2026-09  // after the pilot
					deploys Crm
				}

				tool Crm "Salesforce" { category crm  used-by Sales }
				""";
		openPlan(before);

		String fixed = applyFix("Add training change 'CrmAccountPlansTraining2' for the same practices and teams", TECHNOLOGY_WITHOUT_TRAINING);

		Assertions.assertEquals(before.replace("""
					deploys Crm
				}
				""", """
					deploys Crm
				}

				change CrmAccountPlansTraining2 "Training for CrmAccountPlans" {
					lever training  supports SharedAccountPlans, QualifiedOpportunities  owner Sales, PreSales  from 2026-09
				}
				"""), fixed);
	}
}
