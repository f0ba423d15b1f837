package org.transform.dsl.ide.cli;

import java.util.Comparator;
import java.util.Locale;

/**
 * One finding of {@code transform check}: where (the path as shown to the user, 1-based line and
 * column of the start, and of the character after the end), how bad, which rule and what to do.
 */
public record Finding(String path, int line, int column, int endLine, int endColumn, Level level, String code, String message) {

	/** How bad a finding is; the names are those printed by the text format. */
	public enum Level {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The order findings are listed in: by path, then position; ties broken so that output is stable. */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
			.thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::level)
			.thenComparing(Finding::code)
			.thenComparing(Finding::message);
}
