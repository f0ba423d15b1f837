package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.workspace.PlanWorkspace;
import org.transform.dsl.workspace.PlanWorkspace.Reason;
import org.transform.dsl.workspace.PlanWorkspace.Walk;

/**
 * The one walk of a workspace (command line, language server, Eclipse editor) and where a workspace
 * begins: the nearest folder that holds {@code transform.workspace}.
 */
public class PlanWorkspaceTest {

	@TempDir
	Path dir;

	@Test
	public void theWorkspaceIsTheNearestMarkedFolderAtOrAbove() throws IOException {
		Path company = Files.createDirectories(dir.resolve("company/plans/2026"));
		Files.writeString(dir.resolve("company/transform.workspace"), "");
		Path plan = Files.writeString(company.resolve("sales.transform"), "plan Sales\n");

		assertEquals(dir.resolve("company"), PlanWorkspace.rootOf(plan, dir));
		assertEquals(dir.resolve("company"), PlanWorkspace.rootOf(company, dir));
		assertEquals(dir.resolve("company"), PlanWorkspace.rootOf(dir.resolve("company"), dir));
		assertEquals(dir, PlanWorkspace.rootOf(dir, dir), "no marker at or above: the folder given");
	}

	@Test
	public void aWalkTakesRegularPlanFilesAndLeavesOutHiddenFoldersAndOtherWorkspaces() throws IOException {
		Files.createDirectories(dir.resolve("plans/.git"));
		Files.createDirectories(dir.resolve("north"));
		Files.writeString(dir.resolve("plans/sales.transform"), "plan Sales\n");
		Files.writeString(dir.resolve("plans/notes.txt"), "not a plan");
		Files.writeString(dir.resolve("plans/.git/old.transform"), "plan Old\n");
		Files.writeString(dir.resolve("north/transform.workspace"), "");
		Files.writeString(dir.resolve("north/north.transform"), "plan North\n");
		Files.writeString(dir.resolve("acme.transform"), "organization Acme\n");

		Walk walk = PlanWorkspace.walk(dir);

		assertEquals(List.of(dir.resolve("acme.transform"), dir.resolve("plans/sales.transform")), walk.plans());
		assertEquals(List.of(new PlanWorkspace.Skipped(dir.resolve("north"), Reason.OTHER_WORKSPACE, null)), walk.skipped());
	}

	/** Issue 16.4: up -> .. and self -> . made the language server's walk endless. */
	@Test
	public void linksAreNotFollowedButNoted() throws IOException {
		Files.writeString(dir.resolve("acme.transform"), "organization Acme\n");
		Path outside = Files.createDirectories(dir.resolve("elsewhere"));
		Files.writeString(Files.createDirectories(dir.resolve("workspace")).resolve("sales.transform"), "plan Sales\n");
		Path workspace = dir.resolve("workspace");
		Files.createSymbolicLink(workspace.resolve("up"), Path.of(".."));
		Files.createSymbolicLink(workspace.resolve("self"), Path.of("."));
		Files.createSymbolicLink(workspace.resolve("acme.transform"), dir.resolve("acme.transform"));
		Files.createSymbolicLink(workspace.resolve("notes"), outside);

		Walk walk = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PlanWorkspace.walk(workspace));

		assertEquals(List.of(workspace.resolve("sales.transform")), walk.plans());
		assertEquals(List.of("acme.transform", "notes", "self", "up"),
				walk.skipped().stream().peek(s -> assertEquals(Reason.SYMBOLIC_LINK, s.reason())).map(s -> s.path().getFileName().toString()).sorted()
						.toList());
	}

	@Test
	public void aLinkGivenAsTheRootIsFollowedOnce() throws IOException {
		Path real = Files.createDirectories(dir.resolve("real"));
		Files.writeString(real.resolve("sales.transform"), "plan Sales\n");
		Files.createSymbolicLink(real.resolve("again"), real);
		Path link = Files.createSymbolicLink(dir.resolve("link"), real);

		Walk walk = PlanWorkspace.walk(link);

		assertEquals(List.of(link.resolve("sales.transform")), walk.plans());
		assertEquals(List.of(link.resolve("again")), walk.skipped().stream().map(PlanWorkspace.Skipped::path).toList());
	}

	/** Issue 16.4: a pipe named like a plan blocked whoever read it. */
	@Test
	public void aPipeIsNeverOpened() throws Exception {
		Files.writeString(dir.resolve("sales.transform"), "plan Sales\n");
		Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("f.transform").toString()).start();
		assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo made the pipe");

		Walk walk = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PlanWorkspace.walk(dir));

		assertEquals(List.of(dir.resolve("sales.transform")), walk.plans());
		assertEquals(List.of(new PlanWorkspace.Skipped(dir.resolve("f.transform"), Reason.NOT_A_REGULAR_FILE, null)), walk.skipped());
		assertTrue(walk.skipped().get(0).note("f.transform").contains("not a regular file"), walk.skipped().get(0).note("f.transform"));
	}
}
