package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.markers;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.builder.TransformNature;
import org.transform.dsl.ui.wizard.NewPlanWizard;
import org.transform.dsl.ui.wizard.PlanTemplate;

/** File → New → Transform plan writes a plan the validator finds nothing in, and enables the builder. */
public class NewPlanWizardTest {

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void theWizardCreatesAValidPlanAndEnablesTheBuilder() throws Exception {
		IProject project = PlanWorkbench.project("wizard");
		NewPlanWizard wizard = new NewPlanWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		WizardNewFileCreationPage page = (WizardNewFileCreationPage) wizard.getPage("newPlan");
		page.setFileName("sales plan-2027.transform");
		assertTrue(wizard.canFinish(), "a folder and a file name are all the wizard needs");
		assertTrue(wizard.performFinish());
		dialog.close();

		IFile file = project.getFile("sales plan-2027.transform");
		assertTrue(file.exists());
		assertTrue(TransformNature.has(project), "the wizard enables the Transform builder");
		String text = new String(file.getContents().readAllBytes(), file.getCharset());
		assertTrue(text.contains("plan SalesPlan2027 \"SalesPlan2027\" {\n    period " + YearMonth.now() + " to " + YearMonth.now().plusMonths(23)),
				text);

		assertEquals(List.of(), ThreeFaces.freshCore(ThreeFaces.location(project)).getOrDefault(file.getName(), List.of()),
				"the starting plan has no findings");
		assertEquals("sales plan-2027.transform", PlanWorkbench.page().getActiveEditor().getEditorInput().getName(), "the plan is opened");
		PlanWorkbench.settle(1_500);
		waitFor("the build to leave no marker", () -> markers(file).isEmpty(), 10_000, () -> markers(file));
	}

	@Test
	public void aFileNameBecomesAPlanName() {
		assertEquals("SalesPlan2027", PlanTemplate.planName("sales plan-2027.transform"));
		assertEquals("Plan2027", PlanTemplate.planName("2027.transform"));
		assertEquals("Roadmap", PlanTemplate.planName("roadmap.transform"));
	}
}
