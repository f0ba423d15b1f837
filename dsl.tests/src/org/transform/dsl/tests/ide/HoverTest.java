package org.transform.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Hovers read the plan analysis and answer in Markdown. */
public class HoverTest extends AbstractLanguageServiceTest {

	private static final String PLAN = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle "Sales cycle length" {
			    unit days  better lower  measured-by "Median days from first meeting to signature"
			    baseline 94 on 2026-01-31
			}
			indicator MeetingsPerOffer { better lower  measured-by "Meetings per offer"  baseline 5 on 2026-01-31 }
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
			goal BetterLeads { owner Commercial  lower MeetingsPerOffer to 3 by 2027-06 }
			goal FasterOffers { owner PreSales  lower SalesCycle to 70 }
			practice SharedAccountPlans "Account plans co-written" { owner Sales  lowers SalesCycle, MeetingsPerOffer }
			tool Crm "Salesforce" { category crm  used-by Sales }
			change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm }
			measurements SalesCycle { 2026-02-28: 92  2026-03-31: 88 }
			""";

	private static void contains(String hover, String... parts) {
		Assertions.assertNotNull(hover, "no hover");
		for (String part : parts) {
			assertTrue(hover.contains(part), () -> "expected '" + part + "' in the hover:\n" + hover);
		}
	}

	@Test
	void anIndicatorShowsItsNumbersTargetsProgressAndMovers() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		// hovering the reference in the goal shows the indicator
		String hover = hover(uri, after(PLAN, "lower Sales"));
		contains(hover, "**indicator SalesCycle** — Sales cycle length", "Measured by: Median days from first meeting to signature",
				"Unit: days", "Better: lower", "Baseline: 94 days on 2026-01-31", "Latest: 88 days on 2026-03-31",
				"Target: 60 days by 2027-06 (goal CloseFaster)", "Target: 70 days (goal FasterOffers)", 
				// progress toward every target, each against its own due date (the target's, else the plan's end)
				"Progress toward 60 (goal CloseFaster): 94 → 88 days, 18% of the way in 11% of the time: on track",
				"Progress toward 70 (goal FasterOffers): 94 → 88 days, 25% of the way in 8% of the time: on track",
				"Goals that move it: CloseFaster (lower), FasterOffers (lower)", "Practices that move it: SharedAccountPlans (lower)");
	}

	@Test
	void anIndicatorWithoutMeasurementsShowsNoProgress() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		String hover = hover(uri, after(PLAN, "indicator Meetings"));
		contains(hover, "Baseline: 5 on 2026-01-31", "Target: 3 by 2027-06 (goal BetterLeads)");
		assertTrue(!hover.contains("Progress") && !hover.contains("Latest"), hover);
	}

	@Test
	void aGoalShowsItsOwnerTargetsProgressAndThePracticesThatMoveItsIndicators() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		// on the goal's own name (the editor benchmark's hovers on goal names showed nothing: a goal had no hover)
		String hover = hover(uri, after(PLAN, "goal CloseFas"));
		contains(hover, "**goal CloseFaster** — Close deals faster", "Owner: Sales", "Lowers SalesCycle to 60 days by 2027-06",
				"Progress toward 60 (goal CloseFaster): 94 → 88 days, 18% of the way in 11% of the time: on track",
				"Practices that move its indicators: SharedAccountPlans (lower)");
		String withoutMeasurements = hover(uri, after(PLAN, "goal BetterLe"));
		contains(withoutMeasurements, "**goal BetterLeads**", "Owner: Commercial", "Lowers MeetingsPerOffer to 3 by 2027-06");
		assertTrue(!withoutMeasurements.contains("Progress"), withoutMeasurements);
	}

	@Test
	void aChangeShowsItsLeverAndItsTraceToTheGoals() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		String hover = hover(uri, after(PLAN, "change CrmAcc"));
		contains(hover, "**change CrmAccountPlans** — Account-plan module", "Lever: technology", "- practice SharedAccountPlans",
				"  - lowers indicator SalesCycle → goal CloseFaster, FasterOffers", "  - lowers indicator MeetingsPerOffer → goal BetterLeads",
				"Goals served: CloseFaster, FasterOffers, BetterLeads");
	}

	@Test
	void aTeamShowsItsGoalsAndThoseOfTheTeamsAroundIt() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		String hover = hover(uri, after(PLAN, "goal CloseFaster \"Close deals faster\" { owner Sal"));
		contains(hover, "**team Sales** — Field sales", "Goals it owns: CloseFaster",
				"Goals of the teams it is part of: BetterLeads (owned by Commercial)",
				"Goals of the teams that are part of it: FasterOffers (owned by PreSales)");
	}

	@Test
	void aFindingShowsTheRuleItBreaksExplained() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		// the technology change has no training change for its practice: technology-without-training
		String hover = hover(uri, after(PLAN, "change CrmAcc"));
		contains(hover, "**change CrmAccountPlans**", "---", "**technology-without-training** (warning, quick fix in the editor)",
				"Training is the most overlooked part of the process", "Follows it:", "change CrmTraining");
	}

	@Test
	void aFindingOffTheElementsNameShowsTheRuleOverTheFindingsRange() {
		String plan = PLAN + "tool Hub \"HubSpot\" { category crm  used-by Sales }\n";
		String uri = openWorkspace("plan.transform", plan, "acme.transform", ACME);
		// two CRM tools: redundant-tools on the second one's category, not on its name
		String hover = hover(uri, after(plan, "tool Hub \"HubSpot\" { category c"));
		contains(hover, "**redundant-tools**");
		assertTrue(!hover.contains("**tool Hub**") && !hover.contains("---"), hover);
		// elsewhere off a name, where no finding is: no hover
		String none = hover(uri, after(PLAN, "unit d"));
		assertTrue(none == null || none.isBlank(), none);
	}

	@Test
	void anElementWithoutFindingsShowsNoRule() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		String hover = hover(uri, after(PLAN, "indicator Meetings"));
		assertTrue(!hover.contains("Breaks the rule") && !hover.contains("---"), hover);
	}
}
