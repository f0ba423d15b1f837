package org.transform.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.transform.dsl.ui.PlanIcons;
import org.transform.dsl.ui.builder.TransformNature;

/** File → New → Transform plan: a folder and a file name; writes a small valid plan, enables the Transform builder, opens the plan. */
public class NewPlanWizard extends BasicNewResourceWizard {

	public static final String ID = "org.transform.dsl.ui.newPlan";

	private WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle("New Transform Plan");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("newPlan", getSelection()) {
			@Override
			protected InputStream getInitialContents() {
				String text = PlanTemplate.text(PlanTemplate.planName(getFileName()), YearMonth.now());
				return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Transform plan");
		page.setImageDescriptor(PlanIcons.descriptor(PlanIcons.WIZARD_BANNER));
		page.setDescription("A plan with an indicator, a goal, a practice and a lever change to start from.");
		page.setFileExtension("transform");
		page.setFileName("plan.transform");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			file.getWorkspace().run(monitor -> TransformNature.add(file.getProject(), monitor), file.getWorkspace().getRoot(), 0, null);
		} catch (CoreException e) {
			ILog.of(getClass()).warn("The Transform builder could not be enabled on " + file.getProject().getName() + ": " + e);
		}
		selectAndReveal(file);
		IWorkbenchPage workbenchPage = getWorkbench().getActiveWorkbenchWindow() == null ? null
				: getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (workbenchPage != null) {
			try {
				IDE.openEditor(workbenchPage, file);
			} catch (PartInitException e) {
				ILog.of(getClass()).warn("Could not open " + file.getName() + ": " + e);
			}
		}
		return true;
	}
}
