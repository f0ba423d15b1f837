package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.validation.Workspace;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Inject;

/**
 * The plan element a finding is on, by qualified name and kind, as the Eclipse Problems view's Element
 * column shows it (its icon is the kind's): the innermost named element around the finding, the plan
 * for the plan's own findings, a measurements block by its indicator's name.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class FindingElementTest {

	private static final String PLAN = """
			plan SalesTransformation { period 2027-12 to 2026-01 }
			import Acme.*
			indicator WinRate "Win rate" { unit percent }
			goal CloseFaster { owner Sales  lower NoSuchIndicator }
			change WeeklyReviews { owner Sales }
			measurements WinRate from "data/no-such-file.csv"
			""";

	@Inject
	private Workspace workspace;

	private TransformFile plan;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
		workspace.organization();
		plan = workspace.file("plan.transform", PLAN);
	}

	@Test
	public void aFindingOnAnIndicatorIsOnTheIndicatorByItsQualifiedName() {
		assertEquals(List.of("SalesTransformation.WinRate", "Indicator"), elementOf(IssueCodes.INDICATOR_WITHOUT_DIRECTION));
	}

	@Test
	public void aFindingInsideAnElementsClauseIsOnTheElementOfItsKind() {
		// the broken reference is in the goal's 'lower' clause (a GoalMove, which has no name): the goal is the element
		assertEquals(List.of("SalesTransformation.CloseFaster", "Goal"), elementOf(IssueCodes.BROKEN_REFERENCE, "NoSuchIndicator"));
		assertEquals(List.of("SalesTransformation.WeeklyReviews", "LeverChange"), elementOf(IssueCodes.CHANGE_WITHOUT_LEVER));
	}

	@Test
	public void thePlansOwnFindingIsOnThePlan() {
		assertEquals(List.of("SalesTransformation", "Plan"), elementOf(IssueCodes.DATES_OUT_OF_ORDER));
	}

	@Test
	public void aFindingOnAMeasurementsBlockIsOnItsIndicatorsNameAsAMeasurementsBlock() {
		// the block has no name of its own: it is named by the indicator it measures, with its own kind (and icon)
		assertEquals(List.of("SalesTransformation.WinRate", "Measurements"), elementOf(IssueCodes.MEASUREMENT_FILE));
	}

	@Test
	public void aMeasurementsBlockOfAnIndicatorThatDoesNotExistIsOnNoElement() {
		TransformFile broken = workspace.file("broken.transform", """
				plan Broken { period 2026-01 to 2027-12 }
				measurements NoSuchIndicator { 2026-02-28: 92 }
				""");
		List<Issue> found = workspace.issues(broken, IssueCodes.BROKEN_REFERENCE);
		assertEquals(1, found.size(), found::toString);
		Finding finding = Finding.of(found.get(0), broken.eResource());
		// named by an indicator that does not exist: no element (the Problems view's column stays empty)
		assertEquals(Arrays.asList(null, null), Arrays.asList(finding.element(), finding.elementKind()));
	}

	/** The element and its kind of the one finding with the code (whose message names the text, if given). */
	private List<String> elementOf(String code, String... named) {
		List<Issue> found = workspace.issues(plan, code).stream().filter(i -> named.length == 0 || i.getMessage().contains(named[0])).toList();
		assertEquals(1, found.size(), () -> "one '" + code + "' finding: " + found.stream().map(Issue::getMessage).toList());
		Finding finding = Finding.of(found.get(0), plan.eResource());
		return Arrays.asList(finding.element(), finding.elementKind());
	}
}
