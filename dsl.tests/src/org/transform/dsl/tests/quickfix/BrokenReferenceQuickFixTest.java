package org.transform.dsl.tests.quickfix;

import static org.transform.dsl.validation.IssueCodes.BROKEN_REFERENCE;

import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Quick fixes for broken-reference: change to a name the finding suggests, or declare what is missing. */
public class BrokenReferenceQuickFixTest extends AbstractQuickFixTest {

	private static final String HEADER = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			""";

	private static final String MEASURED = """
			indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
			""";

	@Test
	void aMisspelledTeamIsCorrectedOrDeclared() {
		openPlan(HEADER + MEASURED + """
				goal CloseFaster { owner Sals  lower SalesCycle }
				""");

		Assertions.assertEquals(List.of("Change to 'Sales'", "Create team 'Sals'"), titles(finding(BROKEN_REFERENCE)));
	}

	/** Issue 13.3: an element without a name (a measurements block) made the fixes fail, silently. */
	@Test
	void aMisspelledTeamIsCorrectedOrDeclaredInAPlanWithMeasurements() {
		openPlan(HEADER + MEASURED + """
				measurements SalesCycle {
				    2026-02-28: 90
				}
				goal CloseFaster { owner Sals  lower SalesCycle }
				""");

		Assertions.assertEquals(List.of("Change to 'Sales'", "Create team 'Sals'"), titles(finding(BROKEN_REFERENCE)));
	}

	@Test
	void changeToTheSuggestedNameReplacesOnlyTheReference() {
		openPlan(HEADER + MEASURED + """
				goal CloseFaster { owner Sals  lower SalesCycle }
				""");

		String fixed = applyFix("Change to 'Sales'", BROKEN_REFERENCE);

		Assertions.assertEquals(HEADER + MEASURED + """
				goal CloseFaster { owner Sales  lower SalesCycle }
				""", fixed);
	}

	@Test
	void aMissingTeamIsDeclaredAtTheEndOfThePlan() {
		openPlan(HEADER + MEASURED + """
				goal CloseFaster { owner Sals  lower SalesCycle }
				""");

		String fixed = applyFix("Create team 'Sals'", BROKEN_REFERENCE);

		Assertions.assertEquals(HEADER + MEASURED + """
				goal CloseFaster { owner Sals  lower SalesCycle }
				team Sals
				""", fixed);
	}

	@Test
	void aMissingIndicatorIsDeclaredWithTheDirectionTheGoalWants() {
		String plan = HEADER + MEASURED + """
				goal WinMore { owner Sales  raise WinRate }""";
		openPlan(plan);

		String fixed = applyFix("Create indicator 'WinRate'", BROKEN_REFERENCE);

		Assertions.assertEquals(plan + "\nindicator WinRate { better higher }", fixed);
	}

	@Test
	void aMissingPracticeIsDeclared() {
		openPlan(HEADER + MEASURED + """
				change WeeklyReviews { lever leadership  supports AccountPlans  owner Sales }
				""");

		String fixed = applyFix("Create practice 'AccountPlans'", BROKEN_REFERENCE);

		Assertions.assertEquals(HEADER + MEASURED + """
				change WeeklyReviews { lever leadership  supports AccountPlans  owner Sales }
				practice AccountPlans
				""", fixed);
	}

	@Test
	void aMissingToolIsDeclared() {
		openPlan(HEADER + """
				tool Erp "SAP" { category erp  integrates-with Crm }
				""");

		String fixed = applyFix("Create tool 'Crm'", BROKEN_REFERENCE);

		Assertions.assertEquals(HEADER + """
				tool Erp "SAP" { category erp  integrates-with Crm }
				tool Crm
				""", fixed);
	}

	@Test
	void aMissingGoalIsDeclaredMovingAnIndicatorTheRightWay() {
		openPlan(HEADER + MEASURED + """
				policy SocialGuidelines { serves BetterService  owner Marketing }
				""");

		String fixed = applyFix("Create goal 'BetterService'", BROKEN_REFERENCE);

		Assertions.assertEquals(HEADER + MEASURED + """
				policy SocialGuidelines { serves BetterService  owner Marketing }
				goal BetterService { lower SalesCycle }
				""", fixed);
	}

	@Test
	void aQualifiedNameIsOnlyCorrectedNotDeclaredHere() {
		openPlan(HEADER + MEASURED + """
				goal CloseFaster { owner Acme.Sals  lower SalesCycle }
				""");

		Assertions.assertEquals(List.of("Change to 'Acme.Sales'"), titles(finding(BROKEN_REFERENCE)));
	}
}
