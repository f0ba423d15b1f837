package org.transform.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** Small helpers of the benchmark tables. */
final class Stats {

	private Stats() {
	}

	/** The median (the lower middle for an even count). */
	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[(sorted.length - 1) / 2];
	}

	static String f1(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String f2(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	static String thousands(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	static double millis(long nanos) {
		return nanos / 1e6;
	}

	/** The value of {@code --name=value} among the arguments, or the default. */
	static String option(String[] args, String name, String defaultValue) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return defaultValue;
	}

	static String machine() {
		return "Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
	}
}
