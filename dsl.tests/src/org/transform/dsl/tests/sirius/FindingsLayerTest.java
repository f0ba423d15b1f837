package org.transform.dsl.tests.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.transform.dsl.workspace.Finding;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.sirius.editing.PlanEditing;
import org.transform.dsl.sirius.editing.PlanFindings;
import org.transform.dsl.tests.TransformInjectorProvider;

/**
 * The findings layer of the Sirius diagrams decorates each element with the findings the editor shows on it — the
 * same validation, the same codes — and its filters keep the elements that have some. A finding inside an element
 * (a goal's move) is the element's.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class) // the language registered, as in Eclipse (tests reset the registries)
public class FindingsLayerTest {

	private static final String PLAN = "sales.transform";

	@TempDir
	Path folder;

	private final PlanFindings findings = new PlanFindings();

	@Test
	public void anElementCarriesTheFindingsTheEditorShowsOnItAndWhatItContains() {
		SiriusSession session = new SiriusSession(folder).open(PLAN, """
				plan Acme
				indicator SalesCycle { unit days better lower measured-by "CRM" baseline 94 on 2026-01-31 }
				goal CloseFaster { raise SalesCycle }
				practice SharedAccountPlans { lowers SalesCycle }
				""");
		EObject goal = session.element(PLAN, "CloseFaster");
		EObject practice = session.element(PLAN, "SharedAccountPlans");
		EObject indicator = session.element(PLAN, "SalesCycle");

		assertEquals(List.of("direction-against-indicator"), codes(goal));
		assertTrue(findings.hasFinding(goal, "error"));
		assertFalse(findings.hasFinding(goal, "warning"));
		assertTrue(findings.findingsText(goal).startsWith("error direction-against-indicator: "), findings.findingsText(goal));

		assertEquals(List.of("practice-without-indicator"), codes(practice));
		assertTrue(findings.hasFinding(practice, "warning"));

		assertFalse(findings.hasFindings(indicator));
		assertEquals("", findings.findingsText(indicator));
	}

	@Test
	public void theDecorationsFollowAnEditOfThePlan() {
		SiriusSession session = new SiriusSession(folder).open(PLAN, """
				plan Acme
				indicator SalesCycle { unit days better lower measured-by "CRM" baseline 94 on 2026-01-31 }
				practice AccountPlans { lowers SalesCycle }
				""");
		// a practice moves the indicator, so that the goal aimed at it is sound (goal-without-practice)
		EObject goal = new PlanEditing().newElement(session.file(PLAN), "Goal");
		assertEquals(List.of("goal-without-indicator"), codes(goal));

		new PlanEditing().connect(goal, session.element(PLAN, "SalesCycle"), "aims");

		assertFalse(findings.hasFindings(goal), findings.findingsText(goal));
	}

	private List<String> codes(EObject element) {
		return findings.findings(element).stream().map(Finding::code).toList();
	}
}
