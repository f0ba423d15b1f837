package org.transform.benchmarks;

import static org.transform.benchmarks.Stats.f1;
import static org.transform.benchmarks.Stats.f2;
import static org.transform.benchmarks.Stats.median;
import static org.transform.benchmarks.Stats.millis;
import static org.transform.benchmarks.Stats.option;
import static org.transform.benchmarks.Stats.thousands;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.transform.benchmarks.PlanGenerator.Workspace;

/**
 * {@code transform check <folder>} as a fresh process, as a user runs it, on a generated workspace of 1,000
 * files and 100,000 elements written to a temporary folder: the wall time from starting the process to its
 * exit, median of {@code --runs} runs, with the process's user and system CPU time, against a warm in-process
 * tokenizer pass over the same text (the floor). Targets: at most 5 s, and at most 10× the tokenizer pass.
 *
 * <p>By default the command is the repository's launcher ({@code ./transform check <folder>}, the README's
 * command), run with {@code JAVA_HOME} set to this harness's own Java: so {@code java -cp … CliCheck} measures
 * the launcher on the PATH's Java and {@code /usr/lib/jvm/<jdk>/bin/java -cp … CliCheck} on that JDK, with
 * the options the launcher gives that Java (the JIT's first tier; on Java 25+ the build's AOT cache). The
 * launcher runs the jar beside it ({@code releng/cli/target/transform.jar} of its tree).
 *
 * <p>Options: {@code --elements=100000} {@code --files=1000} {@code --runs=3} {@code --seed=20261124}
 * {@code --launcher=./transform} (another tree's launcher, e.g. a copy of {@code main}'s)
 * {@code --plain} (runs {@code java -jar <jar> check <folder>} instead: the jar without the launcher's options)
 * {@code --jar=releng/cli/target/transform.jar} (with {@code --plain}) {@code --jvm="<options of the checked JVM>"}
 * (e.g. a flight recording; given to the launcher's JVM through {@code JDK_JAVA_OPTIONS})
 * {@code --keep} (leaves the folder) {@code --folder=<path>} (checks that folder, one that {@code --keep} left with the same options, instead of writing one).
 */
public final class CliCheck {

	private CliCheck() {
	}

	public static void main(String[] args) throws Exception {
		int elements = Integer.parseInt(option(args, "elements", "100000"));
		int files = Integer.parseInt(option(args, "files", "1000"));
		int runs = Integer.parseInt(option(args, "runs", "3"));
		long seed = Long.parseLong(option(args, "seed", "20261124"));
		String jvm = option(args, "jvm", "");
		boolean plain = List.of(args).contains("--plain");
		Path jar = Path.of(option(args, "jar", defaultJar())).toAbsolutePath();
		Path launcher = plain ? null : Path.of(option(args, "launcher", defaultLauncher())).toAbsolutePath();
		if (launcher != null && !Files.isExecutable(launcher)) {
			throw new IllegalArgumentException("no executable launcher at " + launcher + ": give the repository's ./transform script, or --plain");
		}
		if (launcher == null && !Files.isRegularFile(jar)) {
			throw new IllegalArgumentException("no transform.jar at " + jar + ": build it first (./mvnw -o verify -DskipTests), or give --jar=");
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

		Workspace workspace = new PlanGenerator(seed).workspace(elements, files);
		String given = option(args, "folder", "");
		Path folder = given.isBlank() ? Files.createTempDirectory("transform-cli-check") : Path.of(given).toAbsolutePath();
		if (given.isBlank()) {
			Language.write(workspace, folder);
		}
		System.err.println("workspace: " + workspace.files().size() + " files, " + workspace.elements() + " elements, " + workspace.lines()
				+ " lines, " + workspace.bytes() / 1024 + " KB in " + folder);

		Language language = new Language();
		double[] tokenizer = new double[5];
		for (int i = -3; i < tokenizer.length; i++) {
			long start = System.nanoTime();
			language.tokenize(workspace);
			if (i >= 0) {
				tokenizer[i] = millis(System.nanoTime() - start);
			}
		}
		double tokenizerMs = median(tokenizer);
		System.err.println("tokenizer pass (warm, in process): " + f1(tokenizerMs) + " ms");

		double[] wall = new double[runs];
		double[] user = new double[runs];
		double[] system = new double[runs];
		String summary = "";
		int exitCode = -1;
		for (int i = 0; i < runs; i++) {
			List<String> command = new ArrayList<>();
			ProcessBuilder builder = new ProcessBuilder(command);
			if (launcher != null) {
				command.addAll(List.of("/usr/bin/time", "-f", CPU_PREFIX + "%U %S", launcher.toString(), "check", folder.toString()));
				builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
				if (!jvm.isBlank()) {
					builder.environment().put("JDK_JAVA_OPTIONS", jvm.trim());
				}
			} else {
				command.addAll(List.of("/usr/bin/time", "-f", CPU_PREFIX + "%U %S", java));
				if (!jvm.isBlank()) {
					command.addAll(List.of(jvm.trim().split("\\s+")));
				}
				command.addAll(List.of("-jar", jar.toString(), "check", folder.toString()));
			}
			Path out = Files.createTempFile("transform-cli-check", ".out");
			Path err = Files.createTempFile("transform-cli-check", ".err");
			String load = loadAverage();
			long start = System.nanoTime();
			Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("transform check did not end within 10 minutes");
			}
			wall[i] = millis(System.nanoTime() - start);
			exitCode = process.exitValue();
			List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
			summary = lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
			double[] used = cpu(Files.readAllLines(err, StandardCharsets.UTF_8));
			user[i] = used[0];
			system[i] = used[1];
			Files.delete(out);
			Files.delete(err);
			System.err.println("  run " + (i + 1) + ": " + f1(wall[i]) + " ms, user " + f2(user[i]) + " s, sys " + f2(system[i]) + " s, load before "
					+ load + ", exit code " + exitCode + ", " + summary);
		}
		if (given.isBlank() && !List.of(args).contains("--keep")) {
			delete(folder);
		}
		double wallMs = median(wall);
		String how = launcher == null ? "java " + (jvm.isBlank() ? "" : jvm.trim() + " ") + "-jar transform.jar"
				: launcher.getFileName() + " (JAVA_HOME=" + System.getProperty("java.home") + (jvm.isBlank() ? "" : ", JDK_JAVA_OPTIONS=" + jvm.trim()) + ")";
		System.out.println("CLI check as a fresh process: " + how + " check <folder> (" + Stats.machine() + ")");
		System.out.println();
		System.out.println("| files | elements | lines | MB | runs | wall ms (median) | min | max | user s (median) | sys s (median) | tokenizer ms | wall / tokenizer | target ≤ 5 s | target ≤ 10× | exit | summary |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---|");
		System.out.println("| " + thousands(workspace.files().size()) + " | " + thousands(workspace.elements()) + " | " + thousands(workspace.lines()) + " | "
				+ Stats.f2(workspace.bytes() / (1024.0 * 1024.0)) + " | " + runs + " | " + f1(wallMs) + " | " + f1(min(wall)) + " | " + f1(max(wall)) + " | "
				+ f2(median(user)) + " | " + f2(median(system)) + " | "
				+ f1(tokenizerMs) + " | " + f1(wallMs / tokenizerMs) + "× | " + (wallMs <= 5000 ? "met" : "**missed**") + " | "
				+ (wallMs <= 10 * tokenizerMs ? "met" : "**missed**") + " | " + exitCode + " | " + summary + " |");
	}

	/** The marker of {@code /usr/bin/time}'s line on the checked process's standard error. */
	private static final String CPU_PREFIX = "cli-check-cpu: ";

	/** User and system CPU seconds from {@code /usr/bin/time}'s line; the other lines (the check's own) are passed on. */
	private static double[] cpu(List<String> errLines) {
		double[] used = { Double.NaN, Double.NaN };
		for (String line : errLines) {
			if (line.startsWith(CPU_PREFIX)) {
				String[] parts = line.substring(CPU_PREFIX.length()).trim().split("\\s+");
				used[0] = Double.parseDouble(parts[0]);
				used[1] = Double.parseDouble(parts[1]);
			} else {
				System.err.println("    " + line);
			}
		}
		return used;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	private static String defaultLauncher() {
		return Files.isDirectory(Path.of("releng")) ? "transform" : "../../transform";
	}

	private static String defaultJar() {
		return Files.isDirectory(Path.of("releng")) ? "releng/cli/target/transform.jar" : "../cli/target/transform.jar";
	}

	private static double min(double[] values) {
		double min = Double.MAX_VALUE;
		for (double v : values) {
			min = Math.min(min, v);
		}
		return min;
	}

	private static double max(double[] values) {
		double max = 0;
		for (double v : values) {
			max = Math.max(max, v);
		}
		return max;
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
