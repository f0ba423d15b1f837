package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.markers;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.markers.MarkerItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.PlanIcons;
import org.transform.dsl.ui.builder.TransformNature;
import org.transform.dsl.ui.problems.ElementField;
import org.transform.dsl.ui.workspace.Findings;
import org.transform.dsl.validation.IssueCodes;

/**
 * The Problems view names the plan element each finding is on, in an Element column after its own:
 * the element's icon (the outline's) and its qualified name.
 */
public class ProblemsViewTest {

	/** An indicator that does not say which direction is better: a finding on the indicator. */
	private static final String UNDIRECTED = "\nindicator WinRate \"Win rate\" { unit percent }\n";

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void theProblemsViewKeepsItsColumnsAndShowsTheElementColumnAfterThem() throws Exception {
		Tree tree = PlanWorkbench.problemsTree();
		List<String> headers = Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList();
		// the view makes a column for each field it shows, none for a hidden one
		assertEquals(List.of("Description", "Resource", "Path", "Location", "Type", "Element"), headers, "the view's own columns, then Element");
	}

	@Test
	public void aFindingOnAnIndicatorShowsTheIndicatorsIconAndQualifiedName() throws Exception {
		IProject project = PlanWorkbench.project("problems-element");
		PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN + UNDIRECTED);
		TransformNature.addLater(project);
		waitFor("the marker", () -> !markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).isEmpty(), 15_000, () -> markers(plan));

		IMarker marker = markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).get(0);
		assertEquals("SalesTransformation.WinRate", marker.getAttribute(Findings.ELEMENT, null), "the element, by its qualified name");
		assertEquals("Indicator", marker.getAttribute(Findings.ELEMENT_KIND, null), "its kind");

		ElementField field = new ElementField();
		MarkerItem item = itemOf(marker);
		assertEquals("SalesTransformation.WinRate", field.getValue(item));
		assertNotNull(PlanIcons.of("indicator"));
		assertEquals(PlanIcons.of("indicator"), field.getImage(item), "the outline's indicator icon");

		Tree tree = PlanWorkbench.problemsTree();
		int column = Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList().indexOf("Element");
		waitFor("the finding's row in the Problems view",
				() -> PlanWorkbench.problemRows(tree).stream().anyMatch(row -> row.getText(0).startsWith(IssueCodes.INDICATOR_WITHOUT_DIRECTION)), 15_000,
				() -> PlanWorkbench.problemRows(tree).stream().map(row -> row.getText(0)).toList());
		TreeItem row = PlanWorkbench.problemRows(tree).stream().filter(r -> r.getText(0).startsWith(IssueCodes.INDICATOR_WITHOUT_DIRECTION)).findFirst()
				.orElseThrow();
		assertEquals("SalesTransformation.WinRate", row.getText(column), "the Element column's text");
		assertEquals(PlanIcons.of("indicator"), row.getImage(column), "the Element column's icon");
	}

	/** The Problems view's item for the marker, as the field sees it. */
	private static MarkerItem itemOf(IMarker marker) {
		return new MarkerItem() {
			@Override
			public IMarker getMarker() {
				return marker;
			}

			@Override
			public String getAttributeValue(String attribute, String defaultValue) {
				return marker.getAttribute(attribute, defaultValue);
			}
		};
	}
}
