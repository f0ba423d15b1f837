package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;

/**
 * A file the core rebuilds because another file changed what it exports is linked again where it is,
 * not parsed again: typing a name in one plan of a workspace of a hundred rebuilt the ninety-nine others,
 * and parsing them was a fifth of each keystroke's build. Its findings are still those of a fresh check
 * of the same texts: the links it loses and gets back, and the workspace-wide rules (opposing goals of
 * one team across two files).
 */
public class AffectedFilesTest {

	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	private static final String SALES = """
			plan Sales "Sales" { period 2026-01 to 2027-12 }
			import Acme.*
			indicator Cycle "Sales cycle" { unit days  better lower }
			goal Faster "Faster" { owner Commercial  lower Cycle to 30 by 2027-06 }
			""";

	private static final String SERVICE = """
			plan Service "Service" { period 2026-01 to 2027-12 }
			import Acme.*
			goal Against "Against" { owner Commercial  raise Sales.Cycle to 90 by 2027-06 }
			""";

	@TempDir
	Path dir;

	@Test
	public void aFileRebuiltForAnotherFilesChangeKeepsItsModelAndGetsTheFindingsOfAFreshCheck() {
		writeWorkspace();
		URI sales = PlanCore.uri(dir.resolve("sales.transform"));
		URI service = PlanCore.uri(dir.resolve("service.transform"));
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			assertTrue(codes(core, service).contains(IssueCodes.OPPOSING_GOALS_IN_TEAM), "the two goals oppose: " + codes(core, service));
			EObject model = model(core, service);

			core.open(sales, 1, SALES);
			String renamed = SALES.replace("Cycle", "Cycles");
			core.change(sales, 2, renamed);
			core.awaitIdle();
			assertTrue(codes(core, service).contains(IssueCodes.BROKEN_REFERENCE), "Sales.Cycle is gone: " + codes(core, service));
			assertEquals(fresh(renamed), core.allFindings(), "the findings of a fresh check of the same texts");
			assertSame(model, model(core, service), "the other plan was linked again in place, not parsed again");

			core.change(sales, 3, SALES);
			core.awaitIdle();
			assertEquals(fresh(SALES), core.allFindings(), "the findings of a fresh check of the same texts, the name back");
			assertTrue(codes(core, service).contains(IssueCodes.OPPOSING_GOALS_IN_TEAM), "the goals oppose again: " + codes(core, service));
			assertSame(model, model(core, service), "the other plan was linked again in place, not parsed again");
		}
	}

	/** The workspace of both tests: an organization, the sales plan and the service plan that names its indicator. */
	private void writeWorkspace() {
		write("transform.workspace", "");
		write("organization.transform", "organization Acme \"Acme\"\nteam Commercial \"Commercial\"\n");
		write("sales.transform", SALES);
		write("service.transform", SERVICE);
	}

	/**
	 * A letter typed into an indicator's name links again, in the edited plan, only the elements that spell the
	 * old or the new name ({@code RenamesKeepingLinksTest}); the other plan, which names it qualified, is linked
	 * again by the build: every step has the findings of a fresh check of the same texts — the name typed, a
	 * reference to it corrected, the name made a duplicate of a goal's, and all undone.
	 */
	@Test
	public void aLetterTypedIntoANameGivesTheFindingsOfAFreshCheckInEveryPlan() {
		writeWorkspace();
		URI sales = PlanCore.uri(dir.resolve("sales.transform"));
		URI service = PlanCore.uri(dir.resolve("service.transform"));
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			core.open(sales, 1, SALES);
			core.awaitIdle();
			String typed = SALES.replace("Cycle \"", "Cycles \"");
			String corrected = typed.replace("lower Cycle ", "lower Cycles ");
			String duplicate = corrected.replace("Cycles \"", "Faster \"");
			int version = 2;
			for (String text : List.of(typed, corrected, duplicate, corrected, typed, SALES)) {
				core.change(sales, version++, text);
				core.awaitIdle();
				assertEquals(fresh(text), core.allFindings(), "the findings of a fresh check of the same texts:\n" + text);
			}
			assertTrue(codes(core, service).contains(IssueCodes.OPPOSING_GOALS_IN_TEAM), "the goals oppose again: " + codes(core, service));
		}
	}

	/** The findings of a core started on the workspace with this text of the sales plan on disk. */
	private List<Finding> fresh(String salesText) {
		return WorkspaceFiles.freshFindings(dir, DAY, "sales.transform", salesText, SALES);
	}

	private static EObject model(PlanCore core, URI uri) {
		return core.read(uri, context -> context.getResource().getContents().get(0)).join();
	}

	private static List<String> codes(PlanCore core, URI uri) {
		return core.findings(uri).stream().map(Finding::code).toList();
	}

	private void write(String relative, String text) {
		WorkspaceFiles.write(dir, relative, text);
	}
}
