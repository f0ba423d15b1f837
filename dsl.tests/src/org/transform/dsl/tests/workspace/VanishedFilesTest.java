package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.workspace.Finding;

/**
 * A file said to have changed that is gone by the time the core builds (created and deleted at once,
 * or in a folder that is no longer a workspace) does not stop the core: later changes are still built.
 */
public class VanishedFilesTest {

	private static final String PLAN = """
			plan Sales
			indicator WinRate "Win rate" { unit "%" better higher baseline 20 on 2026-01-01 }
			goal WinMore { raise WinRate to 30 by 2026-12-31 }
			""";

	@Test
	public void aChangedFileThatIsGoneCountsAsDeletedAndLaterChangesAreBuilt(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("transform.workspace"), "");
		Path plan = Files.writeString(folder.resolve("sales.transform"), PLAN);
		try (PlanCore core = PlanCore.start(List.of(folder))) {
			List<String> before = codes(core, plan);
			core.filesChanged(List.of(PlanCore.uri(folder.resolve("gone.transform")), PlanCore.uri(folder.resolve("elsewhere/x/gone.transform"))),
					List.of());
			core.awaitIdle();
			Files.writeString(plan, PLAN.replace("raise WinRate", "raise WinRat"));
			core.filesChanged(List.of(PlanCore.uri(plan)), List.of());
			core.awaitIdle();
			assertEquals(List.of("broken-reference"), codes(core, plan).stream().filter(c -> !before.contains(c)).toList(),
					"the plan's change after a vanished file was built");
		}
	}

	private static List<String> codes(PlanCore core, Path file) {
		return core.findings(PlanCore.uri(file)).stream().map(Finding::code).toList();
	}
}
