package org.transform.dsl.analysis;

import org.transform.dsl.model.Measurements;

/**
 * A problem found while reading a measurement CSV file. {@code line} is 1-based, or 0 when the
 * problem concerns the whole file (missing, unreadable, too large).
 */
public record CsvProblem(Measurements block, int line, String message) {

	public boolean wholeFile() {
		return line == 0;
	}
}
