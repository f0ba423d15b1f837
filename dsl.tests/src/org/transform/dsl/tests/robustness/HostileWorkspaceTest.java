package org.transform.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.cli.TransformCli;
import org.transform.dsl.tests.cli.CliRun;
import org.transform.dsl.validation.IssueCodes;

/**
 * Workspaces made by someone who means harm, at random: measurement files named by absolute paths,
 * {@code ../} escapes, URIs, home-folder paths, symbolic links leading out, pipes and folders, next
 * to good ones; folders linked back to the workspace or its parent; clauses that hold one value
 * written twice. {@code transform check} must answer in bounded time; every hostile measurement
 * file is one {@code measurement-file} error, never read (the secret beside the workspace is in no
 * finding); every repeated clause one {@code repeated-clause} error; no control character reaches
 * the output.
 *
 * <p>A plain JUnit test with a seeded {@link Random}, like {@link GeneratorFuzzTest}:
 * {@code transform.fuzz.cases / 10} workspaces (at least 3), seeded by {@code -Dtransform.fuzz.seed}.
 */
public class HostileWorkspaceTest {

	private static final String SECRET = "BEGIN-PRIVATE-KEY-do-not-publish";

	private static final Duration LIMIT = Duration.ofSeconds(60);

	@TempDir
	Path dir;

	/** How a measurements block names its file. */
	private enum From {
		GOOD, ABSOLUTE, ESCAPE, FILE_URI, WEB, HOME, LINK_OUT, PIPE, FOLDER, MISSING;

		boolean hostile() {
			return this != GOOD;
		}
	}

	@Test
	void hostileWorkspacesAreCheckedWithoutReadingOutsideThem() throws Exception {
		int cases = Math.max(3, FuzzInput.cases(300) / 10);
		long seed = Long.getLong("transform.fuzz.seed", 20261206L);
		Random seeds = new Random(seed);
		boolean pipes = canMakePipes();
		for (int i = 0; i < cases; i++) {
			long caseSeed = seeds.nextLong();
			Path root = Files.createDirectories(dir.resolve("case" + i));
			runCase(root, new Random(caseSeed), pipes, "case seed " + caseSeed);
			deleteTree(root);
		}
	}

	private void runCase(Path root, Random random, boolean pipes, String what) throws IOException {
		Path secret = Files.writeString(root.resolve("id_rsa"), SECRET + "\n");
		Path ws = Files.createDirectories(root.resolve("ws"));
		if (random.nextBoolean()) {
			Files.createSymbolicLink(ws.resolve("up"), root);
		}
		if (random.nextBoolean()) {
			Files.createSymbolicLink(ws.resolve("self"), ws);
		}
		int hostile = 0;
		int repeated = 0;
		StringBuilder plan = new StringBuilder("plan Hostile { period 2026-01 to 2027-12 }\n");
		int indicators = 1 + random.nextInt(6);
		for (int n = 0; n < indicators; n++) {
			boolean repeat = random.nextInt(3) == 0;
			repeated += repeat ? 1 : 0;
			plan.append("indicator I").append(n).append(" { unit days  better lower ").append(repeat ? " better higher " : "")
					.append(" baseline 90 on 2026-01-31 }\n");
			From from = From.values()[random.nextInt(From.values().length)];
			if (from == From.PIPE && !pipes) {
				from = From.MISSING;
			}
			hostile += from.hostile() ? 1 : 0;
			plan.append("measurements I").append(n).append(" from \"").append(path(from, n, root, ws, secret)).append("\"\n");
		}
		Files.writeString(ws.resolve("plan.transform"), plan);
		String text = plan.toString();

		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = assertTimeoutPreemptively(LIMIT, () -> TransformCli.run(CliRun.TODAY, root, new PrintWriter(out), new PrintWriter(err), "check", "ws"),
				() -> "too slow: " + what + "\n" + text);
		String output = out.toString();
		String about = what + "\n" + text + "\n" + output + err;
		// standard error carries only the walk's notes of the links and pipes it left out
		assertTrue(err.toString().lines().allMatch(line -> line.startsWith("transform: note: skipped ws/")), about);
		assertEquals(hostile + repeated > 0 ? 1 : 0, exit, about);
		assertFalse(output.contains("[internal-error]"), about);
		assertFalse(output.contains(SECRET), () -> "the secret beside the workspace was published: " + about);
		assertFalse(output.contains("[" + IssueCodes.DUPLICATE_NAME + "]"), () -> "a linked folder was read twice: " + about);
		assertTrue(output.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F), () -> "a control character in: " + about);
		assertEquals(hostile, count(output, IssueCodes.MEASUREMENT_FILE), about);
		assertEquals(repeated, count(output, IssueCodes.REPEATED_CLAUSE), about);
	}

	/** The path a measurements block names, and the file behind it made as the case needs. */
	private static String path(From from, int n, Path root, Path ws, Path secret) throws IOException {
		return switch (from) {
			case GOOD -> {
				Files.createDirectories(ws.resolve("data"));
				Files.writeString(ws.resolve("data/good" + n + ".csv"), "date,value\n2026-02-28,88\n");
				yield "data/good" + n + ".csv";
			}
			case ABSOLUTE -> secret.toString();
			case ESCAPE -> "../" + secret.getFileName();
			case FILE_URI -> secret.toUri().toString();
			case WEB -> "https://example.com/" + n + ".csv";
			case HOME -> "~/.ssh/id_rsa";
			case LINK_OUT -> {
				Files.createDirectories(ws.resolve("data"));
				Files.createSymbolicLink(ws.resolve("data/linked" + n + ".csv"), secret);
				yield "data/linked" + n + ".csv";
			}
			case PIPE -> {
				Files.createDirectories(ws.resolve("data"));
				Path pipe = ws.resolve("data/pipe" + n + ".csv");
				mkfifo(pipe);
				yield "data/pipe" + n + ".csv";
			}
			case FOLDER -> {
				Files.createDirectories(ws.resolve("folder" + n));
				yield "folder" + n;
			}
			case MISSING -> "data/missing" + n + ".csv";
		};
	}

	private static long count(String output, String code) {
		return output.lines().filter(l -> l.contains("[" + code + "]")).count();
	}

	private boolean canMakePipes() {
		try {
			mkfifo(dir.resolve("probe"));
			return Files.exists(dir.resolve("probe"));
		} catch (IOException e) {
			return false;
		}
	}

	private static void mkfifo(Path pipe) throws IOException {
		try {
			if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() != 0) {
				throw new IOException("mkfifo failed for " + pipe);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) { // does not follow links: only the links themselves are deleted
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
