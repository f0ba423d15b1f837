package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.tests.cli.CliRun.transform;
import static org.transform.dsl.tests.cli.CliRun.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.resource.TransformResource;
import org.transform.dsl.validation.IssueCodes;

/**
 * Whatever a file holds, {@code transform check} answers with findings (or refuses a file that is not
 * text), never with a crash: garbage, random characters, unbalanced braces and a plan of several
 * megabytes.
 */
public class BadInputTest {

	@TempDir
	Path dir;

	@Test
	public void syntaxGarbageGivesSyntaxErrors() {
		write(dir, "garbage.transform", """
				}{ plan plan "unterminated
				goal { { { owner owner 2026-99-99 -- ++ ;; <<>> \\ ' " "
				indicator 12 better better baseline on on
				measurements : : : 2026-01: abc
				""");

		CliRun run = transform(dir, "check", "garbage.transform").assertChecked(1);

		assertTrue(run.out().contains("[" + IssueCodes.SYNTAX_ERROR + "]"), run.out());
		assertTrue(run.summary().endsWith(" in 1 file"), run.summary());
	}

	@Test
	public void randomCharactersGiveSyntaxErrors() {
		Random random = new Random(20261124);
		byte[] bytes = new byte[20_000];
		random.nextBytes(bytes);
		// every byte as a character (ISO-8859-1), then saved as UTF-8: text, but not a plan
		String text = new String(bytes, StandardCharsets.ISO_8859_1).replace('\0', ' ');
		write(dir, "random.transform", text);

		CliRun run = transform(dir, "check", "random.transform").assertChecked(1);

		assertTrue(run.out().contains("[" + IssueCodes.SYNTAX_ERROR + "]"), run.out());
	}

	@Test
	public void randomBytesAreRefusedAsNotText() {
		Random random = new Random(42);
		byte[] bytes = new byte[4096];
		random.nextBytes(bytes);
		write(dir, "random.transform", bytes);

		transform(dir, "check", "random.transform").assertRefused("random.transform", "not");
	}

	@Test
	public void unbalancedBracesGiveSyntaxErrors() {
		write(dir, "braces.transform", """
				plan Braces { period 2026-01 to 2027-12
				indicator A { unit days  better lower
				goal G { owner T  raise A
				}}}}}
				team T { { {
				""" + "{".repeat(10_000) + "\n" + "}".repeat(10_000) + "\n");

		CliRun run = transform(dir, "check", "braces.transform").assertChecked(1);

		assertTrue(run.out().contains("[" + IssueCodes.SYNTAX_ERROR + "]"), run.out());
	}

	@Test
	public void aFiveMegabytePlanIsChecked() {
		String plan = LargePlan.generate(5 * 1024 * 1024, 7);
		write(dir, "large.transform", plan);
		int slices = LargePlan.slices(plan);

		long start = System.nanoTime();
		CliRun run = transform(dir, "check", "large.transform");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("transform check of a " + plan.length() / 1024 + " KB plan (" + plan.lines().count() + " lines, " + slices
				+ " slices): " + millis + " ms");

		run.assertChecked(0);
		int policiesWithoutGoal = (slices + LargePlan.POLICY_WITHOUT_GOAL_EVERY - 1) / LargePlan.POLICY_WITHOUT_GOAL_EVERY;
		assertEquals(policiesWithoutGoal, run.findingLines().stream().filter(l -> l.contains("[" + IssueCodes.POLICY_WITHOUT_GOAL + "]")).count(),
				run::summary);
		assertEquals("0 errors, " + policiesWithoutGoal + " warnings, 0 info in 1 file", run.summary());
	}

	@Test
	public void aFileLargerThanTheCapIsOneErrorAndIsNotRead() {
		write(dir, "huge.transform", LargePlan.generate(TransformResource.MAX_BYTES + 1024, 7));
		write(dir, "small.transform", "plan Small\nteam T\n");

		CliRun run = transform(dir, "check", ".").assertChecked(1);

		List<String> findings = run.findingLines();
		assertEquals(1, findings.size(), run::out);
		assertTrue(findings.get(0).contains("huge.transform:1") && findings.get(0).contains("[" + IssueCodes.FILE_TOO_LARGE + "]")
				&& findings.get(0).contains("larger than 8 MiB and was not read"), findings.get(0));
		assertEquals("1 error, 0 warnings, 0 info in 2 files", run.summary());
	}
}
