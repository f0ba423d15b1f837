package org.transform.dsl.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.validation.IssueCodes.GOAL_WITHOUT_PRACTICE;
import static org.transform.dsl.validation.IssueCodes.INDICATOR_MISSING;

import java.nio.file.Path;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.validation.Workspace;

import com.google.inject.Inject;

/**
 * The plan analysis keeps each file's contribution until the file, or an element it refers to, changes:
 * a finding that depends on several files follows an edit in any of them, as a fresh analysis would.
 * Every test validates first (the contributions are made and kept), edits one file in place as the
 * editor and the language server do (a partial re-parse), and validates again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class FileContributionTest {

	private static final String METRICS = """
			plan Metrics
			indicator SalesCycle { better lower  measured-by "Median days to signature" }
			indicator WinRate { better higher  measured-by "Won over offered"  baseline 20 on 2026-03-01 }
			""";

	private static final String WAYS = """
			plan Ways
			import Metrics.*
			practice SharedAccountPlans { lowers SalesCycle }
			""";

	private static final String PLAN = """
			plan SalesTransformation
			import Metrics.*
			goal CloseFaster { lower SalesCycle to 60 }
			""";

	@Inject
	private Workspace workspace;

	private XtextResource metrics;
	private XtextResource ways;
	private XtextResource plan;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
		metrics = (XtextResource) workspace.file("metrics.transform", METRICS).eResource();
		ways = (XtextResource) workspace.file("ways.transform", WAYS).eResource();
		plan = (XtextResource) workspace.file("plan.transform", PLAN).eResource();
	}

	/** The findings with the code on the file as it now is. */
	private int findings(XtextResource resource, String code) {
		return workspace.issues(file(resource), code).size();
	}

	private static TransformFile file(XtextResource resource) {
		return (TransformFile) resource.getContents().get(0);
	}

	@Test
	public void aPracticeRemovedFromAnotherFileLeavesTheGoalWithoutOne() {
		assertEquals(0, findings(plan, GOAL_WITHOUT_PRACTICE));

		edit(ways, "lowers SalesCycle", "");
		assertEquals(1, findings(plan, GOAL_WITHOUT_PRACTICE), "the practice of ways.transform no longer moves SalesCycle");

		edit(ways, "{  }", "{ lowers SalesCycle }");
		assertEquals(0, findings(plan, GOAL_WITHOUT_PRACTICE), "the practice moves SalesCycle again");
	}

	@Test
	public void aGoalEditedToAnotherIndicatorFindsItWithoutPractice() {
		assertEquals(0, findings(plan, GOAL_WITHOUT_PRACTICE));

		edit(plan, "lower SalesCycle to 60", "raise WinRate to 30");
		assertEquals(1, findings(plan, GOAL_WITHOUT_PRACTICE), "no practice moves WinRate");

		edit(plan, "raise WinRate to 30", "lower SalesCycle to 50");
		assertEquals(0, findings(plan, GOAL_WITHOUT_PRACTICE));
	}

	/**
	 * The goal of plan.transform and the practice of ways.transform keep referring to the indicator's
	 * old element, which the re-parse of metrics.transform made a proxy: their contributions must be read
	 * again, else the new element would be relied on by nobody.
	 */
	@Test
	public void anIndicatorReparsedInItsFileIsStillReliedOnByTheOtherFiles() {
		Indicator before = workspace.element(file(metrics), Indicator.class, "SalesCycle");
		assertEquals(1, findings(metrics, INDICATOR_MISSING), "SalesCycle is relied on and has no baseline");

		edit(metrics, "Median days to signature", "Median days from offer to signature");
		Indicator after = workspace.element(file(metrics), Indicator.class, "SalesCycle");
		assertNotSame(before, after, "the edit re-parsed the indicator");
		assertTrue(before.eIsProxy(), "its old element is a proxy");
		assertEquals(1, findings(metrics, INDICATOR_MISSING), "the goal and the practice still rely on SalesCycle");
		assertEquals(0, findings(plan, GOAL_WITHOUT_PRACTICE), "the practice still moves the goal's indicator");

		edit(plan, "lower SalesCycle to 60", "raise WinRate to 30");
		edit(ways, "lowers SalesCycle", "raises WinRate");
		assertEquals(0, findings(metrics, INDICATOR_MISSING), "nothing relies on SalesCycle any more");
	}

	/** Replaces the first occurrence of the text in the file as an editor would: only the edited region is parsed again. */
	private static void edit(XtextResource resource, String text, String replacement) {
		String content = NodeModelUtils.getNode(resource.getContents().get(0)).getRootNode().getText();
		int at = content.indexOf(text);
		assertTrue(at >= 0, () -> "'" + text + "' is not in " + resource.getURI().lastSegment());
		resource.update(at, text.length(), replacement);
		assertEquals(0, resource.getErrors().size(), () -> resource.getURI().lastSegment() + " does not parse: " + resource.getErrors());
	}
}
