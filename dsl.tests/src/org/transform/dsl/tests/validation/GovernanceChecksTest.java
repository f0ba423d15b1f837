package org.transform.dsl.tests.validation;

import static org.transform.dsl.validation.IssueCodes.BOTTOM_UP_IGNORED;
import static org.transform.dsl.validation.IssueCodes.POLICY_WITHOUT_GOAL;
import static org.transform.dsl.validation.IssueCodes.REDUNDANT_TOOLS;

import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.Policy;
import org.transform.dsl.model.Tool;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;

/**
 * Governance of the landscape and of rules: redundant-tools (across the workspace),
 * bottom-up-ignored and policy-without-goal.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class GovernanceChecksTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	private TransformFile plan(String elements) {
		return workspace.file("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				goal CloseFaster { lower SalesCycle }
				practice SharedAccountPlans { lowers SalesCycle }
				""" + elements);
	}

	// ------------------------------------------------------------------ redundant-tools

	@Test
	public void oneToolPerCategoryIsFine() {
		TransformFile plan = plan("""
				tool Crm "Salesforce" { category crm }
				tool Wiki "Confluence" { category collaboration }
				""");
		workspace.assertNoIssue(plan, REDUNDANT_TOOLS);
	}

	@Test
	public void twoToolsOfOneCategoryAreBothWarnings() {
		TransformFile plan = plan("""
				tool Crm "Salesforce" { category crm }
				tool LegacyCrm "Siebel" { category crm }
				""");
		workspace.assertWarning(workspace.element(plan, Tool.class, "Crm"), REDUNDANT_TOOLS,
				"Tool 'Crm' is one of 2 'crm' tools (also 'LegacyCrm')", "rationalise the landscape");
		workspace.assertWarning(workspace.element(plan, Tool.class, "LegacyCrm"), REDUNDANT_TOOLS, "(also 'Crm')");
	}

	@Test
	public void twoToolsOfOneCategoryInTwoFilesAreWarningsInBothFiles() {
		TransformFile landscape = workspace.file("landscape.transform", """
				organization Acme
				tool Listening "Brandwatch" { category social-monitoring }
				""");
		TransformFile plan = plan("""
				tool Monitoring "Talkwalker" { category social-monitoring }
				""");
		workspace.assertWarning(workspace.element(landscape, Tool.class, "Listening"), REDUNDANT_TOOLS,
				"also 'SalesTransformation.Monitoring' (plan.transform)");
		workspace.assertWarning(workspace.element(plan, Tool.class, "Monitoring"), REDUNDANT_TOOLS,
				"also 'Acme.Listening' (landscape.transform)");
	}

	@Test
	public void categoriesAreComparedRegardlessOfCase() {
		TransformFile plan = plan("""
				tool Crm { category crm }
				tool LegacyCrm { category CRM }
				""");
		workspace.assertWarning(workspace.element(plan, Tool.class, "LegacyCrm"), REDUNDANT_TOOLS);
	}

	// ------------------------------------------------------------------ bottom-up-ignored

	@Test
	public void manyToolsOfOneCategoryEachNameAFewOthersAndCountTheRest() {
		StringBuilder tools = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			tools.append("tool Crm").append(i).append(" { category crm  adopted bottom-up }\n");
		}
		tools.append("tool Portal { category crm  adopted top-down }\n");
		tools.append("change PortalRollout { lever technology  supports SharedAccountPlans  from 2026-03  deploys Portal }\n");
		TransformFile plan = plan(tools.toString());
		workspace.assertWarning(workspace.element(plan, Tool.class, "Crm0"), REDUNDANT_TOOLS,
				"is one of 11 'crm' tools (also 'Crm1', 'Crm2', 'Crm3' and 7 more)");
		workspace.assertWarning(workspace.element(plan, Tool.class, "Crm5"), REDUNDANT_TOOLS, "(also 'Crm0', 'Crm1', 'Crm2' and 7 more)");
		workspace.assertInfo(workspace.element(plan, LeverChange.class, "PortalRollout"), BOTTOM_UP_IGNORED,
				"deploys 'Portal' although 'Crm0', 'Crm1', 'Crm2' and 7 more, also 'crm', were already adopted bottom-up");
	}

	@Test
	public void deployingANewToolBesideOneAdoptedBottomUpIsAnInfo() {
		TransformFile plan = plan("""
				tool Wiki "Team wiki" { category collaboration  adopted bottom-up }
				tool Intranet "Corporate portal" { category collaboration  adopted top-down }
				change PortalRollout { lever technology  supports SharedAccountPlans  from 2026-03  deploys Intranet }
				""");
		workspace.assertInfo(workspace.element(plan, LeverChange.class, "PortalRollout"), BOTTOM_UP_IGNORED,
				"deploys 'Intranet' although 'Wiki', also 'collaboration', was already adopted bottom-up", "look bottom-up");
	}

	@Test
	public void deployingTheToolThatWasAdoptedBottomUpIsFine() {
		TransformFile plan = plan("""
				tool Wiki "Team wiki" { category collaboration  adopted bottom-up }
				tool Intranet "Corporate portal" { category collaboration  adopted top-down }
				change WikiForAll { lever technology  supports SharedAccountPlans  from 2026-03  deploys Wiki }
				""");
		workspace.assertNoIssue(plan, BOTTOM_UP_IGNORED);
	}

	@Test
	public void deployingANewToolWhereNothingWasAdoptedBottomUpIsFine() {
		TransformFile plan = plan("""
				tool Wiki "Team wiki" { category collaboration }
				tool Intranet "Corporate portal" { category collaboration }
				change PortalRollout { lever technology  supports SharedAccountPlans  from 2026-03  deploys Intranet }
				""");
		workspace.assertNoIssue(plan, BOTTOM_UP_IGNORED);
	}

	@Test
	public void aToolAdoptedBottomUpInAnotherCategoryDoesNotCount() {
		TransformFile plan = plan("""
				tool Chat "Team chat" { category messaging  adopted bottom-up }
				tool Intranet "Corporate portal" { category collaboration }
				change PortalRollout { lever technology  supports SharedAccountPlans  from 2026-03  deploys Intranet }
				""");
		workspace.assertNoIssue(plan, BOTTOM_UP_IGNORED);
	}

	// ------------------------------------------------------------------ policy-without-goal

	@Test
	public void aPolicyThatServesNoGoalIsAWarning() {
		TransformFile plan = plan("""
				policy SocialGuidelines "Social media guidelines" { }
				""");
		workspace.assertWarning(workspace.element(plan, Policy.class, "SocialGuidelines"), POLICY_WITHOUT_GOAL,
				"serves no goal", "don't create a policy for policy's sake");
	}

	@Test
	public void aPolicyThatServesAGoalIsFine() {
		TransformFile plan = plan("""
				policy SocialGuidelines "Guidance, not policing" { serves CloseFaster }
				""");
		workspace.assertNoIssue(plan, POLICY_WITHOUT_GOAL);
	}
}
