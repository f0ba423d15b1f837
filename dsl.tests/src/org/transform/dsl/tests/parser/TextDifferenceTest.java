package org.transform.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.transform.dsl.parser.TextDifference;

/**
 * Where a text before and after an edit begin and end alike, found block by block, is where a character by
 * character comparison finds it: edits anywhere (also at block boundaries and the texts' ends), texts of
 * other lengths, limits shorter than the common part.
 */
public class TextDifferenceTest {

	@Test
	void beginningsAndEndsAreThoseOfAComparisonCharacterByCharacter() {
		Random random = new Random(20261206L);
		for (int round = 0; round < 2000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(1200); i > 0; i--) {
				text.append((char) ('a' + random.nextInt(3)));
			}
			String before = text.toString();
			int at = random.nextInt(before.length() + 1);
			int removed = Math.min(before.length() - at, random.nextInt(4));
			String typed = "xé".substring(0, random.nextInt(3));
			String after = before.substring(0, at) + typed + before.substring(at + removed);
			int limit = random.nextInt(4) == 0 ? random.nextInt(before.length() + 1) : Integer.MAX_VALUE;
			String context = "round " + round + ", edit at " + at + ", limit " + limit;
			assertEquals(prefix(before, after, limit), TextDifference.commonPrefix(before, after, limit), context);
			assertEquals(suffix(before, after, limit), TextDifference.commonSuffix(before, after, limit), context);
		}
	}

	private static int prefix(String a, String b, int limit) {
		int i = 0;
		while (i < Math.min(limit, Math.min(a.length(), b.length())) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	private static int suffix(String a, String b, int limit) {
		int i = 0;
		while (i < Math.min(limit, Math.min(a.length(), b.length())) && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
			i++;
		}
		return i;
	}
}
