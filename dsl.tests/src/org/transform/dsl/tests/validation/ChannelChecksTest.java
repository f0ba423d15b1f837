package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.validation.IssueCodes.CHANNEL_WITHOUT_GOAL_OR_MAINTAINER;
import static org.transform.dsl.validation.IssueCodes.SOCIAL_SILO;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Channel;
import org.transform.dsl.model.Tool;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.validation.ChannelChecks;

import com.google.inject.Inject;

/**
 * Social is another channel, not a silo: channel-without-goal-or-maintainer and social-silo (for
 * channels and for social tools, with the CRM link in either direction).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ChannelChecksTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	private TransformFile plan(String elements) {
		workspace.organization();
		return workspace.file("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				import Acme.*
				indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				goal CloseFaster { owner Sales  lower SalesCycle }
				tool Crm "Salesforce" { category crm }
				""" + elements);
	}

	// ------------------------------------------------------------------ channel-without-goal-or-maintainer

	@Test
	public void aChannelThatServesNoGoalIsAnError() {
		TransformFile plan = plan("""
				channel SalesLinkedIn { kind linkedin  maintained-by Marketing  feeds Crm }
				""");
		var issue = workspace.assertError(workspace.element(plan, Channel.class, "SalesLinkedIn"), CHANNEL_WITHOUT_GOAL_OR_MAINTAINER,
				"serves no goal", "add 'serves <goal>'");
		assertEquals(ChannelChecks.FIX_GOAL, issue.getData()[0]);
	}

	@Test
	public void aChannelNobodyMaintainsIsAnError() {
		TransformFile plan = plan("""
				channel SalesLinkedIn { kind linkedin  serves CloseFaster  feeds Crm }
				""");
		var issue = workspace.assertError(workspace.element(plan, Channel.class, "SalesLinkedIn"), CHANNEL_WITHOUT_GOAL_OR_MAINTAINER,
				"has no one to maintain it", "add 'maintained-by <team>'");
		assertEquals(ChannelChecks.FIX_MAINTAINER, issue.getData()[0]);
	}

	@Test
	public void aChannelWithNeitherGetsBothErrors() {
		TransformFile plan = plan("""
				channel SalesTwitter { kind twitter  feeds Crm }
				""");
		Channel channel = workspace.element(plan, Channel.class, "SalesTwitter");
		List<Issue> issues = workspace.issues(plan, CHANNEL_WITHOUT_GOAL_OR_MAINTAINER);
		assertEquals(2, issues.size());
		assertTrue(issues.stream().allMatch(i -> workspace.problemOf(i) == channel && i.getSeverity() == Severity.ERROR));
		assertEquals(List.of(ChannelChecks.FIX_GOAL, ChannelChecks.FIX_MAINTAINER), issues.stream().map(i -> i.getData()[0]).toList());
	}

	@Test
	public void aChannelWithAGoalAndAMaintainerIsFine() {
		TransformFile plan = plan("""
				channel SalesLinkedIn { kind linkedin  serves CloseFaster  maintained-by Marketing  feeds Crm }
				""");
		// the plan around the channel is a sketch (its goal's indicator has no practice yet): only the channel is judged here
		workspace.assertNoIssue(plan, CHANNEL_WITHOUT_GOAL_OR_MAINTAINER);
		workspace.assertNoIssue(plan, SOCIAL_SILO);
	}

	// ------------------------------------------------------------------ social-silo

	@Test
	public void aChannelThatFeedsNothingIsASilo() {
		TransformFile plan = plan("""
				channel SalesLinkedIn { kind linkedin  serves CloseFaster  maintained-by Marketing }
				""");
		workspace.assertWarning(workspace.element(plan, Channel.class, "SalesLinkedIn"), SOCIAL_SILO,
				"feeds no CRM", "add 'feeds <CRM tool>'");
	}

	@Test
	public void aChannelThatFeedsOnlyOtherToolsIsASilo() {
		TransformFile plan = plan("""
				tool Wiki { category collaboration }
				channel SalesLinkedIn { kind linkedin  serves CloseFaster  maintained-by Marketing  feeds Wiki }
				""");
		workspace.assertWarning(workspace.element(plan, Channel.class, "SalesLinkedIn"), SOCIAL_SILO,
				"feeds 'Wiki', but no CRM");
	}

	@Test
	public void aChannelThatFeedsACrmInAnotherFileIsFine() {
		workspace.file("landscape.transform", """
				organization Landscape
				tool Hubspot { category crm }
				""");
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Landscape.*
				channel SalesLinkedIn { kind linkedin  feeds Hubspot }
				""");
		workspace.assertNoIssue(plan, SOCIAL_SILO);
	}

	@Test
	public void aSocialToolNotIntegratedWithACrmIsASilo() {
		TransformFile plan = plan("""
				tool Listening "Social listening" { category social-monitoring }
				""");
		workspace.assertWarning(workspace.element(plan, Tool.class, "Listening"), SOCIAL_SILO,
				"Social tool 'Listening' is not integrated with a CRM", "'integrates-with <CRM tool>'");
	}

	@Test
	public void aSocialToolIntegratedWithTheCrmIsFine() {
		TransformFile plan = plan("""
				tool Listening "Social listening" { category social-monitoring  integrates-with Crm }
				""");
		workspace.assertNoIssue(plan, SOCIAL_SILO);
	}

	@Test
	public void aCrmIntegratedWithTheSocialToolIsFineToo() {
		workspace.file("landscape.transform", """
				organization Landscape
				tool Hubspot { category crm  integrates-with SalesTransformation.Community }
				""");
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				tool Community "Customer community" { category community }
				""");
		workspace.assertNoIssue(plan, SOCIAL_SILO);
	}

	@Test
	public void aSocialToolIntegratedWithAnotherSocialToolOnlyIsASilo() {
		TransformFile plan = plan("""
				tool Listening { category social-monitoring  integrates-with Community }
				tool Community { category community  integrates-with Crm }
				""");
		workspace.assertWarning(workspace.element(plan, Tool.class, "Listening"), SOCIAL_SILO);
		assertEquals(1, workspace.issues(plan, SOCIAL_SILO).size());
	}

	@Test
	public void aToolThatIsNotSocialNeedsNoCrm() {
		TransformFile plan = plan("""
				tool Wiki { category collaboration }
				""");
		workspace.assertNoIssue(plan, SOCIAL_SILO);
	}
}
