package org.transform.dsl.ui.tests;

import static org.transform.dsl.ui.tests.PlanWorkbench.findings;
import static org.transform.dsl.ui.tests.PlanWorkbench.hasFinding;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.validation.IssueCodes;

/**
 * Measurement files in an Eclipse project: a plan's {@code platform:/resource} file reads a CSV file
 * of its project (the project is its workspace), and a path that leaves the project is refused in
 * the editor as on the command line.
 */
public class MeasurementFilesTest {

	private static final String PLAN = """
			plan Sales { period 2026-01 to 2027-12 }
			indicator Cycle { unit days  better lower  measured-by "Median days"  baseline 94 on 2026-01-31 }
			measurements Cycle from "%s"
			""";

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void aCsvFileOfTheProjectIsReadAndItsRowsChecked() throws Exception {
		IProject project = PlanWorkbench.project("measured");
		project.getFolder("data").create(true, true, null);
		project.getFolder("plans").create(true, true, null);
		PlanWorkbench.file(project, "data/cycle.csv", "2026-02-28,92\n2031-01-31,60\n");
		IFile plan = PlanWorkbench.file(project, "plans/plan.transform", PLAN.formatted("../data/cycle.csv"));
		ITextEditor editor = PlanWorkbench.open(plan);
		waitFor("the row outside the plan's period", () -> hasFinding(editor, IssueCodes.MEASUREMENT_OUT_OF_RANGE), 15_000,
				() -> findings(editor));
		waitFor("no measurement-file error", () -> !hasFinding(editor, IssueCodes.MEASUREMENT_FILE), 5_000, () -> findings(editor));
	}

	@Test
	public void aPathLeavingTheProjectIsRefused() throws Exception {
		IProject project = PlanWorkbench.project("confined");
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN.formatted("../../etc/passwd"));
		ITextEditor editor = PlanWorkbench.open(plan);
		waitFor("the measurement-file error", () -> hasFinding(editor, IssueCodes.MEASUREMENT_FILE), 15_000, () -> findings(editor));
		waitFor("no row of the file quoted", () -> findings(editor).stream().noneMatch(f -> f.getText().contains("root:")), 1_000,
				() -> findings(editor));
	}
}
