package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.document;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
}
