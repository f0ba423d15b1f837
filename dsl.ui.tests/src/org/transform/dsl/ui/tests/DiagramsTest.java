package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.document;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.ui.diagram.TransformDiagramView;

/** The builder writes the plans' diagrams; the Transform Diagram view shows the active plan's impact map. */
public class DiagramsTest {

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void theBuilderWritesThePlansDiagramsIntoADerivedFolder() throws Exception {
		IProject project = PlanWorkbench.project("generated");
		PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN);
		PlanWorkbench.open(plan);
		IFolder diagrams = project.getFolder("transform-gen/diagrams");
		IFile impactMap = diagrams.getFile("SalesTransformation-impact-map.svg");
		waitFor("the impact map written by the builder", impactMap::exists, 20_000,
				() -> PlanWorkbench.markers(plan));
		// the file exists as soon as the builder creates it, before its content is written: the build ends first
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
		assertTrue(diagrams.getFile("SalesTransformation-impact-map.png").exists(), "PNG beside the SVG");
		assertTrue(project.getFolder("transform-gen").isDerived(), "generated output is derived");
		String svg = new String(impactMap.getContents().readAllBytes(), impactMap.getCharset());
		assertTrue(svg.startsWith("<svg") && svg.contains("CloseFaster"), "the plan's goal is on its impact map");
		assertEquals(0, Arrays.stream(diagrams.members()).filter(r -> r.getName().startsWith("Acme")).count(),
				"an organization file has no diagrams");
	}

	@Test
	public void theDiagramViewShowsTheActivePlanAndDrawsItAgainOnSave() throws Exception {
		IProject project = PlanWorkbench.project("diagram-view");
		PlanWorkbench.file(project, "acme.transform", ACME);
		ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN));
		TransformDiagramView view = (TransformDiagramView) PlanWorkbench.page().showView(TransformDiagramView.ID);
		PlanWorkbench.page().activate(editor);
		waitFor("the impact map", () -> view.image() != null, 20_000, view::statusText);
		assertEquals("Impact map of SalesTransformation (plan.transform)", view.statusText());
		int width = view.image().getBounds().width;
		assertTrue(width > 100, "a picture, " + width + " pixels wide");

		int drawings = view.drawings();
		PlanWorkbench.type(editor, document(editor).getLength(), """

				goal WinMore "Win more deals" {
				    owner Sales
				    lower SalesCycle to 50 by 2027-09
				}
				""");
		editor.doSave(null);
		waitFor("the impact map drawn again after saving", () -> view.drawings() > drawings && view.image() != null, 20_000,
				view::statusText);
	}

	@Test
	public void theDiagramViewShowsEachKindZoomsFitsStartsAtTheTopAndGoesToADoubleClickedElement() throws Exception {
		IProject project = PlanWorkbench.project("diagram-kinds");
		PlanWorkbench.file(project, "acme.transform", ACME);
		ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN));
		TransformDiagramView view = (TransformDiagramView) PlanWorkbench.page().showView(TransformDiagramView.ID);
		PlanWorkbench.page().activate(editor);
		waitFor("the impact map", () -> view.image() != null, 20_000, view::statusText);

		List<String> kinds = Arrays.stream(view.getViewSite().getActionBars().getMenuManager().getItems())
				.filter(ActionContributionItem.class::isInstance).map(i -> ((ActionContributionItem) i).getAction().getText()).toList();
		assertEquals(List.of("Impact map", "Team alignment", "Roadmap", "Tool landscape"), kinds, "the four diagrams, from the view's menu");
		for (DiagramKind kind : DiagramKind.values()) {
			view.showKind(kind);
			waitFor(kind.title(), () -> view.statusText().equals(kind.title() + " of SalesTransformation (plan.transform)"), 20_000,
					view::statusText);
		}

		view.showKind(DiagramKind.IMPACT_MAP);
		waitFor("the impact map again", () -> view.statusText().startsWith("Impact map") && view.image() != null, 20_000, view::statusText);
		Rectangle drawn = view.shownAndAvailable()[0];
		view.zoomBy(+1);
		assertEquals(1.25, view.zoom(), 1e-9);
		assertEquals(Math.round(drawn.width * 1.25), view.shownAndAvailable()[0].width, 1, "zoomed in");
		view.zoomBy(-2);
		assertEquals(0.75, view.zoom(), 1e-9);
		view.fitToView();
		Rectangle[] fitted = view.shownAndAvailable();
		assertTrue(fitted[0].width <= fitted[1].width && fitted[0].height <= fitted[1].height,
				"the whole picture, title and legend included, in the view: " + fitted[0] + " in " + fitted[1]);

		assertFalse(view.legendPinned(), "the picture's own legend is in view");
		view.setZoom(4);
		view.scrollTo(0, 400);
		assertTrue(view.origin().y > 0, "scrolled down");
		assertTrue(view.legendPinned(), "zoomed in and scrolled down, the legend stays in view above the picture");
		view.scrollTo(0, 0);
		assertFalse(view.legendPinned(), "back at the top, the picture's own legend shows");
		view.scrollTo(0, 400);
		view.showKind(DiagramKind.ROADMAP);
		waitFor("the roadmap shown from its top", () -> view.statusText().startsWith("Roadmap") && view.origin().y == 0, 20_000,
				() -> view.statusText() + " at " + view.origin());

		view.showKind(DiagramKind.IMPACT_MAP);
		waitFor("the impact map again", () -> view.statusText().startsWith("Impact map"), 20_000, view::statusText);
		view.setZoom(1);
		Rectangle goal = view.drawnAt("SalesTransformation.CloseFaster");
		assertTrue(goal != null && goal.width > 0, "the goal is drawn: " + goal);
		assertEquals("SalesTransformation.CloseFaster", view.elementAt(goal.x + goal.width / 2, goal.y + goal.height / 2));
		assertTrue(view.revealAt(goal.x + goal.width / 2, goal.y + goal.height / 2), "double-click goes to the goal");
		assertEquals("CloseFaster", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());
	}
}
