package org.transform.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.cli.TransformCli;
import org.transform.dsl.tests.cli.CliRun;
import org.transform.dsl.validation.IssueCodes;

/**
 * Files made to hurt: measurement CSV files of 50 MB (one endless row, millions of rows, an
 * unterminated quote) and of binary garbage get one clear finding that names the file, in bounded
 * time and memory; a workspace folder with symbolic links that loop back to it is checked, not
 * walked forever.
 */
public class HostileFilesTest {

	private static final long FIFTY_MB = 50L * 1024 * 1024;

	private static final String PLAN = """
			plan Hostile { period 2026-01 to 2027-12 }
			indicator SalesCycle { unit days  better lower }
			measurements SalesCycle from "data/measurements.csv"
			""";

	@TempDir
	Path dir;

	/** What {@code transform check .} printed and returned. */
	private record Check(int exitCode, String out, String err) {
	}

	private Check check(String... paths) {
		return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			String[] args = new String[paths.length + 1];
			args[0] = "check";
			System.arraycopy(paths, 0, args, 1, paths.length);
			int exitCode = TransformCli.run(CliRun.TODAY, dir, new PrintWriter(out), new PrintWriter(err), args);
			return new Check(exitCode, out.toString(), err.toString());
		}, "transform check took more than 60 seconds");
	}

	/** The one measurement-file finding of the plan, which names the file and says the expected parts. */
	private void assertOneMeasurementFileError(String... expectedParts) {
		Check check = check("plan.transform");
		assertEquals("", check.err(), "standard error");
		assertEquals(1, check.exitCode(), check::out);
		List<String> findings = check.out().lines().filter(l -> l.contains("[" + IssueCodes.MEASUREMENT_FILE + "]")).toList();
		assertEquals(1, findings.size(), check::out);
		String finding = findings.get(0);
		assertTrue(finding.startsWith("plan.transform:3:"), finding);
		assertTrue(finding.contains("data/measurements.csv"), () -> "the finding names the file: " + finding);
		for (String part : expectedParts) {
			assertTrue(finding.contains(part), () -> "'" + part + "' in: " + finding);
		}
		assertTrue(finding.length() < 400, () -> "one short line: " + finding);
	}

	private void writePlanAndCsv(CsvWriter csv) throws IOException {
		Files.writeString(dir.resolve("plan.transform"), PLAN);
		Files.createDirectories(dir.resolve("data"));
		try (BufferedWriter writer = Files.newBufferedWriter(dir.resolve("data/measurements.csv"), StandardCharsets.UTF_8)) {
			csv.write(writer);
		}
	}

	private interface CsvWriter {
		void write(BufferedWriter writer) throws IOException;
	}

	@Test
	public void aFiftyMegabyteRowIsNotRead() throws IOException {
		writePlanAndCsv(writer -> {
			writer.write("2026-02-28,");
			char[] digits = new char[1024 * 1024];
			java.util.Arrays.fill(digits, '9');
			for (long written = 0; written < FIFTY_MB; written += digits.length) {
				writer.write(digits);
			}
		});
		assertOneMeasurementFileError("larger than 16 MiB");
	}

	@Test
	public void anUnterminatedQuoteOverFiftyMegabytesIsNotRead() throws IOException {
		writePlanAndCsv(writer -> {
			writer.write("2026-02-28,\"");
			String row = "2026-03-31,90\n";
			for (long written = 0; written < FIFTY_MB; written += row.length()) {
				writer.write(row);
			}
		});
		assertOneMeasurementFileError("larger than 16 MiB");
	}

	@Test
	public void millionsOfRowsAreRefusedAtTheRowLimit() throws IOException {
		writePlanAndCsv(writer -> {
			for (long written = 0; written < 3 * 1024 * 1024; written += 14) { // 3 MiB of rows: below the byte limit, above the row limit
				writer.write("2026-03-31,90\n");
			}
		});
		assertOneMeasurementFileError("more than 100000 rows");
	}

	@Test
	public void anUnterminatedQuoteInASmallFileIsAClearError() throws IOException {
		writePlanAndCsv(writer -> writer.write("date,value\n2026-02-28,\"90\n2026-03-31,88\n"));
		assertOneMeasurementFileError("cannot be read");
	}

	@Test
	public void binaryGarbageIsNotUtf8() throws IOException {
		Files.writeString(dir.resolve("plan.transform"), PLAN);
		Files.createDirectories(dir.resolve("data"));
		byte[] garbage = new byte[1024 * 1024];
		new Random(20261124).nextBytes(garbage);
		Files.write(dir.resolve("data/measurements.csv"), garbage);
		assertOneMeasurementFileError("not UTF-8");
	}

	@Test
	public void aFolderWithLinksThatLoopBackIsCheckedOnce() throws IOException {
		Path plans = Files.createDirectories(dir.resolve("plans/sub"));
		Files.writeString(plans.resolve("plan.transform"), "plan Looping\npolicy Rule { }\n");
		Files.createSymbolicLink(plans.resolve("up"), Path.of(".."));
		Files.createSymbolicLink(plans.resolve("self"), Path.of("."));
		Files.createSymbolicLink(plans.resolve("root.transform"), dir);
		Files.createSymbolicLink(dir.resolve("plans/again"), dir.resolve("plans"));

		Check check = check("plans");

		assertEquals(List.of(
				"transform: note: skipped plans/again: it is a symbolic link, and links in a workspace are not followed (give the folder or file it points to, or copy it into the workspace)",
				"transform: note: skipped plans/sub/root.transform: it is a symbolic link, and links in a workspace are not followed (give the folder or file it points to, or copy it into the workspace)",
				"transform: note: skipped plans/sub/self: it is a symbolic link, and links in a workspace are not followed (give the folder or file it points to, or copy it into the workspace)",
				"transform: note: skipped plans/sub/up: it is a symbolic link, and links in a workspace are not followed (give the folder or file it points to, or copy it into the workspace)"),
				check.err().lines().sorted().toList(), "each link is noted, none followed");
		assertEquals(0, check.exitCode(), check::out);
		assertTrue(check.out().contains("[" + IssueCodes.POLICY_WITHOUT_GOAL + "]"), check::out);
		assertTrue(check.out().strip().endsWith("in 1 file"), check::out);
	}
}
