package org.transform.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.report.ReportFormat;
import org.transform.dsl.generator.report.ReportGenerator;
import org.transform.dsl.ide.TransformIdeSetup;
import org.transform.dsl.ide.cli.SourceFiles;
import org.transform.dsl.ide.cli.SourceFiles.SourceFile;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Injector;

/**
 * How long {@code transform report} takes on a workspace of many plans, in process, phase by phase,
 * as the command runs them: <b>load</b> (read the files and parse them into one resource set),
 * <b>validate</b> (link and check every file), <b>report</b> (analyse the workspace, build the report
 * and write {@code report.html}, {@code report.md} and the diagrams to disk; the diagrams are drawn
 * there too, once for both files).
 *
 * <p>The workspace is generated with a fixed seed (the same every run): an organization file of 17
 * teams and N plans of the same number of lines that import it, each made of themes of an indicator,
 * a goal, a practice, three changes, measurements, now and then a tool, channel or policy (see
 * {@link PlanGenerator}). The language's injector is created once; each run then loads a fresh
 * resource set. Warm-up runs are not measured; the table gives the median, minimum and maximum of
 * the measured runs.
 *
 * <pre>
 * java -cp releng/benchmarks/target/classes:releng/cli/target/transform.jar org.transform.benchmarks.ReportBenchmark \
 *     [--plans=100] [--lines=120] [--runs=7] [--warmup=3] [--seed=20260101] [--format=both] [--keep=folder]
 * </pre>
 */
public final class ReportBenchmark {

	/** The target of issue 5: the report of a 100-plan workspace in at most 3 s. */
	private static final double TARGET_SECONDS = 3.0;

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				System.err.println("usage: ReportBenchmark [--plans=100] [--lines=120] [--runs=7] [--warmup=3] [--seed=N] [--format=html|markdown|both]"
						+ " [--keep=folder]; not understood: " + arg);
				System.exit(2);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		int plans = Integer.parseInt(options.getOrDefault("plans", "100"));
		int lines = Integer.parseInt(options.getOrDefault("lines", "120"));
		int runs = Integer.parseInt(options.getOrDefault("runs", "7"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20260101"));
		ReportFormat format = ReportFormat.valueOf(options.getOrDefault("format", "both"));

		if (System.getProperty("guice_bytecode_gen_option") == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
		}
		LogManager.resetConfiguration();
		LogManager.getRootLogger().setLevel(Level.OFF);

		Path root = options.containsKey("keep") ? Files.createDirectories(Path.of(options.get("keep")).toAbsolutePath())
				: Files.createTempDirectory("transform-report-benchmark-");
		try {
			Path plansFolder = Files.createDirectories(root.resolve("plans"));
			int elements = writeWorkspace(plansFolder, plans, lines, seed);
			long started = System.nanoTime();
			Injector injector = new TransformIdeSetup().createInjectorAndDoEMFRegistration();
			long injectorNanos = System.nanoTime() - started;

			List<Run> measured = new ArrayList<>();
			for (int i = 0; i < warmup + runs; i++) {
				Run run = run(injector, plansFolder, root.resolve("out"), format);
				System.err.printf(Locale.ROOT, "benchmark: %s run %d: %s%n", i < warmup ? "warm-up" : "measured", i + 1, run.row());
				if (i >= warmup) {
					measured.add(run);
				}
			}
			System.out.println(table(plans, lines, elements, runs, warmup, seed, format, injectorNanos, measured));
		} finally {
			if (!options.containsKey("keep")) {
				delete(root);
			}
		}
	}

	/** One run's times in nanoseconds and what it produced. */
	record Run(int files, int findings, int errors, long load, long validate, long report, long reportBytes) {
		long total() {
			return load + validate + report;
		}

		String row() {
			return String.format(Locale.ROOT, "load %s ms, validate %s ms, report %s ms, total %s ms; %d files, %d findings, %,d bytes written",
					ms(load), ms(validate), ms(report), ms(total()), files, findings, reportBytes);
		}
	}

	private static Run run(Injector injector, Path plans, Path out, ReportFormat format) throws IOException {
		long t0 = System.nanoTime();
		List<SourceFile> files = new SourceFiles(plans).read(List.of("."), new java.io.PrintWriter(System.err, true));
		long t1 = System.nanoTime();
		try (PlanCore core = PlanCore.start(List.of(plans))) {
			List<Finding> findings = core.allFindings();
			long t2 = System.nanoTime();
			SortedMap<String, String> report = core.read(PlanCore.uri(files.get(0).path()),
					context -> injector.getInstance(ReportGenerator.class).files(injector.getInstance(PlanAnalyzer.class).analyze(context.getResource()),
							findings, format)).join();
		long bytes = 0;
		for (Map.Entry<String, String> file : report.entrySet()) {
			Path target = out.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			bytes += Files.write(target, file.getValue().getBytes(StandardCharsets.UTF_8)).toFile().length();
		}
		long t3 = System.nanoTime();
		int errors = (int) findings.stream().filter(Finding::isError).count();
		// "load" is reading the files; "validate" the core's build (parse, index, link, validate)
		return new Run(files.size(), findings.size(), errors, t1 - t0, t2 - t1, t3 - t2, bytes);
		}
	}

	/** Writes the organization and the plans; returns the number of elements written. */
	private static int writeWorkspace(Path folder, int plans, int lines, long seed) throws IOException {
		PlanGenerator generator = new PlanGenerator(seed);
		Files.writeString(folder.resolve("organization.transform"), PlanGenerator.organization(), StandardCharsets.UTF_8);
		int elements = (int) PlanGenerator.organization().lines().filter(l -> l.startsWith("team ")).count();
		for (int i = 1; i <= plans; i++) {
			String name = String.format(Locale.ROOT, "Plan%03d", i);
			String text = generator.plan(name, lines).text();
			Files.writeString(folder.resolve(name.toLowerCase(Locale.ROOT) + ".transform"), text, StandardCharsets.UTF_8);
			elements += (int) text.lines().filter(l -> l.matches("^(indicator|goal|practice|change|tool|channel|policy|measurements) .*")).count();
		}
		return elements;
	}

	private static String table(int plans, int lines, int elements, int runs, int warmup, long seed, ReportFormat format, long injectorNanos,
			List<Run> measured) {
		StringBuilder table = new StringBuilder();
		Run last = measured.get(measured.size() - 1);
		table.append(String.format(Locale.ROOT, "Transform report benchmark — %d cores (nproc), Java %s (%s), %s%n%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				System.getProperty("os.name") + " " + System.getProperty("os.arch")));
		table.append(String.format(Locale.ROOT,
				"Workspace: %d plans of %d lines + 1 organization file (%d files, %,d elements), seed %d; %d findings (%d errors).%n",
				plans, lines, last.files(), elements, seed, last.findings(), last.errors()));
		table.append(String.format(Locale.ROOT,
				"Format %s, %,d bytes written per run. Injector created once (%s ms, not counted). %d warm-up runs, %d measured; times in ms.%n%n",
				format, last.reportBytes(), ms(injectorNanos), warmup, runs));
		table.append("| phase | median | min | max |\n|---|---:|---:|---:|\n");
		row(table, "load (read + parse)", measured.stream().mapToLong(Run::load).toArray());
		row(table, "validate (link + check)", measured.stream().mapToLong(Run::validate).toArray());
		row(table, "report (analyse + render + write)", measured.stream().mapToLong(Run::report).toArray());
		long[] totals = measured.stream().mapToLong(Run::total).toArray();
		row(table, "**total**", totals);
		double median = median(totals) / 1e9;
		table.append(String.format(Locale.ROOT, "%nTarget: total ≤ %.1f s; median %.2f s: %s.%n", TARGET_SECONDS, median,
				median <= TARGET_SECONDS ? "met" : "NOT met"));
		table.append(String.format(Locale.ROOT, "Load average (1, 5, 15 min) at the end: %s%n", loadAverage()));
		return table.toString();
	}

	private static void row(StringBuilder table, String phase, long[] nanos) {
		table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", phase, ms(median(nanos)),
				ms(Arrays.stream(nanos).min().orElse(0)), ms(Arrays.stream(nanos).max().orElse(0))));
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		} catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
