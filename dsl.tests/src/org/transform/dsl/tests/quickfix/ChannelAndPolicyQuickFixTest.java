package org.transform.dsl.tests.quickfix;

import static org.transform.dsl.validation.IssueCodes.CHANNEL_WITHOUT_GOAL_OR_MAINTAINER;
import static org.transform.dsl.validation.IssueCodes.POLICY_WITHOUT_GOAL;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.transform.dsl.validation.ChannelChecks;

/** Quick fixes for channel-without-goal-or-maintainer and policy-without-goal: the first goal or team in scope. */
public class ChannelAndPolicyQuickFixTest extends AbstractQuickFixTest {

	private static final String PLAN = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
			goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
			goal ShorterCycles { owner Marketing  lower SalesCycle }
			tool Crm "Salesforce" { category crm }
			""";

	@Test
	void aChannelWithoutGoalServesTheFirstGoal() {
		openPlan(PLAN + """
				channel SalesLinkedIn "Sales on LinkedIn" { kind linkedin  maintained-by Marketing  feeds Crm }
				""");

		String fixed = applyFix("Add 'serves CloseFaster'", CHANNEL_WITHOUT_GOAL_OR_MAINTAINER, ChannelChecks.FIX_GOAL);

		Assertions.assertEquals(PLAN + """
				channel SalesLinkedIn "Sales on LinkedIn" { kind linkedin  maintained-by Marketing  feeds Crm  serves CloseFaster }
				""", fixed);
	}

	@Test
	void aChannelWithoutMaintainerIsMaintainedByTheFirstTeam() {
		openPlan(PLAN + """
				channel SalesLinkedIn "Sales on LinkedIn" {
				    kind linkedin
				    serves CloseFaster
				    feeds Crm
				}
				""");

		String fixed = applyFix("Add 'maintained-by Commercial'", CHANNEL_WITHOUT_GOAL_OR_MAINTAINER, ChannelChecks.FIX_MAINTAINER);

		Assertions.assertEquals(PLAN + """
				channel SalesLinkedIn "Sales on LinkedIn" {
				    kind linkedin
				    serves CloseFaster
				    feeds Crm
				    maintained-by Commercial
				}
				""", fixed);
	}

	@Test
	void aChannelGetsNoGoalWhenThePlanHasNone() {
		openPlan("""
				plan SalesTransformation { period 2026-01 to 2027-12 }
				import Acme.*
				tool Crm "Salesforce" { category crm }
				channel SalesLinkedIn { kind linkedin  maintained-by Marketing  feeds Crm }
				""");

		assertNoFix(CHANNEL_WITHOUT_GOAL_OR_MAINTAINER, ChannelChecks.FIX_GOAL);
	}

	@Test
	void aPolicyWithoutGoalServesTheFirstGoal() {
		openPlan(PLAN + """
				policy SocialGuidelines "Guidance, not policing" { owner Marketing }
				""");

		String fixed = applyFix("Add 'serves CloseFaster'", POLICY_WITHOUT_GOAL);

		Assertions.assertEquals(PLAN + """
				policy SocialGuidelines "Guidance, not policing" { owner Marketing  serves CloseFaster }
				""", fixed);
	}

	@Test
	void aPolicyWithoutBracesGetsThem() {
		openPlan(PLAN + """
				policy SocialGuidelines "Guidance, not policing"
				""");

		String fixed = applyFix("Add 'serves CloseFaster'", POLICY_WITHOUT_GOAL);

		Assertions.assertEquals(PLAN + """
				policy SocialGuidelines "Guidance, not policing" { serves CloseFaster }
				""", fixed);
	}
}
