package org.transform.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.transform.dsl.tests.examples.ExampleWorkspaces;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Whatever a file holds, the language answers with findings: random streams of tokens and mutated
 * example files go through the parser, the linker, every check and the formatter without an
 * exception, within 10 seconds each, every finding's range inside the document, and the formatter
 * has no problem and changes nothing but whitespace.
 *
 * <p>The inputs come from a {@link Random} that jqwik seeds: a failing case is reported with its
 * seed and its input, and jqwik's database re-runs it first next time. The number of cases is
 * {@code -Dtransform.fuzz.cases=N} (default in the build: see {@code dsl.tests/pom.xml}).
 */
public class ParserFuzzTest {

	private static final Duration LIMIT = Duration.ofSeconds(10);

	@Provide
	Arbitrary<String> tokenStreams() {
		return Arbitraries.randomValue(FuzzInput::tokenStream);
	}

	/** An example file and its mutated text. */
	record Mutated(Path file, String text) {
		@Override
		public String toString() {
			return ExampleWorkspaces.folder().relativize(file) + " mutated to:\n" + text;
		}
	}

	@Provide
	Arbitrary<Mutated> mutatedExamples() {
		return Arbitraries.randomValue(random -> {
			Path file = FuzzInput.exampleFile(random);
			return new Mutated(file, FuzzInput.mutate(FuzzInput.read(file), random));
		});
	}

	@Property(shrinking = ShrinkingMode.OFF)
	void randomTokenStreamsGiveFindingsNotFailures(@ForAll("tokenStreams") String text) {
		Pipeline.Outcome outcome = assertTimeoutPreemptively(LIMIT, () -> Pipeline.run(text));
		Pipeline.assertRangesInside(outcome);
		Pipeline.assertFormatterHadNoProblem(outcome);
		Pipeline.assertOnlyWhitespaceChanged(outcome);
	}

	@Property(shrinking = ShrinkingMode.OFF)
	void mutatedExamplesGiveFindingsNotFailures(@ForAll("mutatedExamples") Mutated mutated) {
		Pipeline.Outcome outcome = assertTimeoutPreemptively(LIMIT, () -> Pipeline.runInExample(mutated.file(), mutated.text()));
		Pipeline.assertRangesInside(outcome);
		Pipeline.assertFormatterHadNoProblem(outcome);
		Pipeline.assertOnlyWhitespaceChanged(outcome);
	}
}
