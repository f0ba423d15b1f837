package org.transform.dsl.validation;

/**
 * How many edits turn one name into another, counting the swap of two neighbouring letters as one
 * edit (the optimal string alignment distance, the restricted Damerau–Levenshtein distance): {@code Slaes}
 * is one edit from {@code Sales}, where Levenshtein's distance counts two.
 *
 * <p>Written here, in these few lines, because no well-kept library fits: Apache Commons Text, which the
 * language already uses, offers Levenshtein's distance only (1.14: {@code LevenshteinDistance},
 * {@code LevenshteinDetailedDistance}, no Damerau variant), and the libraries on Maven Central that have
 * one (java-string-similarity) are not OSGi bundles and would have to be wrapped for the Eclipse
 * editor's target platform together with their own dependencies.
 *
 * <p>Like Commons Text's bounded {@code LevenshteinDistance}, it gives up beyond a threshold and only
 * looks at the band of the table within the threshold of its diagonal: its cost is the name's length
 * times the threshold, not the product of the two lengths.
 */
final class TranspositionDistance {

	private final int threshold;

	/** @param threshold the largest distance worth knowing; beyond it, {@link #apply} says -1 */
	TranspositionDistance(int threshold) {
		this.threshold = threshold;
	}

	/** The distance between the two texts, or -1 when it is larger than the threshold. */
	int apply(CharSequence a, CharSequence b) {
		int n = a.length();
		int m = b.length();
		if (Math.abs(n - m) > threshold) {
			return -1;
		}
		int beyond = threshold + 1;
		int[] twoRowsAgo = new int[m + 1];
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = Math.min(j, beyond);
		}
		for (int i = 1; i <= n; i++) {
			int from = Math.max(1, i - threshold);
			int to = Math.min(m, i + threshold);
			current[from - 1] = from == 1 ? Math.min(i, beyond) : beyond;
			if (to < m) {
				current[to + 1] = beyond;
			}
			int best = current[from - 1];
			char ai = a.charAt(i - 1);
			for (int j = from; j <= to; j++) {
				char bj = b.charAt(j - 1);
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
				if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
					value = Math.min(value, twoRowsAgo[j - 2] + 1);
				}
				current[j] = Math.min(value, beyond);
				best = Math.min(best, current[j]);
			}
			if (best > threshold) {
				return -1;
			}
			int[] recycled = twoRowsAgo;
			twoRowsAgo = previous;
			previous = current;
			current = recycled;
		}
		return previous[m] <= threshold ? previous[m] : -1;
	}
}
