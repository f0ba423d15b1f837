package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.tests.cli.CliRun.transform;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.validation.RuleCatalogue;
import org.transform.dsl.validation.RuleCatalogue.Rule;

/** {@code transform explain <code>}: a rule's meaning, reason and examples, like {@code rustc --explain}. */
public class ExplainCommandTest {

	@TempDir
	Path dir;

	@Test
	public void explainsWhatARuleSaysWhyAndHowToFollowIt() {
		CliRun run = transform(dir, "explain", IssueCodes.TECHNOLOGY_WITHOUT_TRAINING);
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		String out = run.out();
		assertTrue(out.startsWith("technology-without-training (warning, quick fix in the editor)\n"), out);
		assertTrue(out.contains("Why: Training is the most overlooked part of the process"), out);
		assertTrue(out.contains("Breaks the rule:\n\n    plan Example \"An example\""), out);
		assertTrue(out.contains("Follows it:\n\n    plan Example") && out.contains("    change CrmTraining"), out);
	}

	@Test
	public void explainsEveryCode() {
		for (Rule rule : RuleCatalogue.rules()) {
			CliRun run = transform(dir, "explain", rule.code());
			assertEquals(0, run.exitCode(), rule.code() + ": " + run.err());
			assertEquals(rule.explanation(), run.out());
		}
	}

	@Test
	public void anUnknownCodeIsRefusedWithTheKnownCodes() {
		transform(dir, "explain", "no-such-rule").assertRefused("Unknown rule code 'no-such-rule'", "the known codes are:",
				String.join(", ", RuleCatalogue.codes()));
	}

	@Test
	public void explainWantsExactlyOneCode() {
		transform(dir, "explain").assertRefused("<code>");
	}
}
