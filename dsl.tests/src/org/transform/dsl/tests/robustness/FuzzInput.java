package org.transform.dsl.tests.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.transform.dsl.tests.examples.ExampleWorkspaces;

/**
 * The inputs of the fuzz tests, made from a {@link Random} so that a seed reproduces them: random
 * streams of the language's tokens (and of what is not one), and the example files mutated by line
 * and character edits (insert, delete, swap and duplicate lines, unicode, CRLF line ends, deep
 * nesting, huge numbers, impossible dates).
 */
final class FuzzInput {

	/** How many cases each property runs: {@code -Dtransform.fuzz.cases=N} (the build passes it on). */
	static final String CASES_PROPERTY = "transform.fuzz.cases";

	private FuzzInput() {
	}

	static int cases(int defaultCases) {
		String value = System.getProperty(CASES_PROPERTY, "");
		return value.isBlank() ? defaultCases : Integer.parseInt(value.trim());
	}

	private static final String[] KEYWORDS = { "plan", "organization", "import", "team", "indicator", "goal", "practice", "change",
			"measurements", "tool", "channel", "policy", "period", "to", "description", "part-of", "size", "unit", "better", "cadence",
			"measured-by", "source", "status", "baseline", "on", "opposes", "owner", "deadline", "raise", "lower", "raises", "lowers",
			"lever", "supports", "from", "deploys", "category", "used-by", "adopted", "integrates-with", "kind", "serves",
			"maintained-by", "feeds", "higher", "daily", "weekly", "monthly", "quarterly", "yearly", "existing", "missing", "unreliable",
			"leadership", "organization", "skills", "job", "training", "governance", "technology", "top-down", "bottom-up" };

	private static final String[] PUNCTUATION = { "{", "}", ",", ".", ".*", ":", "-", "^", "\"", "/*", "*/", "//", "\\" };

	private static final String[] ODD = { "\u00e9", "\u00df", "\u4e2d\u6587", "\ud83d\ude80", "\u202e", "\u200b", "\ufeff", "\t", "\r\n", "\r", "\u0000",
			"\u00a0", "\ud800", "\udfff", "\u2028" };

	/** A random sequence of tokens, separated by random whitespace. */
	static String tokenStream(Random random) {
		int count = random.nextInt(120);
		StringBuilder text = new StringBuilder();
		if (random.nextInt(3) > 0) { // most streams start like a file, so that the parser goes deeper
			text.append(random.nextBoolean() ? "plan P " : "organization O ");
		}
		for (int i = 0; i < count; i++) {
			text.append(token(random));
			text.append(switch (random.nextInt(8)) {
				case 0 -> "";
				case 1 -> "\n";
				case 2 -> "\n    ";
				default -> " ";
			});
		}
		return text.toString();
	}

	static String token(Random random) {
		return switch (random.nextInt(12)) {
			case 0, 1, 2, 3 -> KEYWORDS[random.nextInt(KEYWORDS.length)];
			case 4, 5 -> PUNCTUATION[random.nextInt(PUNCTUATION.length)];
			case 6 -> identifier(random);
			case 7 -> "\"" + identifier(random) + (random.nextInt(5) == 0 ? "" : "\"");
			case 8 -> number(random);
			case 9 -> date(random);
			case 10 -> ODD[random.nextInt(ODD.length)];
			default -> identifier(random) + "." + (random.nextBoolean() ? identifier(random) : "*");
		};
	}

	static String identifier(Random random) {
		String[] names = { "Sales", "Acme", "SalesCycle", "CloseFaster", "Crm", "A", "x", "_", "plan", "Team1", "Indicator", "^team" };
		return names[random.nextInt(names.length)];
	}

	static String number(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> "9".repeat(1 + random.nextInt(400)); // far beyond int and long
			case 1 -> "0." + "0".repeat(random.nextInt(50)) + "1";
			case 2 -> "-" + random.nextInt(1000);
			case 3 -> "1" + "0".repeat(random.nextInt(30)) + "." + random.nextInt(100);
			default -> Integer.toString(random.nextInt(100_000));
		};
	}

	static String date(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> "2026-02-30"; // impossible
			case 1 -> "2026-13-01";
			case 2 -> "0000-00-00";
			case 3 -> "9999-99";
			case 4 -> String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(100), random.nextInt(100));
			default -> String.format("%04d-%02d", 2020 + random.nextInt(10), 1 + random.nextInt(12));
		};
	}

	/** A file of the examples, chosen at random; its text is {@link #read(Path)}. */
	static Path exampleFile(Random random) {
		List<Path> files = ExampleWorkspaces.transformFiles(ExampleWorkspaces.folder());
		return files.get(random.nextInt(files.size()));
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text with 1 to 6 random mutations. */
	static String mutate(String text, Random random) {
		String result = text;
		int mutations = 1 + random.nextInt(6);
		for (int i = 0; i < mutations; i++) {
			result = mutateOnce(result, random);
		}
		return result;
	}

	private static String mutateOnce(String text, Random random) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int line = random.nextInt(lines.size());
		int other = random.nextInt(lines.size());
		switch (random.nextInt(13)) {
			case 0 -> lines.remove(line);
			case 1 -> lines.add(line, lines.get(other)); // duplicate a line elsewhere
			case 2 -> { // swap two lines
				String swapped = lines.get(line);
				lines.set(line, lines.get(other));
				lines.set(other, swapped);
			}
			case 3 -> lines.add(line, tokenStream(random)); // insert a random line
			case 4 -> { // delete a span of characters
				int start = random.nextInt(text.length() + 1);
				int end = Math.min(text.length(), start + random.nextInt(60));
				return text.substring(0, start) + text.substring(end);
			}
			case 5 -> { // insert a token at a random character
				int at = random.nextInt(text.length() + 1);
				return text.substring(0, at) + token(random) + text.substring(at);
			}
			case 6 -> { // unicode in a line
				String l = lines.get(line);
				int at = random.nextInt(l.length() + 1);
				lines.set(line, l.substring(0, at) + ODD[random.nextInt(ODD.length)] + l.substring(at));
			}
			case 7 -> { // CRLF line ends
				return text.replace("\n", "\r\n");
			}
			case 8 -> { // deep nesting
				int depth = 1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 50);
				String l = lines.get(line);
				lines.set(line, l + " " + "{ ".repeat(depth) + (random.nextBoolean() ? "} ".repeat(depth) : ""));
			}
			case 9 -> { // every number of a line made huge
				lines.set(line, lines.get(line).replaceAll("\\b\\d+(\\.\\d+)?\\b", number(random)));
			}
			case 10 -> { // every date of a line made impossible
				lines.set(line, lines.get(line).replaceAll("\\d{4}-\\d{2}(-\\d{2})?", date(random)));
			}
			case 11 -> { // truncate the file
				return text.substring(0, random.nextInt(text.length() + 1));
			}
			default -> { // a name of the line replaced by another line's word
				String[] words = lines.get(other).strip().split("\\s+");
				String word = words[random.nextInt(words.length)]; // never empty: "".split gives [""]
				lines.set(line, lines.get(line).replaceFirst("[A-Z][A-Za-z0-9]*", java.util.regex.Matcher.quoteReplacement(word)));
			}
		}
		return String.join("\n", lines);
	}
}
