package org.transform.dsl.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.validation.Workspace;

import com.google.inject.Inject;

/**
 * The analysis of {@code part-of}: which teams are part of which, transitively, in chains, trees and
 * cycles, and the goals of related teams. Deep chains and long cycles are answered without a list of
 * outer teams per team.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class PartOfTest {

	@Inject
	private Workspace workspace;

	@Inject
	private PlanAnalyzer analyzer;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	private static final String ORGANIZATION = """
			organization Org
			team Top
			team Middle { part-of Top }
			team Bottom { part-of Middle }
			team Side { part-of Top }
			team Loop1 { part-of Loop2 }
			team Loop2 { part-of Loop1 }
			team Hanging { part-of Loop1 }
			team Alone
			goal AtTop { owner Top }
			goal AtBottom { owner Bottom }
			goal AtSide { owner Side }
			goal InLoop { owner Loop2 }
			goal UnderLoop { owner Hanging }
			""";

	private Team team(TransformFile file, String name) {
		return workspace.element(file, Team.class, name);
	}

	private static List<String> names(List<? extends org.eclipse.emf.ecore.EObject> elements) {
		return elements.stream().map(e -> e instanceof Team t ? t.getName() : ((Goal) e).getName()).toList();
	}

	@Test
	public void aTeamIsPartOfTheTeamsAboveItAndRelatedToThemButNotToItsSiblings() {
		TransformFile org = workspace.file("org.transform", ORGANIZATION);
		PlanAnalysis analysis = analyzer.analyze(org);
		Team top = team(org, "Top");
		Team bottom = team(org, "Bottom");
		Team side = team(org, "Side");
		assertTrue(analysis.isPartOf(bottom, top));
		assertFalse(analysis.isPartOf(top, bottom));
		assertTrue(analysis.related(top, bottom) && analysis.related(bottom, top));
		assertFalse(analysis.related(bottom, side));
		assertFalse(analysis.related(team(org, "Alone"), top));
		assertEquals(List.of("Bottom", "Middle", "Top"), names(analysis.lineage(bottom)));
		assertEquals(List.of("AtTop", "AtBottom", "AtSide"), names(analysis.goalsOfRelatedTeams(top)));
		assertEquals(List.of("AtBottom", "AtTop"), names(analysis.goalsOfRelatedTeams(bottom)));
	}

	@Test
	public void theTeamsOfACycleAreInItAndPartOfEachOtherAndATeamHangingFromItIsNot() {
		TransformFile org = workspace.file("org.transform", ORGANIZATION);
		PlanAnalysis analysis = analyzer.analyze(org);
		Team loop1 = team(org, "Loop1");
		Team loop2 = team(org, "Loop2");
		Team hanging = team(org, "Hanging");
		assertTrue(analysis.isInCycle(loop1) && analysis.isInCycle(loop2));
		assertFalse(analysis.isInCycle(hanging));
		assertTrue(analysis.isPartOf(loop1, loop2) && analysis.isPartOf(loop2, loop1));
		assertTrue(analysis.isPartOf(hanging, loop2));
		assertFalse(analysis.isPartOf(loop2, hanging));
		assertEquals(List.of("Hanging", "Loop1", "Loop2"), names(analysis.lineage(hanging)));
		assertEquals(List.of("InLoop", "UnderLoop"), names(analysis.goalsOfRelatedTeams(loop1)));
	}

	@Test
	public void aChainOfThousandsOfTeamsAndACycleOfThousandsAreAnswered() {
		int n = 5_000;
		StringBuilder text = new StringBuilder("organization Deep\n");
		for (int i = 0; i < n; i++) {
			text.append("team C").append(i).append(i == 0 ? "" : " { part-of C" + (i - 1) + " }").append('\n');
		}
		for (int i = 0; i < n; i++) {
			text.append("team R").append(i).append(" { part-of R").append(i == 0 ? n - 1 : i - 1).append(" }\n");
		}
		TransformFile org = workspace.file("deep.transform", text.toString());
		PlanAnalysis analysis = analyzer.analyze(org);
		Team first = team(org, "C0");
		Team last = team(org, "C" + (n - 1));
		assertTrue(analysis.isPartOf(last, first));
		assertFalse(analysis.isPartOf(first, last));
		assertEquals(n, analysis.lineage(last).size());
		assertFalse(analysis.isInCycle(last));
		assertTrue(analysis.isInCycle(team(org, "R0")) && analysis.isInCycle(team(org, "R" + (n / 2))));
		assertTrue(analysis.isPartOf(team(org, "R0"), team(org, "R" + (n / 2))));
		assertFalse(analysis.related(team(org, "R1"), last));
	}
}
