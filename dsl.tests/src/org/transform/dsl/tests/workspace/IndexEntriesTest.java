package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;

/**
 * What the core's index keeps of a plan after each edit — its exported names, the names it looked up and its
 * links, which finding references and the files a later change affects are read from — is what Xtext describes
 * of the plan as it stands: the links are added to the entry after the plan's validation, not before.
 */
public class IndexEntriesTest {

	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	private static final String SALES = """
			plan Sales "Sales" { period 2026-01 to 2027-12 }
			import Acme.*
			indicator Cycle "Sales cycle" { unit days  better lower }
			indicator Wins "Deals won" { unit deals  better higher }
			goal Faster "Faster" { owner Commercial  lower Cycle to 30 by 2027-06  raise Wins to 40 by 2027-06 }
			practice Qualify "Qualify early" { owner Commercial  lowers Cycle }
			""";

	@TempDir
	Path dir;

	@Test
	public void afterEveryEditThePlansEntryListsItsLinksAsXtextDescribesThem() {
		WorkspaceFiles.write(dir, "transform.workspace", "");
		WorkspaceFiles.write(dir, "organization.transform", "organization Acme \"Acme\"\nteam Commercial \"Commercial\"\n");
		WorkspaceFiles.write(dir, "sales.transform", SALES);
		URI sales = PlanCore.uri(dir.resolve("sales.transform"));
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			core.open(sales, 1, SALES);
			core.awaitIdle();
			assertEntryDescribesThePlan(core, sales, SALES);
			int version = 2;
			for (String text : List.of(SALES.replace("Deals won", "Deals wonx"), SALES.replace("Cycle \"", "Cycles \""),
					SALES.replace("lowers Cycle", "lowers Wins"), SALES.replace("to 30", "to 31"), SALES + "goal More \"More\" { owner Commercial raise Wins to 50 by 2027-09 }\n",
					SALES)) {
				core.change(sales, version++, text);
				core.awaitIdle();
				assertEntryDescribesThePlan(core, sales, text);
			}
		}
	}

	private static void assertEntryDescribesThePlan(PlanCore core, URI uri, String text) {
		List<String> described = core.read(uri, context -> {
			XtextResource resource = (XtextResource) context.getResource();
			return lines(resource.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource));
		}).join();
		List<String> kept = core.access().doReadIndex(index -> lines(index.getIndex().getResourceDescription(uri))).join();
		assertFalse(described.isEmpty(), "the plan links to its elements");
		assertEquals(described, kept, "the index's entry of the plan after the edit to:\n" + text);
	}

	private static List<String> lines(IResourceDescription description) {
		List<String> lines = new ArrayList<>();
		for (IReferenceDescription reference : description.getReferenceDescriptions()) {
			lines.add(reference.getSourceEObjectUri() + " -" + reference.getEReference().getName() + "[" + reference.getIndexInList() + "]-> "
					+ reference.getTargetEObjectUri() + " in " + reference.getContainerEObjectURI());
		}
		description.getImportedNames().forEach(name -> lines.add("imports " + name));
		description.getExportedObjects().forEach(object -> lines.add("exports " + object.getName() + " " + object.getEObjectURI()));
		return lines;
	}
}
