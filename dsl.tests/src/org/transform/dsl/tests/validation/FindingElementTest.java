package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.validation.FindingElement;
import org.transform.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/**
 * The plan element a finding is on, by qualified name and kind, as the Problems view's Element column
 * shows it: the innermost element around the finding, the header for the plan's own findings, a
 * measurements block by its indicator, nothing on an import.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class FindingElementTest {

	private static final String PLAN = """
			plan SalesTransformation { period 2027-12 to 2026-01 }
			import Acme.*
			indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
			indicator WinRate "Win rate" { unit percent }
			goal CloseFaster { owner Sales  lower NoSuchIndicator }
			change WeeklyReviews { owner Sales }
			measurements SalesCycle { 2026-02-28: 92 }
			measurements Unknown { 2026-02-28: 92 }
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
		assertEquals(Optional.of(new FindingElement("SalesTransformation.WinRate", "Indicator")), elementOf(IssueCodes.INDICATOR_WITHOUT_DIRECTION));
	}

	@Test
	public void aFindingInsideAnElementsClauseIsOnTheElement() {
		// the broken reference is in the goal's 'lower' clause (a GoalMove): the goal is the element
		assertEquals(Optional.of(new FindingElement("SalesTransformation.CloseFaster", "Goal")), elementOf(IssueCodes.BROKEN_REFERENCE, "NoSuchIndicator"));
		assertEquals(Optional.of(new FindingElement("SalesTransformation.WeeklyReviews", "LeverChange")), elementOf(IssueCodes.CHANGE_WITHOUT_LEVER));
	}

	@Test
	public void thePlansOwnFindingIsOnThePlan() {
		assertEquals(Optional.of(new FindingElement("SalesTransformation", "Plan")), elementOf(IssueCodes.DATES_OUT_OF_ORDER));
	}

	@Test
	public void measurementsGoByTheIndicatorTheyMeasureAsWrittenWhenItIsUnknown() {
		assertEquals(Optional.of(new FindingElement("SalesTransformation.SalesCycle", "Measurements")), at("92 }"));
		assertEquals(Optional.of(new FindingElement("Unknown", "Measurements")), elementOf(IssueCodes.BROKEN_REFERENCE, "Unknown"));
	}

	@Test
	public void anImportIsNoElement() {
		assertEquals(Optional.empty(), at("import"));
	}

	/** The element of the one finding with the code (whose message names the text, if given). */
	private Optional<FindingElement> elementOf(String code, String... named) {
		List<Issue> found = workspace.issues(plan, code).stream().filter(i -> named.length == 0 || i.getMessage().contains(named[0])).toList();
		assertEquals(1, found.size(), () -> "one '" + code + "' finding: " + found);
		return FindingElement.at(resource(), found.get(0).getOffset());
	}

	private Optional<FindingElement> at(String text) {
		return FindingElement.at(resource(), PLAN.indexOf(text));
	}

	private XtextResource resource() {
		return (XtextResource) plan.eResource();
	}
}
