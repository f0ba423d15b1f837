package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transform.dsl.validation.IssueCodes.BROKEN_REFERENCE;
import static org.transform.dsl.validation.IssueCodes.CHANGE_WITHOUT_LEVER;
import static org.transform.dsl.validation.IssueCodes.GOAL_WITHOUT_INDICATOR;
import static org.transform.dsl.validation.IssueCodes.PRACTICE_WITHOUT_INDICATOR;
import static org.transform.dsl.validation.IssueCodes.TECHNOLOGY_BEFORE_INDICATOR;
import static org.transform.dsl.validation.IssueCodes.TECHNOLOGY_ONLY;
import static org.transform.dsl.validation.IssueCodes.TECHNOLOGY_WITHOUT_TRAINING;

import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;

/**
 * The plan's spine, goal → indicator → practice → change with technology last:
 * goal-without-indicator, practice-without-indicator, technology-only, change-without-lever,
 * technology-before-indicator and technology-without-training.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class TraceabilityChecksTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	/** A plan whose one practice moves SalesCycle (baseline 2026-03-15), aimed at by CloseFaster; the changes vary. */
	private TransformFile plan(String changes) {
		workspace.organization();
		return workspace.file("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				import Acme.*
				indicator SalesCycle { unit days  better lower  measured-by "Median days to signature"  baseline 94 on 2026-03-15 }
				goal CloseFaster { owner Sales  lower SalesCycle to 60 }
				practice SharedAccountPlans { owner Sales  lowers SalesCycle }
				tool Crm { category crm }
				""" + changes);
	}

	// ------------------------------------------------------------------ goal-without-indicator

	@Test
	public void aGoalThatMovesNoIndicatorIsAnError() {
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				goal CloseFaster "Close deals faster" { deadline 2027-12 }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), GOAL_WITHOUT_INDICATOR,
				"Goal 'CloseFaster' moves no indicator", "lower SalesCycle to 60");
	}

	@Test
	public void aGoalWhoseIndicatorIsMisspelledGetsTheLinkingErrorOnly() {
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				indicator SalesCycle { better lower }
				goal CloseFaster { lower SaleCycle }
				""");
		workspace.assertNoIssue(plan, GOAL_WITHOUT_INDICATOR);
		assertEquals(1, workspace.issues(plan, BROKEN_REFERENCE).size());
	}

	// ------------------------------------------------------------------ practice-without-indicator

	@Test
	public void aPracticeThatMovesNoIndicatorIsAWarning() {
		TransformFile plan = plan("""
				practice Standups "Daily stand-ups" { owner Sales }
				change Coaching { lever leadership  supports Standups }
				""");
		workspace.assertWarning(workspace.element(plan, Practice.class, "Standups"), PRACTICE_WITHOUT_INDICATOR,
				"Practice 'Standups' moves no indicator");
	}

	@Test
	public void aPracticeNoChangeSupportsIsAWarning() {
		TransformFile plan = plan("");
		workspace.assertWarning(workspace.element(plan, Practice.class, "SharedAccountPlans"), PRACTICE_WITHOUT_INDICATOR,
				"No change supports practice 'SharedAccountPlans'");
	}

	@Test
	public void aPracticeSupportedFromAnotherFileOfThePlanIsFine() {
		TransformFile plan = plan("");
		TransformFile levers = workspace.file("levers.transform", """
				plan SalesTransformation
				change WeeklyReviews { lever leadership  supports SharedAccountPlans }
				""");
		workspace.assertNoIssue(plan, PRACTICE_WITHOUT_INDICATOR);
		workspace.assertNoIssue(levers, BROKEN_REFERENCE);
	}

	// ------------------------------------------------------------------ technology-only

	@Test
	public void aPracticeSupportedOnlyByTechnologyAndTrainingIsAWarning() {
		TransformFile plan = plan("""
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-04  deploys Crm }
				change CrmTraining { lever training  supports SharedAccountPlans  owner Sales  from 2026-04 }
				""");
		workspace.assertWarning(workspace.element(plan, Practice.class, "SharedAccountPlans"), TECHNOLOGY_ONLY,
				"supported by technology ('CrmAccountPlans') but by no leadership, organization, skills or job change");
	}

	@Test
	public void anOrganizationChangeBesideTheTechnologyIsEnough() {
		TransformFile plan = plan("""
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-04  deploys Crm }
				change CrmTraining { lever training  supports SharedAccountPlans  owner Sales  from 2026-04 }
				change JointTeams { lever organization  supports SharedAccountPlans  owner Sales }
				""");
		workspace.assertNoIssue(plan, TECHNOLOGY_ONLY);
	}

	@Test
	public void aPracticeWithoutTechnologyIsNotTechnologyOnly() {
		TransformFile plan = plan("""
				change CrmTraining { lever training  supports SharedAccountPlans  owner Sales }
				""");
		workspace.assertNoIssue(plan, TECHNOLOGY_ONLY);
	}

	// ------------------------------------------------------------------ change-without-lever

	@Test
	public void aChangeThatNamesNoLeverIsAnError() {
		TransformFile plan = plan("""
				change WeeklyReviews { supports SharedAccountPlans  owner Sales }
				""");
		workspace.assertError(workspace.element(plan, LeverChange.class, "WeeklyReviews"), CHANGE_WITHOUT_LEVER,
				"does not say which lever it pulls");
	}

	@Test
	public void theFirstLeverKindCountsAsWritten() {
		// leadership is the enum's default value: only the text tells it from no lever at all
		TransformFile plan = plan("""
				change WeeklyReviews { lever leadership  supports SharedAccountPlans }
				""");
		workspace.assertNoIssue(plan, CHANGE_WITHOUT_LEVER);
	}

	// ------------------------------------------------------------------ technology-before-indicator

	@Test
	public void technologyStartingInTheMonthBeforeTheBaselineDayIsAnError() {
		TransformFile plan = plan("""
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  from 2026-03  deploys Crm }
				""");
		workspace.assertError(workspace.element(plan, LeverChange.class, "CrmAccountPlans"), TECHNOLOGY_BEFORE_INDICATOR,
				"starts 2026-03, before indicator 'SalesCycle' has a baseline (2026-03-15)", "measure first, then deploy");
	}

	@Test
	public void technologyStartingOnTheBaselineDayIsFine() {
		TransformFile plan = plan("""
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  from 2026-03-15  deploys Crm }
				""");
		workspace.assertNoIssue(plan, TECHNOLOGY_BEFORE_INDICATOR);
	}

	@Test
	public void technologyStartingAfterTheBaselineIsFine() {
		workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-02-28 }
				goal CloseFaster { lower SalesCycle }
				practice SharedAccountPlans { lowers SalesCycle }
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  from 2026-03 }
				""");
		workspace.assertNoIssue(plan, TECHNOLOGY_BEFORE_INDICATOR);
	}

	@Test
	public void aLeadershipChangeMayStartBeforeTheBaseline() {
		TransformFile plan = plan("""
				change WeeklyReviews { lever leadership  supports SharedAccountPlans  from 2026-01 }
				""");
		workspace.assertNoIssue(plan, TECHNOLOGY_BEFORE_INDICATOR);
	}

	@Test
	public void technologyThatSupportsNoPracticeIsAnError() {
		TransformFile plan = plan("""
				change CrmRollout { lever technology  from 2026-04  deploys Crm }
				""");
		workspace.assertError(workspace.element(plan, LeverChange.class, "CrmRollout"), TECHNOLOGY_BEFORE_INDICATOR,
				"supports no practice");
	}

	@Test
	public void technologyForAPracticeThatMovesNoIndicatorIsAnError() {
		TransformFile plan = plan("""
				practice Standups { owner Sales }
				change StandupApp { lever technology  supports Standups  from 2026-04 }
				""");
		workspace.assertError(workspace.element(plan, LeverChange.class, "StandupApp"), TECHNOLOGY_BEFORE_INDICATOR,
				"supports practices that move no indicator ('Standups')");
	}

	@Test
	public void technologyForAnIndicatorNoGoalAimsAtIsAnError() {
		TransformFile plan = plan("""
				indicator MeetingsPerOffer { better lower  measured-by "Meetings before the offer"  baseline 5 on 2026-01-31 }
				practice OfferTemplates { lowers MeetingsPerOffer }
				change TemplateTool { lever technology  supports OfferTemplates  from 2026-04 }
				""");
		workspace.assertError(workspace.element(plan, LeverChange.class, "TemplateTool"), TECHNOLOGY_BEFORE_INDICATOR,
				"moves 'MeetingsPerOffer', but no goal aims at it");
	}

	@Test
	public void technologyForAnIndicatorWithoutBaselineIsAnError() {
		TransformFile plan = plan("""
				indicator MeetingsPerOffer { better lower  status missing }
				goal FewerMeetings { owner PreSales  lower MeetingsPerOffer }
				practice OfferTemplates { lowers MeetingsPerOffer }
				change TemplateTool { lever technology  supports OfferTemplates  from 2026-04 }
				""");
		workspace.assertError(workspace.element(plan, LeverChange.class, "TemplateTool"), TECHNOLOGY_BEFORE_INDICATOR,
				"serves 'MeetingsPerOffer', which has no baseline yet", "measure before you deploy");
	}

	@Test
	public void theBaselineIsFoundInAnotherFileOfTheWorkspace() {
		workspace.organization();
		workspace.file("indicators.transform", """
				plan Metrics
				indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-06-30 }
				""");
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Metrics.*
				goal CloseFaster { lower SalesCycle }
				practice SharedAccountPlans { lowers SalesCycle }
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  from 2026-06 }
				""");
		workspace.assertError(workspace.element(plan, LeverChange.class, "CrmAccountPlans"), TECHNOLOGY_BEFORE_INDICATOR,
				"before indicator 'Metrics.SalesCycle' (indicators.transform) has a baseline (2026-06-30)");
	}

	// ------------------------------------------------------------------ technology-without-training

	@Test
	public void technologyWithoutTrainingIsAWarning() {
		TransformFile plan = plan("""
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-04  deploys Crm }
				""");
		workspace.assertWarning(workspace.element(plan, LeverChange.class, "CrmAccountPlans"), TECHNOLOGY_WITHOUT_TRAINING,
				"no training change", "add a training change that supports 'SharedAccountPlans' for 'Acme.Sales' (acme.transform)");
	}

	@Test
	public void trainingForTheSamePracticeAndARelatedTeamIsEnough() {
		TransformFile plan = plan("""
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-04  deploys Crm }
				change CrmTraining { lever training  supports SharedAccountPlans  owner PreSales  from 2026-04 }
				""");
		workspace.assertNoIssue(plan, TECHNOLOGY_WITHOUT_TRAINING);
	}

	@Test
	public void trainingForAnotherPracticeDoesNotCount() {
		TransformFile plan = plan("""
				practice OfferTemplates { lowers SalesCycle }
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-04  deploys Crm }
				change TemplateTraining { lever training  supports OfferTemplates  owner Sales }
				""");
		workspace.assertWarning(workspace.element(plan, LeverChange.class, "CrmAccountPlans"), TECHNOLOGY_WITHOUT_TRAINING);
	}

	@Test
	public void trainingForAnUnrelatedTeamDoesNotCount() {
		TransformFile plan = plan("""
				change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-04  deploys Crm }
				change CrmTraining { lever training  supports SharedAccountPlans  owner Marketing }
				""");
		workspace.assertWarning(workspace.element(plan, LeverChange.class, "CrmAccountPlans"), TECHNOLOGY_WITHOUT_TRAINING);
	}
}
