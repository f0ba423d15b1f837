package org.transform.dsl.ide.cli;

import java.util.List;

/** What {@code transform check} found: the files checked (as shown) and the findings, in {@link Finding#ORDER}. */
public record CheckReport(List<String> files, List<Finding> findings) {

	public CheckReport {
		files = List.copyOf(files);
		findings = findings.stream().sorted(Finding.ORDER).toList();
	}

	public long count(Finding.Level level) {
		return findings.stream().filter(f -> f.level() == level).count();
	}

	public boolean hasErrors() {
		return count(Finding.Level.ERROR) > 0;
	}

	/** E.g. {@code 3 errors, 5 warnings, 1 info in 4 files}. */
	public String summary() {
		return plural(count(Finding.Level.ERROR), "error", "errors") + ", "
				+ plural(count(Finding.Level.WARNING), "warning", "warnings") + ", "
				+ count(Finding.Level.INFO) + " info in "
				+ plural(files.size(), "file", "files");
	}

	private static String plural(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
