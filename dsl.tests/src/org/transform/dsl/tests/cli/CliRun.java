package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.transform.dsl.ide.cli.TransformCli;

/** One run of the {@code transform} command line, in process, with its output captured. */
public record CliRun(int exitCode, String out, String err) {

	/** The day every command-line test runs on: no test reads the system clock. */
	public static final Clock TODAY = Clock.fixed(Instant.parse("2026-04-15T10:00:00Z"), ZoneOffset.UTC);

	/** Runs {@code transform args...} as if started in {@code workingDirectory}. */
	static CliRun transform(Path workingDirectory, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = TransformCli.run(TODAY, workingDirectory, new PrintWriter(out), new PrintWriter(err), args);
		return new CliRun(exitCode, out.toString(), err.toString());
	}

	/** Writes a file below {@code folder}, creating its parent folders. */
	static Path write(Path folder, String relativePath, String text) {
		return write(folder, relativePath, text.getBytes(StandardCharsets.UTF_8));
	}

	static Path write(Path folder, String relativePath, byte[] content) {
		try {
			Path file = folder.resolve(relativePath);
			Files.createDirectories(file.getParent());
			return Files.write(file, content);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<String> outLines() {
		return out.lines().toList();
	}

	/** The findings' lines of the text format (all but the summary). */
	List<String> findingLines() {
		List<String> lines = outLines();
		return lines.subList(0, lines.size() - 1);
	}

	String summary() {
		List<String> lines = outLines();
		return lines.get(lines.size() - 1);
	}

	/** The workspace was checked: findings on standard output, nothing on standard error, no crashed check. */
	CliRun assertChecked(int expectedExitCode) {
		assertEquals("", err, "standard error of a check that ran");
		assertFalse(out.contains("[internal-error]"), () -> "a check crashed:\n" + out);
		assertEquals(expectedExitCode, exitCode, () -> "exit code; output:\n" + out);
		return this;
	}

	/** The input was refused: exit code 2, nothing on standard output, one line on standard error that says what is wrong. */
	CliRun assertRefused(String... expectedParts) {
		assertEquals(2, exitCode, () -> "exit code; stderr: " + err);
		assertEquals("", out, "standard output of a refused input");
		List<String> lines = err.lines().toList();
		assertEquals(1, lines.size(), () -> "one line on standard error, got:\n" + err);
		String line = lines.get(0);
		assertTrue(line.startsWith("transform: "), line);
		assertFalse(line.contains("internal error"), line);
		assertFalse(line.contains("Exception"), line);
		for (String part : expectedParts) {
			assertTrue(line.contains(part), () -> "'" + part + "' in: " + line);
		}
		return this;
	}
}
