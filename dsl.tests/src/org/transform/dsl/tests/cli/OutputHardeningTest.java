package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.transform.dsl.tests.cli.CliRun.transform;
import static org.transform.dsl.tests.cli.CliRun.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.tests.examples.ExampleWorkspaces;

/**
 * What {@code report} and {@code diagram} write, when the output folder was prepared by someone else
 * or the plans are hostile: never through a symbolic link, never one plan's file over another's,
 * never an empty {@code --out}; and what reaches a terminal or a browser shows as written.
 */
public class OutputHardeningTest {

	@TempDir
	Path dir;

	private static final String PRECIOUS = "ssh-ed25519 AAAA... the user's own key\n";

	private Path victim() {
		return write(dir, "home/.ssh/authorized_keys", PRECIOUS);
	}

	private static void link(Path link, Path target) {
		try {
			Files.createDirectories(link.getParent());
			Files.createSymbolicLink(link, target);
		} catch (UnsupportedOperationException | IOException e) {
			assumeTrue(false, "symbolic links are not supported here: " + e);
		}
	}

	private static void assertRefusedMidway(CliRun run, String... parts) {
		assertEquals(2, run.exitCode(), run::err);
		List<String> lines = run.err().lines().toList();
		assertEquals(1, lines.size(), run::err);
		for (String part : parts) {
			assertTrue(lines.get(0).contains(part), () -> "'" + part + "' in: " + lines.get(0));
		}
	}

	@Test
	public void aReportNeverWritesThroughALinkedFile() throws IOException {
		Path victim = victim();
		link(dir.resolve("out/diagrams/team-alignment.svg"), victim);

		CliRun run = transform(dir, "report", ExampleWorkspaces.workspace("sales").toString(), "--out", "out");

		assertRefusedMidway(run, "out/diagrams/team-alignment.svg", "is a symbolic link", "never writes through a link", "delete the link");
		assertEquals(PRECIOUS, Files.readString(victim), "the link's target is untouched");
		assertTrue(Files.isSymbolicLink(dir.resolve("out/diagrams/team-alignment.svg")), "the link is left for the user to look at");
	}

	@Test
	public void aReportNeverWritesIntoALinkedFolderInsideTheOutputFolder() throws IOException {
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		link(dir.resolve("out/diagrams"), elsewhere);

		CliRun run = transform(dir, "report", ExampleWorkspaces.workspace("sales").toString(), "--out", "out");

		assertRefusedMidway(run, "out/diagrams", "is a symbolic link", "never writes through a link");
		assertTrue(list(elsewhere).isEmpty(), () -> "written through the link: " + list(elsewhere));
	}

	@Test
	public void aFileInTheWayIsReplacedAtomicallyAndNoTemporaryFileIsLeft() throws IOException {
		write(dir, "out/report.md", "an older report\n");
		CliRun run = transform(dir, "report", ExampleWorkspaces.workspace("sales").toString(), "--out", "out", "--format", "markdown");

		assertEquals(0, run.exitCode(), run::err);
		assertTrue(Files.readString(dir.resolve("out/report.md")).startsWith("# "), "the new report replaced the old one");
		assertFalse(tree(dir.resolve("out")).stream().anyMatch(p -> p.endsWith(".tmp")), () -> "temporary files left: " + tree(dir.resolve("out")));
	}

	@Test
	public void aFolderInTheWayOfAFileIsRefusedWithoutLeftovers() throws IOException {
		Files.createDirectories(dir.resolve("out/report.md"));
		CliRun run = transform(dir, "report", ExampleWorkspaces.workspace("sales").toString(), "--out", "out", "--format", "markdown");

		assertRefusedMidway(run, "out/report.md", "a folder of that name is in the way");
		assertFalse(tree(dir.resolve("out")).stream().anyMatch(p -> p.endsWith(".tmp")), () -> "temporary files left: " + tree(dir.resolve("out")));
	}

	@Test
	public void plansWhoseNamesReduceAlikeGetDifferentFiles() {
		write(dir, "plans/a.transform", "plan A.B \"Dotted\" { period 2026-01 to 2027-12 }\n");
		write(dir, "plans/b.transform", "plan A_B \"Underscored\" { period 2026-01 to 2027-12 }\n");

		CliRun run = transform(dir, "diagram", "plans", "--out", "out", "--kind", "impact-map");

		assertEquals(0, run.exitCode(), run::err);
		List<String> wrote = run.outLines().stream().filter(l -> l.startsWith("wrote ")).toList();
		assertEquals(2, wrote.size(), run::out);
		assertEquals(2, wrote.stream().distinct().count(), () -> "each plan its own file: " + wrote);
		assertEquals(2, tree(dir.resolve("out")).size(), () -> tree(dir.resolve("out")).toString());
		for (String line : wrote) {
			assertTrue(line.matches("wrote out/A_B-[0-9a-f]{8}-impact-map\\.svg"), line);
		}
	}

	@Test
	public void aVeryLongPlanNameGivesAShortFileName() {
		String name = "P" + "x".repeat(299);
		write(dir, "plans/long.transform", "plan " + name + " { period 2026-01 to 2027-12 }\n");

		CliRun run = transform(dir, "diagram", "plans", "--out", "out", "--kind", "roadmap");

		assertEquals(0, run.exitCode(), run::err);
		List<String> files = tree(dir.resolve("out"));
		assertEquals(1, files.size(), files::toString);
		assertTrue(files.get(0).length() < 120, files.get(0));
		assertTrue(files.get(0).matches("Px{79}-[0-9a-f]{8}-roadmap\\.svg"), files.get(0));
	}

	@Test
	public void anEmptyOutputFolderIsRefused() {
		transform(dir, "report", ExampleWorkspaces.workspace("sales").toString(), "--out", "").assertRefused("--out is empty", "e.g. --out build/report");
		transform(dir, "diagram", ExampleWorkspaces.workspace("sales").toString(), "--out", " ").assertRefused("--out is empty");
		assertTrue(tree(dir).isEmpty(), () -> "nothing written into the working folder: " + tree(dir));
	}

	@Test
	public void textFromAMeasurementFileCannotDriveTheTerminal() {
		write(dir, "ws/data/cycle.csv", "2026-02-28,92\n\u001B]0;owned\u0007\u001B[2J0 errors, 0 warnings\n");
		write(dir, "ws/plan.transform", """
				plan Sales { period 2026-01 to 2027-12 }
				indicator Cycle { unit days  better lower  measured-by "Median days"  baseline 94 on 2026-01-31 }
				measurements Cycle from "data/cycle.csv"
				""");

		CliRun run = transform(dir, "check", "ws");

		run.assertChecked(1);
		assertTrue(run.out().chars().noneMatch(c -> c == 0x1B || c == 0x07), () -> "escape characters reached the terminal: " + run.out());
	}

	@Test
	public void theHtmlReportRunsNoScriptAndShowsTitlesInTheirOrder() throws IOException {
		write(dir, "ws/plan.transform", "plan Sales \"Invoice \u202Efdp.exe\" { period 2026-01 to 2027-12 }\n");

		CliRun run = transform(dir, "report", "ws", "--out", "out", "--format", "html");

		assertEquals(0, run.exitCode(), run::err);
		String html = Files.readString(dir.resolve("out/report.html"), StandardCharsets.UTF_8);
		assertFalse(html.contains("\u202E"), "no right-to-left override left in the page");
		Document page = Jsoup.parse(html);
		String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
		assertTrue(policy.startsWith("default-src 'none'"), policy);
		assertFalse(policy.contains("script-src"), policy);
		assertTrue(page.getElementById("summary").text().contains("Invoice fdp.exe"), () -> page.getElementById("summary").text());
	}

	private static List<String> list(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> tree(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
