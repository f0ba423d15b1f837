package org.transform.dsl.ide.cli;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.transform.dsl.workspace.Finding;

/**
 * What {@code transform check} found: the files checked (as shown) and the findings, ordered by the
 * path as shown, then by position.
 */
public final class CheckReport {

	private final List<String> files;
	private final Function<Finding, String> paths;
	private final List<Finding> findings;

	/** @param paths the path of a finding's file as the user gave it */
	public CheckReport(List<String> files, List<Finding> findings, Function<Finding, String> paths) {
		this.files = List.copyOf(files);
		this.paths = paths;
		this.findings = findings.stream().sorted(Comparator.comparing(paths).thenComparing(Finding.WITHIN_FILE)).toList();
	}

	public List<String> files() {
		return files;
	}

	public List<Finding> findings() {
		return findings;
	}

	/** The path of the finding's file as the user gave it. */
	public String path(Finding finding) {
		return paths.apply(finding);
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
