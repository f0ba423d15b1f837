package org.transform.benchmarks;

import static org.transform.benchmarks.Stats.f1;
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
 * {@code java -jar transform.jar check <folder>} as a fresh process on a generated workspace of 1,000
 * files and 100,000 elements written to a temporary folder: the wall time from starting the process
 * to its exit, median of {@code --runs} runs, against a warm in-process tokenizer pass over the same
 * text (the floor). Targets: at most 5 s, and at most 10× the tokenizer pass.
 *
 * <p>Options: {@code --elements=100000} {@code --files=1000} {@code --runs=3} {@code --seed=20261124}
 * {@code --jar=releng/cli/target/transform.jar} {@code --jvm="<options of the checked JVM>"} (e.g. a
 * flight recording) {@code --launcher=./transform} (runs {@code <launcher> check <folder>} instead of
 * {@code java -jar}: the launcher picks its JDK and options) {@code --keep} (leaves the folder).
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
		Path jar = Path.of(option(args, "jar", defaultJar())).toAbsolutePath();
		String launcherOption = option(args, "launcher", "");
		Path launcher = launcherOption.isBlank() ? null : Path.of(launcherOption).toAbsolutePath();
		if (launcher != null && !Files.isExecutable(launcher)) {
			throw new IllegalArgumentException("no executable launcher at " + launcher + ": give the repository's ./transform script");
		}
		if (launcher == null && !Files.isRegularFile(jar)) {
			throw new IllegalArgumentException("no transform.jar at " + jar + ": build it first (./mvnw -o verify -DskipTests), or give --jar=");
		}

		Workspace workspace = new PlanGenerator(seed).workspace(elements, files);
		Path folder = Files.createTempDirectory("transform-cli-check");
		Language.write(workspace, folder);
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
		String summary = "";
		int exitCode = -1;
		for (int i = 0; i < runs; i++) {
			List<String> command = new ArrayList<>();
			if (launcher != null) {
				command.addAll(List.of(launcher.toString(), "check", folder.toString()));
			} else {
				command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
				if (!jvm.isBlank()) {
					command.addAll(List.of(jvm.trim().split("\\s+")));
				}
				command.addAll(List.of("-jar", jar.toString(), "check", folder.toString()));
			}
			Path out = Files.createTempFile("transform-cli-check", ".out");
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("transform check did not end within 10 minutes");
			}
			wall[i] = millis(System.nanoTime() - start);
			exitCode = process.exitValue();
			List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
			summary = lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
			Files.delete(out);
			System.err.println("  run " + (i + 1) + ": " + f1(wall[i]) + " ms, exit code " + exitCode + ", " + summary);
		}
		if (!List.of(args).contains("--keep")) {
			delete(folder);
		}
		double wallMs = median(wall);
		System.out.println("CLI check as a fresh process: " + (launcher == null ? "java " + (jvm.isBlank() ? "" : jvm.trim() + " ") + "-jar transform.jar"
				: launcher.getFileName()) + " check <folder> (" + Stats.machine() + ")");
		System.out.println();
		System.out.println("| files | elements | lines | MB | runs | wall ms (median) | min | max | tokenizer ms | wall / tokenizer | target ≤ 5 s | target ≤ 10× | exit | summary |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---|");
		System.out.println("| " + thousands(workspace.files().size()) + " | " + thousands(workspace.elements()) + " | " + thousands(workspace.lines()) + " | "
				+ Stats.f2(workspace.bytes() / (1024.0 * 1024.0)) + " | " + runs + " | " + f1(wallMs) + " | " + f1(min(wall)) + " | " + f1(max(wall)) + " | "
				+ f1(tokenizerMs) + " | " + f1(wallMs / tokenizerMs) + "× | " + (wallMs <= 5000 ? "met" : "**missed**") + " | "
				+ (wallMs <= 10 * tokenizerMs ? "met" : "**missed**") + " | " + exitCode + " | " + summary + " |");
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
