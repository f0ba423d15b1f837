package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.builder.TransformNature;
import org.transform.dsl.ui.editor.PlanReconciler;
import org.transform.dsl.ui.preferences.TransformPreferences;

/** Window → Preferences → Transform: the validation delay, generation on save, the output folder. */
public class PreferencesTest {

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(TransformPreferences.QUALIFIER);
	}

	@AfterEach
	void defaults() throws Exception {
		preferences().clear();
		PlanWorkbench.closeEditors();
	}

	@Test
	public void thePageIsUnderTransformWithTheDefaults() {
		IPreferenceNode page = PlatformUI.getWorkbench().getPreferenceManager().find("org.transform.dsl.ui.preferences");
		assertNotNull(page, "Window → Preferences → Transform");
		assertEquals("Transform", page.getLabelText());
		assertEquals(150, TransformPreferences.validationDelay());
		assertTrue(TransformPreferences.generateOnSave());
		assertEquals("transform-gen", TransformPreferences.outputFolder());
	}

	@Test
	public void theEditorChecksThePlanAfterTheValidationDelay() {
		assertEquals(150, new PlanReconciler().delay(), "the default");
		preferences().putInt(TransformPreferences.VALIDATION_DELAY, 700);
		assertEquals(700, new PlanReconciler().delay(), "as set");
	}

	@Test
	public void withNoValidationDelayAnOpenedPlanIsCheckedAtOnce() throws Exception {
		preferences().putInt(TransformPreferences.VALIDATION_DELAY, 0);
		IProject project = PlanWorkbench.project("no-delay");
		PlanWorkbench.file(project, "acme.transform", ACME);
		ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN.replace("owner Sales", "owner Nobody")));
		// JFace's reconciler would wait for a first keystroke on a delay of 0
		waitFor("the findings of the opened plan, without typing", () -> !PlanWorkbench.findings(editor).isEmpty(), 20_000,
				() -> PlanWorkbench.findings(editor));
	}

	@Test
	public void theDiagramsGoToTheOutputFolder() throws Exception {
		preferences().put(TransformPreferences.OUTPUT_FOLDER, "generated/plans");
		IProject project = PlanWorkbench.project("output-folder");
		PlanWorkbench.file(project, "acme.transform", ACME);
		PlanWorkbench.file(project, "plan.transform", PLAN);
		TransformNature.addLater(project);
		IFile impactMap = project.getFile("generated/plans/diagrams/SalesTransformation-impact-map.svg");
		waitFor("the impact map in the output folder", impactMap::exists, 20_000, () -> project.getFolder("generated").exists());
		assertFalse(project.getFolder("transform-gen").exists(), "not in the default folder");
	}

	@Test
	public void withoutGenerationOnSaveTheBuilderOnlyChecks() throws Exception {
		preferences().putBoolean(TransformPreferences.GENERATE_ON_SAVE, false);
		IProject project = PlanWorkbench.project("no-generation");
		PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN + "\nindicator WinRate \"Win rate\" { unit percent }\n");
		TransformNature.addLater(project);
		waitFor("the plan checked", () -> !PlanWorkbench.markers(plan).isEmpty(), 20_000, () -> PlanWorkbench.markers(plan));
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		assertFalse(project.getFolder("transform-gen").exists(), "no diagrams written");
	}

	@Test
	public void anOutputFolderOutsideTheProjectIsRefusedWithAReason() {
		assertNull(TransformPreferences.outputFolderProblem("generated/plans"));
		assertTrue(TransformPreferences.outputFolderProblem("../elsewhere").contains("inside the project"));
		assertTrue(TransformPreferences.outputFolderProblem("/tmp/x").contains("relative to the project"));
		assertTrue(TransformPreferences.outputFolderProblem(" ").contains("Name the project folder"));
	}
}
