package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transform.dsl.validation.IssueCodes.REPEATED_CLAUSE;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;

/** repeated-clause: a clause that holds one value, written twice, would silently keep only the last. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ClauseChecksTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	private TransformFile plan(String elements) {
		return workspace.file("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				team Sales
				indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
				practice SharedAccountPlans { lowers SalesCycle }
				""" + elements);
	}

	@Test
	public void aSecondLeverCannotHideATechnologyChange() {
		TransformFile plan = plan("""
				change CrmAccountPlans { lever technology lever leadership  supports SharedAccountPlans  owner Sales  from 2026-09 }
				""");
		Issue issue = workspace.assertError(workspace.element(plan, LeverChange.class, "CrmAccountPlans"), REPEATED_CLAUSE,
				"'lever' is written more than once in change 'CrmAccountPlans'", "only the last one written would count");
		String text = NodeModelUtils.getNode(plan).getRootNode().getText();
		assertEquals(text.lastIndexOf("lever"), issue.getOffset().intValue(), "the finding is on the second 'lever'");
	}

	@Test
	public void aSecondDirectionCannotFlipAnIndicator() {
		TransformFile plan = plan("""
				indicator WinRate { better lower better higher  measured-by "Won / offered" }
				""");
		workspace.assertError(workspace.element(plan, Indicator.class, "WinRate"), REPEATED_CLAUSE, "'better' is written more than once");
	}

	@Test
	public void aRepeatedPeriodInThePlanHeaderIsAnError() {
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12  period 2025-01 to 2025-12 }
				""");
		assertEquals(1, workspace.issues(plan, REPEATED_CLAUSE).size(), () -> workspace.validate(plan).toString());
	}

	@Test
	public void clausesThatHoldListsMayBeRepeated() {
		TransformFile plan = plan("""
				practice Coaching { lowers SalesCycle }
				change WeeklyReviews { lever leadership  supports SharedAccountPlans  supports Coaching  owner Sales  from 2026-03 }
				""");
		workspace.assertNoIssue(plan, REPEATED_CLAUSE);
	}

	@Test
	public void eachClauseWrittenOnceIsFine() {
		TransformFile plan = plan("""
				change WeeklyReviews "Managers review account plans" {
				    lever leadership
				    supports SharedAccountPlans
				    owner Sales
				    from 2026-03 to 2026-12
				    description "Weekly"
				}
				""");
		workspace.assertNoIssue(plan, REPEATED_CLAUSE);
	}

	@Test
	public void threeTimesIsOneFinding() {
		TransformFile plan = plan("""
				change Crm { lever technology lever training lever leadership  supports SharedAccountPlans  owner Sales  from 2026-09 }
				""");
		List<Issue> found = workspace.issues(plan, REPEATED_CLAUSE);
		assertEquals(1, found.size(), found::toString);
	}
}
