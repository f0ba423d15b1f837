package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.TransformPerspective;
import org.transform.dsl.ui.outline.QuickOutlinePopup;

/** The product as a new user finds it: its perspective, the Quick Outline popup. */
public class ProductTest {

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void theTransformPerspectiveShowsProblemsNotTasksAndIsTheProductsDefault() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(TransformPerspective.ID, window);
		page.resetPerspective();

		IViewPart problems = page.findView(IPageLayout.ID_PROBLEM_VIEW);
		assertNotNull(problems, "the Problems view is in the perspective");
		assertTrue(page.isPartVisible(problems), "and shown");
		assertNull(page.findView(IPageLayout.ID_TASK_LIST), "no Tasks view");
		assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "the Outline");

		Path customization = Path.of(System.getProperty("transform.docImages"), "..", "..", "releng", "branding", "plugin_customization.ini");
		assertTrue(Files.readAllLines(customization).contains("org.eclipse.ui/defaultPerspectiveId=" + TransformPerspective.ID),
				"the product opens in it: " + customization);
	}

	@Test
	public void quickOutlineHasNoTitleBarAndItsHintIsWhole() throws Exception {
		IProject project = PlanWorkbench.project("quick-outline-popup");
		PlanWorkbench.file(project, "acme.transform", ACME);
		ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN));
		PlanWorkbench.page().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.transform.dsl.ui.quickOutline", null);
		waitFor("the quick outline", () -> PlanWorkbench.popupItems().contains("CloseFaster — goal Close deals faster"), 10_000,
				PlanWorkbench::popupItems);

		Shell popup = PlanWorkbench.popupText().getShell();
		assertEquals(0, popup.getStyle() & (SWT.RESIZE | SWT.TITLE), "no style that makes the window manager add a title bar");
		Label hint = findLabel(popup, QuickOutlinePopup.HINT);
		assertNotNull(hint, "the hint at the popup's foot");
		int needed = hint.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		assertTrue(hint.getSize().x >= needed, "the hint is not cut: " + hint.getSize().x + " of " + needed + " pixels");
	}

	private static Label findLabel(Control control, String text) {
		if (control instanceof Label label && text.equals(label.getText())) {
			return label;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Label found = findLabel(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
