package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transform.dsl.validation.IssueCodes.OPPOSING_GOALS_IN_TEAM;
import static org.transform.dsl.validation.IssueCodes.TEAM_CYCLE;

import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;

/**
 * People cannot contribute to opposite goals: opposing-goals-in-team between a team and the teams it
 * is part of (never between siblings), and team-cycle. The teams live in an organization file that
 * the plan imports ({@link Workspace#ACME}).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class TeamConflictChecksTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	private static final String INDICATORS = """
			indicator SalesCycle { unit days  better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
			indicator Margin { unit "%"  better higher  measured-by "Gross margin of won deals"  baseline 31 on 2026-01-31 }
			indicator Discount { unit "%"  better lower  measured-by "Average discount"  baseline 12 on 2026-01-31  opposes SalesCycle }
			""";

	private TransformFile plan(String goals) {
		return workspace.file("plan.transform", """
				plan SalesTransformation { period 2026-01 to 2027-12 }
				import Acme.*
				""" + INDICATORS + goals);
	}

	@Test
	public void twoGoalsOfOneTeamPullingAnIndicatorBothWaysAreBothErrors() {
		workspace.organization();
		TransformFile plan = plan("""
				goal CloseFaster { owner Sales  lower SalesCycle to 60 }
				goal QualifyDeeper { owner Sales  raise SalesCycle }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), OPPOSING_GOALS_IN_TEAM,
				"team 'Acme.Sales'", "it lowers 'SalesCycle', which is raised by goal 'QualifyDeeper'", "give one of them to another team");
		workspace.assertError(workspace.element(plan, Goal.class, "QualifyDeeper"), OPPOSING_GOALS_IN_TEAM, "goal 'CloseFaster'");
	}

	@Test
	public void siblingTeamsMayHaveOppositeGoals() {
		workspace.organization();
		TransformFile plan = plan("""
				goal CloseFaster { owner Sales  lower SalesCycle }
				goal NurtureLonger { owner Marketing  raise SalesCycle }
				""");
		workspace.assertNoIssue(plan, OPPOSING_GOALS_IN_TEAM);
	}

	@Test
	public void aTeamAndTheTeamItIsPartOfMayNotHaveOppositeGoals() {
		workspace.organization();
		TransformFile plan = plan("""
				goal CloseFaster { owner Sales  lower SalesCycle }
				goal ThoroughDemos { owner PreSales  raise SalesCycle }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), OPPOSING_GOALS_IN_TEAM,
				"goal 'ThoroughDemos' of team 'Acme.PreSales' (acme.transform), which is part of it", "outside this chain of 'part-of'");
		workspace.assertError(workspace.element(plan, Goal.class, "ThoroughDemos"), OPPOSING_GOALS_IN_TEAM,
				"team 'Acme.Sales' (acme.transform), which it is part of");
	}

	@Test
	public void aTeamAndTheTeamItIsTransitivelyPartOfMayNotHaveOppositeGoals() {
		workspace.organization();
		TransformFile plan = plan("""
				goal FastDeals { owner Commercial  lower SalesCycle }
				goal ThoroughDemos { owner PreSales  raise SalesCycle }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "FastDeals"), OPPOSING_GOALS_IN_TEAM);
		workspace.assertError(workspace.element(plan, Goal.class, "ThoroughDemos"), OPPOSING_GOALS_IN_TEAM);
	}

	@Test
	public void improvingTwoIndicatorsThatOpposeEachOtherInOneTeamIsAnError() {
		workspace.organization();
		TransformFile plan = plan("""
				goal CloseFaster { owner Sales  lower SalesCycle }
				goal ProtectPrices { owner Sales  lower Discount }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), OPPOSING_GOALS_IN_TEAM,
				"improving 'SalesCycle' worsens 'Discount', which is improved by goal 'ProtectPrices'");
		workspace.assertError(workspace.element(plan, Goal.class, "ProtectPrices"), OPPOSING_GOALS_IN_TEAM,
				"improving 'Discount' worsens 'SalesCycle'");
	}

	@Test
	public void opposingIndicatorsImprovedByUnrelatedTeamsAreFine() {
		workspace.organization();
		TransformFile plan = plan("""
				goal CloseFaster { owner Sales  lower SalesCycle }
				goal ProtectPrices { owner Support  lower Discount }
				""");
		workspace.assertNoIssue(plan, OPPOSING_GOALS_IN_TEAM);
	}

	@Test
	public void twoGoalsOfOneTeamMovingOneIndicatorTheSameWayAreFine() {
		workspace.organization();
		TransformFile plan = plan("""
				goal CloseFaster { owner Sales  lower SalesCycle to 70 by 2026-12 }
				goal CloseMuchFaster { owner PreSales  lower SalesCycle to 60 by 2027-06  raise Margin }
				""");
		workspace.assertNoIssue(plan, OPPOSING_GOALS_IN_TEAM);
	}

	@Test
	public void twoPlansPushingOneTeamTowardOpposingGoalsAreErrorsInBothPlans() {
		workspace.organization();
		workspace.file("indicators.transform", """
				plan Metrics
				""" + INDICATORS);
		TransformFile sales = workspace.file("sales.transform", """
				plan SalesTransformation
				import Acme.*
				import Metrics.*
				goal CloseFaster { owner Sales  lower SalesCycle }
				""");
		TransformFile quality = workspace.file("quality.transform", """
				plan QualityFirst
				import Acme.*
				import Metrics.*
				goal QualifyDeeper { owner Sales  raise SalesCycle }
				""");
		workspace.assertError(workspace.element(sales, Goal.class, "CloseFaster"), OPPOSING_GOALS_IN_TEAM,
				"goal 'QualityFirst.QualifyDeeper' (quality.transform)");
		workspace.assertError(workspace.element(quality, Goal.class, "QualifyDeeper"), OPPOSING_GOALS_IN_TEAM,
				"goal 'SalesTransformation.CloseFaster' (sales.transform)");
	}

	@Test
	public void manyOpposingGoalsOfOneTeamGiveOneFindingPerGoalNamingAFewAndCountingTheOthers() {
		workspace.organization();
		StringBuilder goals = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			goals.append("goal Faster").append(i).append(" { owner Sales  lower SalesCycle }\n");
			goals.append("goal Deeper").append(i).append(" { owner Sales  raise SalesCycle }\n");
		}
		TransformFile plan = plan(goals.toString());
		assertEquals(80, workspace.issues(plan, OPPOSING_GOALS_IN_TEAM).size(), "one finding per goal, not one per pair (1,600)");
		workspace.assertError(workspace.element(plan, Goal.class, "Faster7"), OPPOSING_GOALS_IN_TEAM,
				"it lowers 'SalesCycle', which is raised by 40 goals: goal 'Deeper0', goal 'Deeper1', goal 'Deeper2' and 37 more");
		workspace.assertError(workspace.element(plan, Goal.class, "Deeper0"), OPPOSING_GOALS_IN_TEAM,
				"it raises 'SalesCycle', which is lowered by 40 goals: goal 'Faster0', goal 'Faster1', goal 'Faster2' and 37 more");
	}

	@Test
	public void aGoalIsCountedAgainstTheGoalsOfItsWholeChainOfPartOfAndNotAgainstOtherBranches() {
		StringBuilder organization = new StringBuilder("organization Deep\nteam Top\n");
		for (int i = 1; i <= 30; i++) {
			organization.append("team Level").append(i).append(" { part-of ").append(i == 1 ? "Top" : "Level" + (i - 1)).append(" }\n");
		}
		organization.append("team Branch { part-of Level10 }\n");
		workspace.file("deep.transform", organization.toString());
		TransformFile plan = workspace.file("plan.transform", """
				plan Deepening
				import Deep.*
				""" + INDICATORS + """
				goal Faster { owner Level20  lower SalesCycle }
				goal SlowAtTheTop { owner Top  raise SalesCycle }
				goal SlowInTheMiddle { owner Level15  raise SalesCycle }
				goal SlowAtTheBottom { owner Level30  raise SalesCycle }
				goal SlowOnABranch { owner Branch  raise SalesCycle }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "Faster"), OPPOSING_GOALS_IN_TEAM,
				"which is raised by 3 goals: goal 'SlowInTheMiddle' of team 'Deep.Level15' (deep.transform), which it is part of, "
						+ "goal 'SlowAtTheTop' of team 'Deep.Top' (deep.transform), which it is part of, "
						+ "goal 'SlowAtTheBottom' of team 'Deep.Level30' (deep.transform), which is part of it.");
		workspace.assertError(workspace.element(plan, Goal.class, "SlowAtTheTop"), OPPOSING_GOALS_IN_TEAM, "goal 'Faster' of team");
		workspace.assertError(workspace.element(plan, Goal.class, "SlowAtTheBottom"), OPPOSING_GOALS_IN_TEAM,
				"which is lowered by goal 'Faster' of team 'Deep.Level20' (deep.transform), which it is part of");
		assertEquals(4, workspace.issues(plan, OPPOSING_GOALS_IN_TEAM).size(), "not the goal of a branch off the chain");
	}

	@Test
	public void goalsOfTeamsInACycleAndOfTeamsPartOfTheCycleOpposeEachOther() {
		workspace.file("loop.transform", """
				organization Loop
				team Sales { part-of PreSales }
				team PreSales { part-of Sales }
				team Field { part-of Sales }
				team Elsewhere
				""");
		TransformFile plan = workspace.file("plan.transform", """
				plan Looping
				import Loop.*
				""" + INDICATORS + """
				goal Faster { owner PreSales  lower SalesCycle }
				goal Deeper { owner Sales  raise SalesCycle }
				goal Slower { owner Field  raise SalesCycle }
				goal Unrelated { owner Elsewhere  raise SalesCycle }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "Faster"), OPPOSING_GOALS_IN_TEAM, "which is raised by 2 goals: goal 'Deeper'",
				"goal 'Slower' of team 'Loop.Field' (loop.transform), which is part of it");
		workspace.assertError(workspace.element(plan, Goal.class, "Slower"), OPPOSING_GOALS_IN_TEAM, "which is lowered by goal 'Faster'");
		assertEquals(3, workspace.issues(plan, OPPOSING_GOALS_IN_TEAM).size(), "Elsewhere is no part of the loop: " + workspace.issues(plan, OPPOSING_GOALS_IN_TEAM));
	}

	@Test
	public void twoTeamsPartOfEachOtherAreACycle() {
		TransformFile organization = workspace.file("acme.transform", """
				organization Acme
				team Sales { part-of PreSales }
				team PreSales { part-of Sales }
				""");
		workspace.assertError(workspace.element(organization, Team.class, "Sales"), TEAM_CYCLE, "part of itself");
		workspace.assertError(workspace.element(organization, Team.class, "PreSales"), TEAM_CYCLE, "part of itself");
	}

	@Test
	public void aTeamPartOfItselfIsACycle() {
		TransformFile organization = workspace.file("acme.transform", """
				organization Acme
				team Sales { part-of Sales }
				""");
		workspace.assertError(workspace.element(organization, Team.class, "Sales"), TEAM_CYCLE);
	}

	@Test
	public void aTeamPartOfACycleWithoutBeingInItIsNotReported() {
		TransformFile organization = workspace.file("acme.transform", """
				organization Acme
				team Field { part-of Sales }
				team Sales { part-of PreSales }
				team PreSales { part-of Sales }
				""");
		workspace.assertError(workspace.element(organization, Team.class, "Sales"), TEAM_CYCLE);
		workspace.assertError(workspace.element(organization, Team.class, "PreSales"), TEAM_CYCLE);
		assertEquals(2, workspace.issues(organization, TEAM_CYCLE).size(), "only the teams in the cycle");
	}

	@Test
	public void aHierarchyOfTeamsIsNoCycle() {
		TransformFile organization = workspace.organization();
		workspace.assertNoIssues(organization);
	}
}
