package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.validation.TransformValidator;

import com.google.inject.Inject;

/**
 * Whole plans: one built the way the essays say, over an organization file, has not a single
 * finding; one caught half-typed has findings, but no check crashes on it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class WholePlanTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	@Test
	public void aRealisticPlanHasNoFindings() {
		TransformFile organization = workspace.file("acme.transform", """
				organization Acme "Acme Corp"
				team Commercial "Commercial division" { size 120 }
				team Sales "Field sales" { part-of Commercial  size 40 }
				team PreSales "Pre-sales engineering" { part-of Sales  size 12 }
				team Marketing "Marketing" { part-of Commercial  size 15 }
				team Support "Customer support" { size 30 }
				""");
		workspace.data("data/sales-cycle.csv", """
				date,value
				# exported from the CRM every month
				2026-02-28,92
				2026-03-31,90
				""");
		TransformFile plan = workspace.file("sales.transform", """
				plan SalesTransformation "Shorter sales cycles" { period 2026-01 to 2027-12 }
				import Acme.*

				indicator SalesCycle "Sales cycle length" {
				    unit days  better lower  cadence monthly  status existing
				    measured-by "Median days from first meeting to signature"  source "CRM"
				    baseline 94 on 2026-01-31
				}
				indicator ConversionRate "Offers won" {
				    unit "%"  better higher  cadence quarterly
				    measured-by "Won offers divided by issued offers"
				    baseline 22 on 2026-01-31
				}
				indicator CustomerSatisfaction "Customer satisfaction" {
				    unit points  better higher  cadence quarterly
				    measured-by "Quarterly NPS survey"
				    baseline 31 on 2026-01-15
				    opposes SalesCycle
				}

				goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06  deadline 2027-12 }
				goal WinMore "Win more offers" { owner PreSales  raise ConversionRate to 30 by 2027-06 }
				goal KeepCustomersHappy "Happier customers" { owner Support  raise CustomerSatisfaction to 40 }

				practice SharedAccountPlans "Account plans co-written by sales and pre-sales" {
				    owner Sales, PreSales
				    lowers SalesCycle  raises ConversionRate
				}

				practice CallBack "Support calls back after every escalation" {
				    owner Support
				    raises CustomerSatisfaction
				}

				change CallBackRota "A call-back rota in support" { lever organization  supports CallBack  owner Support  from 2026-03 }
				change WeeklyPlanReviews "Managers review account plans, not pipeline reports" {
				    lever leadership  supports SharedAccountPlans  owner Sales  from 2026-03
				}
				change AccountPlanTraining "Writing account plans together" {
				    lever training  supports SharedAccountPlans  owner Sales, PreSales  from 2026-08 to 2026-10
				}
				change CrmAccountPlans "Account-plan module in the CRM" {
				    lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm
				}

				tool Crm "Salesforce" { category crm  used-by Sales, PreSales, Marketing }
				tool Listening "Social listening" { category social-monitoring  used-by Marketing  adopted bottom-up  integrates-with Crm }

				channel SalesLinkedIn "Sales on LinkedIn" { kind linkedin  serves CloseFaster  maintained-by Marketing  feeds Crm }

				policy SocialGuidelines "Guidance, not policing" { serves CloseFaster  owner Marketing }

				measurements SalesCycle from "data/sales-cycle.csv" { 2026-04-30: 88 }
				measurements ConversionRate { 2026-03-31: 23.5  2026-06-30: 24 }
				""");
		workspace.assertNoIssues(organization, plan);
	}

	@Test
	public void aPlanCaughtHalfTypedGetsFindingsButNoCheckCrashes() {
		workspace.organization();
		TransformFile plan = workspace.fileAsTyped("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				import Acme.*
				indicator SalesCycle { better lower  baseline 94 on 2026-01-31  opposes SalesCycle }
				goal CloseFaster { owner Sales  lower SalesCycle to
				goal Nothing { }
				practice SharedAccountPlans { lowers }
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  deploys Crm  from 2026-
				tool Crm { category crm  integrates-with Crm }
				channel SalesLinkedIn { feeds Crm  serves }
				measurements SalesCycle from "data/sales-cycle.csv" { 2026-02-28: }
				measurements Unknown { 2026-03-31: 1 }
				measurements
				""");
		List<Issue> issues = workspace.validate(plan);
		assertFalse(issues.isEmpty());
		assertTrue(issues.stream().noneMatch(i -> TransformValidator.INTERNAL_ERROR.equals(i.getCode())), () -> issues.toString());
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.GOAL_WITHOUT_INDICATOR.equals(i.getCode())), "checks still run");
	}

	@Test
	public void aFileThatIsNoTransformTextAtAllGetsSyntaxErrorsOnly() {
		TransformFile file = workspace.fileAsTyped("notes.transform", "date,value\n2026-02-28,92\n");
		List<Issue> issues = workspace.validate(file);
		assertFalse(issues.isEmpty());
		assertTrue(issues.stream().allMatch(i -> i.isSyntaxError()), () -> issues.toString());
	}
}
