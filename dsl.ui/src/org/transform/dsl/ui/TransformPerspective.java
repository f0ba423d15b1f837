package org.transform.dsl.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Transform perspective, the product's default: the projects on the left, the plan's outline on
 * the right, and below the editor the Problems view (the findings of every plan) beside the
 * Transform Diagram.
 */
public class TransformPerspective implements IPerspectiveFactory {

	public static final String ID = "org.transform.dsl.ui.perspective";
	public static final String DIAGRAM_VIEW = "org.transform.dsl.ui.diagramView";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout projects = layout.createFolder("projects", IPageLayout.LEFT, 0.22f, editors);
		projects.addView(PROJECT_EXPLORER);
		IFolderLayout findings = layout.createFolder("findings", IPageLayout.BOTTOM, 0.70f, editors);
		findings.addView(IPageLayout.ID_PROBLEM_VIEW);
		findings.addView(DIAGRAM_VIEW);
		findings.addPlaceholder(IPageLayout.ID_TASK_LIST);
		findings.addPlaceholder("org.eclipse.pde.runtime.LogView");
		IFolderLayout outline = layout.createFolder("outline", IPageLayout.RIGHT, 0.75f, editors);
		outline.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(DIAGRAM_VIEW);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addNewWizardShortcut("org.transform.dsl.ui.newPlan");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
