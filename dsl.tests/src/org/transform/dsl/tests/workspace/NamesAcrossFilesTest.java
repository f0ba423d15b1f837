package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;

/**
 * The core tells whether another file declares an element's name from its index's name table, without
 * reading the edited file's own description: after every edit the findings are those of a fresh check of
 * the same texts — a name made a duplicate of one other file's, of two other files' (and of a name of
 * another kind), a name differing only in case (no duplicate: names are compared as written), the
 * duplicate renamed away, and all undone.
 */
public class NamesAcrossFilesTest {

	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	private static final String MORE = """
			organization Acme "Acme"
			team Legal "Legal"
			""";

	@TempDir
	Path dir;

	@Test
	public void everyEditOfANameGivesTheFindingsOfAFreshCheck() {
		write("transform.workspace", "");
		write("organization.transform", "organization Acme \"Acme\"\nteam Commercial \"Commercial\"\nteam Finance \"Finance\"\n");
		write("landscape.transform", "organization Acme \"Acme\"\ntool Finance { category erp }\n");
		write("more.transform", MORE);
		URI more = PlanCore.uri(dir.resolve("more.transform"));
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			core.open(more, 1, MORE);
			core.awaitIdle();
			List<String> texts = List.of(
					MORE.replace("Legal \"", "Commercial \""), // a duplicate of one other file's team
					MORE.replace("Legal \"", "Finance \""), // of a team in one file and a tool in another
					MORE.replace("Legal \"", "finance \""), // another case: no duplicate
					MORE.replace("Legal \"", "Finance \"") + "team Commercial \"Commercial again\"\n", // two duplicates
					MORE.replace("Legal \"", "Finances \""), // renamed away
					MORE);
			int version = 2;
			for (String text : texts) {
				core.change(more, version++, text);
				core.awaitIdle();
				assertEquals(WorkspaceFiles.freshFindings(dir, DAY, "more.transform", text, MORE), core.allFindings(),
						"the findings of a fresh check of the same texts:\n" + text);
			}
			core.change(more, version++, texts.get(3));
			core.awaitIdle();
			assertEquals(List.of(IssueCodes.DUPLICATE_NAME, IssueCodes.DUPLICATE_NAME),
					core.findings(more).stream().map(Finding::code).filter(IssueCodes.DUPLICATE_NAME::equals).toList(),
					"both names of the edited file are declared elsewhere: " + core.findings(more));
		}
	}

	private void write(String relative, String text) {
		WorkspaceFiles.write(dir, relative, text);
	}
}
