package org.transform.dsl.tests.ide;

import org.junit.jupiter.api.Assertions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Content assist: keywords in place, references of the right type only, lever kinds, dates. */
public class ContentAssistTest extends AbstractLanguageServiceTest {

	private static final String PLAN = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle { better lower  measured-by "Median days"  baseline 94 on 2026-01-31 }
			goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
			practice SharedAccountPlans { owner Sales  lowers SalesCycle }
			tool Crm "Salesforce" { category crm  used-by Sales }
			change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm }
			""";

	/** The plan with the text inserted after the marker, opened; proposals at the end of the insertion. */
	private List<String> proposalsAfter(String marker, String inserted) {
		return proposalsAfter(PLAN, marker, inserted);
	}

	private List<String> proposalsAfter(String plan, String marker, String inserted) {
		int offset = plan.indexOf(marker) + marker.length();
		String text = plan.substring(0, offset) + inserted + plan.substring(offset);
		String uri = openWorkspace("plan.transform", text, "acme.transform", ACME);
		return completionLabels(uri, position(text, offset + inserted.length()));
	}

	private static final List<String> ELEMENT_NAMES = List.of("SalesCycle", "CloseFaster", "SharedAccountPlans", "Crm",
			"CrmAccountPlans", "Sales", "Commercial", "PreSales", "Marketing");

	private static List<String> names(List<String> labels) {
		return labels.stream().filter(l -> ELEMENT_NAMES.stream().anyMatch(n -> l.equals(n) || l.endsWith("." + n))).toList();
	}

	@Test
	void supportsOffersPracticesOnly() {
		List<String> names = names(proposalsAfter("change CrmAccountPlans {", " supports "));
		Assertions.assertEquals(List.of("SharedAccountPlans"), names.stream().filter(n -> !n.contains(".")).toList(), () -> "offered " + names);
		assertTrue(names.stream().allMatch(n -> n.endsWith("SharedAccountPlans")), () -> "offered " + names);
	}

	@Test
	void ownerOffersTeamsOnly() {
		List<String> names = names(proposalsAfter("practice SharedAccountPlans {", " owner "));
		assertTrue(names.containsAll(List.of("Sales", "Commercial", "PreSales", "Marketing")), () -> "offered " + names);
		assertTrue(names.stream().allMatch(n -> List.of("Sales", "Commercial", "PreSales", "Marketing").stream()
				.anyMatch(t -> n.equals(t) || n.endsWith("." + t))), () -> "offered " + names);
	}

	/** Issue 13.5: an imported element was offered twice, by its simple and by its qualified name. */
	@Test
	void eachElementIsOfferedOnceByTheShortestNameThatReachesIt() {
		List<String> imported = names(proposalsAfter("practice SharedAccountPlans {", " owner "));
		Assertions.assertEquals(List.of("Commercial", "Marketing", "PreSales", "Sales"), imported.stream().sorted().toList(),
				() -> "offered " + imported);

		List<String> notImported = names(proposalsAfter(PLAN.replace("import Acme.*\n", ""), "practice SharedAccountPlans {", " owner "));
		Assertions.assertEquals(List.of("Acme.Commercial", "Acme.Marketing", "Acme.PreSales", "Acme.Sales"), notImported.stream().sorted().toList(),
				() -> "offered " + notImported);
	}

	@Test
	void deploysOffersToolsOnly() {
		List<String> names = names(proposalsAfter("change CrmAccountPlans {", " deploys "));
		assertTrue(names.contains("Crm"), () -> "offered " + names);
		assertTrue(names.stream().allMatch(n -> n.endsWith("Crm")), () -> "offered " + names);
	}

	@Test
	void leverOffersTheEightKinds() {
		List<String> labels = proposalsAfter("change CrmAccountPlans {", " lever ");
		Assertions.assertEquals(List.of("leadership", "organization", "skills", "job", "training", "governance", "policy", "technology")
				.stream().sorted().toList(), labels.stream().sorted().toList());
	}

	@Test
	void keywordsOfTheBlockAreOffered() {
		List<String> labels = proposalsAfter("indicator SalesCycle {", " ");
		assertTrue(labels.containsAll(List.of("unit", "better", "cadence", "measured-by", "source", "status", "baseline", "opposes",
				"description")), () -> "offered " + labels);
		assertTrue(!labels.contains("lever") && !labels.contains("supports"), () -> "offered " + labels);
	}

	@Test
	void todayAndThisMonthAreProposedWhereADateGoes() {
		List<String> dates = List.of("2026-11-24", "2026-11");
		assertTrue(proposalsAfter("change CrmAccountPlans {", " from ").containsAll(dates), "after from");
		assertTrue(proposalsAfter("goal CloseFaster {", " deadline ").containsAll(dates), "after deadline");
		assertTrue(proposalsAfter("goal CloseFaster {", " raise SalesCycle to 1 by ").containsAll(dates), "after by");
		assertTrue(proposalsAfter("indicator SalesCycle {", " baseline 3 on ").containsAll(dates), "after on");
		assertTrue(proposalsAfter("plan SalesTransformation {", " period ").containsAll(dates), "after period");
		assertTrue(proposalsAfter("deploys Crm }\n", "measurements SalesCycle { 2026-02-28: 92 ").containsAll(dates),
				"in a measurements block");
	}

	@Test
	void proposalsStillComeWithASyntaxErrorElsewhere() {
		String broken = PLAN + "goal Broken { owner ??? lower }\n";
		List<String> names = names(proposalsAfter(broken, "change CrmAccountPlans {", " supports "));
		assertTrue(names.contains("SharedAccountPlans"), () -> "offered " + names);
	}

	@Test
	void datesStillComeWithASyntaxErrorElsewhere() {
		String broken = PLAN + "goal Broken { owner ??? lower }\n";
		List<String> dates = proposalsAfter(broken, "goal CloseFaster {", " deadline ");
		assertTrue(dates.contains("2026-11-24"), () -> "offered " + dates);
	}
}
