package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.hasFinding;
import static org.transform.dsl.ui.tests.PlanWorkbench.markers;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.validation.IssueCodes;

/**
 * A picture of the editor showing a finding: the plan with a technology change deployed before its
 * indicator's baseline, the squiggle, the finding's hover, the Problems view and the Outline. Written under the tests'
 * output ({@code target/screenshots/editor.png}); with {@code -DupdateDocImages=true} also copied to
 * {@code docs/images/editor.png} for the README.
 */
public class ScreenshotTest {

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void theEditorShowingAFindingIsPhotographed() throws Exception {
		IProject project = PlanWorkbench.project("screenshot");
		PlanWorkbench.file(project, "acme.transform", ACME);
		String plan = PLAN + """

				change CrmAccountPlans "Account-plan module in the CRM" {
				    lever technology
				    supports SharedAccountPlans
				    owner Sales
				    from 2025-11
				}
				""";
		IFile file = PlanWorkbench.file(project, "plan.transform", plan);
		Shell shell = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1200, 800);
		PlanWorkbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		PlanWorkbench.page().showView(IPageLayout.ID_OUTLINE);
		ITextEditor editor = PlanWorkbench.open(file);
		editor.selectAndReveal(plan.indexOf("change CrmAccountPlans"), 0);
		waitFor("the finding in the editor", () -> hasFinding(editor, IssueCodes.TECHNOLOGY_BEFORE_INDICATOR), 10_000,
				() -> PlanWorkbench.findings(editor));
		waitFor("the finding in the Problems view", () -> !markers(file, IssueCodes.TECHNOLOGY_BEFORE_INDICATOR).isEmpty(), 15_000,
				() -> markers(file));
		PlanWorkbench.settle(1_500); // the Problems view refreshes on its own schedule
		PlanWorkbench.expandProblemGroups(PlanWorkbench.problemsTree());
		shell.layout(true, true);
		PlanWorkbench.settle(1_500);

		// the finding's hover, where the mouse over the change's name shows it
		int offset = plan.indexOf("CrmAccountPlans") + 3;
		TextViewer viewer = PlanWorkbench.viewer(editor);
		ITextHover hover = PlanWorkbench.planHover(editor, offset);
		IInformationControl control = ((ITextHoverExtension) hover).getHoverControlCreator().createInformationControl(shell);
		((IInformationControlExtension2) control).setInput(((ITextHoverExtension2) hover).getHoverInfo2(viewer, hover.getHoverRegion(viewer, offset)));
		Point size = control.computeSizeHint();
		control.setSize(size.x, size.y);
		StyledText text = viewer.getTextWidget();
		Point at = text.toDisplay(text.getLocationAtOffset(offset));
		control.setLocation(new Point(at.x, at.y + text.getLineHeight() + 2));
		control.setVisible(true);
		PlanWorkbench.settle(800);

		Path picture = Path.of(System.getProperty("transform.screenshots", "target/screenshots"), "editor.png");
		try {
			photograph(shell, picture);
		} finally {
			control.dispose();
		}
		assertTrue(Files.size(picture) > 10_000, "a picture of the workbench, not an empty image");
		if (Boolean.getBoolean("transform.updateDocImages")) {
			Path docs = Path.of(System.getProperty("transform.docImages"), "editor.png");
			Files.createDirectories(docs.getParent());
			Files.copy(picture, docs, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The shell's pixels as a PNG file. */
	static void photograph(Shell shell, Path file) throws Exception {
		Display display = shell.getDisplay();
		// the shell with its menu bar, down to the bottom of its client area (the status line)
		Rectangle shellBounds = shell.getBounds();
		Rectangle client = display.map(shell, null, shell.getClientArea());
		Rectangle bounds = new Rectangle(shellBounds.x, shellBounds.y, shellBounds.width, client.y + client.height - shellBounds.y);
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}
}
