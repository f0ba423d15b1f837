package org.transform.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.transform.benchmarks.PlanGenerator.Plan;
import org.transform.benchmarks.PlanGenerator.Position;
import org.transform.lsp.client.LspClient;
import org.transform.lsp.client.LspClient.Timed;


/**
 * How fast the language server of the shaded jar answers an editor, on generated plans of several sizes
 * (a fixed seed: the same plans every run):
 * <ul>
 * <li><b>keystroke → diagnostics</b>: the time from sending an incremental {@code textDocument/didChange}
 * of one character (typing a letter at the end of a title string, then deleting it again; or changing the
 * last digit of a baseline number, then changing it back) to the arrival of the next
 * {@code textDocument/publishDiagnostics} of that document;</li>
 * <li><b>completion</b>: the time from sending {@code textDocument/completion} just after {@code owner } (a
 * goal's team) or {@code lever } (a change's lever kind) to the arrival of its response.</li>
 * </ul>
 * One server process per size, warmed up with 200 edits and 200 completions that are not measured (with
 * 30, as before 2026-11-25, the server's CPU per measured edit at 5,000 lines was half again as
 * much, and a flight recording showed the JIT compiler still busy: the figures were those of a
 * server not yet compiled), then each measured request sent only when the previous one has been answered. The server is always shut down
 * (killed if it does not exit) at the end.
 *
 * <pre>
 * java -cp releng/benchmarks/target/classes:releng/cli/target/transform.jar org.transform.benchmarks.LspLatency \
 *     [--jar=releng/cli/target/transform.jar] [--sizes=500,5000,20000] [--edits=200] [--completions=200] [--warmup=200]
 *     [--seed=20260101] [--timeout=60] [--jvm="options of the server's JVM, e.g. -XX:StartFlightRecording=filename=lsp.jfr"]
 * </pre>
 */
public final class LspLatency {

	private final Path jar;
	private final String java;
	private final int edits;
	private final int completions;
	private final int warmup;
	private final long seed;
	private final long timeoutSeconds;
	private final List<String> jvmOptions;
	/** What the measured edits type: "typing" (titles and numbers) or "renames" (an indicator's name). */
	private final String editKind;

	private LspLatency(Map<String, String> options) {
		this.jar = jarPath(options.get("jar"));
		this.java = System.getProperty("transform.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		this.edits = Integer.parseInt(options.getOrDefault("edits", "200"));
		this.completions = Integer.parseInt(options.getOrDefault("completions", "200"));
		this.warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
		this.seed = Long.parseLong(options.getOrDefault("seed", "20260101"));
		this.timeoutSeconds = Long.parseLong(options.getOrDefault("timeout", "60"));
		String jvm = options.getOrDefault("jvm", "").trim();
		this.jvmOptions = jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+"));
		this.editKind = options.getOrDefault("edit", "typing");
		if (!editKind.equals("typing") && !editKind.equals("renames")) {
			throw new IllegalArgumentException("--edit is typing or renames, not " + editKind);
		}
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				System.err.println("usage: LspLatency [--jar=transform.jar] [--sizes=500,5000,20000] [--edits=200] [--completions=200]"
						+ " [--warmup=200] [--seed=N] [--timeout=seconds] [--jvm=\"server JVM options\"] [--print-plan=lines]; not understood: " + arg);
				System.exit(2);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		int[] sizes = Arrays.stream(options.getOrDefault("sizes", System.getProperty("sizes", "500,5000,20000")).split(","))
				.map(String::trim).mapToInt(Integer::parseInt).toArray();
		if (options.containsKey("print-plan")) { // the generated files, to look at or check: --print-plan=500
			System.out.print(PlanGenerator.organization());
			System.out.print(new PlanGenerator(Long.parseLong(options.getOrDefault("seed", "20260101")))
					.plan(Integer.parseInt(options.get("print-plan"))).text());
			return;
		}
		LspLatency benchmark = new LspLatency(options);
		if (!Files.isRegularFile(benchmark.jar)) {
			System.err.println("benchmark: no shaded jar at " + benchmark.jar + " (build it: ./mvnw -o verify -DskipTests, or give --jar=...)");
			System.exit(2);
		}
		List<Result> results = new ArrayList<>();
		for (int size : sizes) {
			System.err.printf("benchmark: %,d lines ...%n", size);
			Result result = benchmark.run(size);
			System.err.println("benchmark: " + result.row());
			results.add(result);
		}
		System.out.println(benchmark.table(results));
	}

	/** The shaded jar: the option, the system property {@code transform.jar}, or the cli module's target folder. */
	private static Path jarPath(String option) {
		String given = option != null ? option : System.getProperty("transform.jar");
		if (given != null) {
			return Path.of(given).toAbsolutePath();
		}
		Path fromModule = Path.of("../cli/target/transform.jar");
		Path fromRoot = Path.of("releng/cli/target/transform.jar");
		return (Files.isRegularFile(fromModule) || !Files.isRegularFile(fromRoot) ? fromModule : fromRoot).toAbsolutePath();
	}

	/** The latencies of one plan size, in nanoseconds. */
	record Result(int lines, long initialBuild, long openToDiagnostics, long[] diagnostics, long[] completions, int emptyCompletions, int diagnosticsCount,
			long editCpu, long completionCpu, long editBuildCpu) {

		String row() {
			return String.format(Locale.ROOT, "| %,d | %s | %s | %d | %s | %s | %s | %s | %s | %d | %s | %s | %s | %s |", lines, ms(initialBuild),
					ms(openToDiagnostics),
					diagnostics.length, ms(percentile(diagnostics, 50)), ms(percentile(diagnostics, 95)), ms(max(diagnostics)),
					ms(editCpu / Math.max(1, diagnostics.length)), editBuildCpu < 0 ? "n/a" : ms(editBuildCpu / Math.max(1, diagnostics.length)),
					completions.length, ms(percentile(completions, 50)), ms(percentile(completions, 95)), ms(max(completions)),
					ms(completionCpu / Math.max(1, completions.length)));
		}
	}

	private String table(List<Result> results) {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "Transform language server latency — %d cores (nproc), Java %s (%s), %s%n%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				System.getProperty("os.name") + " " + System.getProperty("os.arch")));
		table.append(String.format(Locale.ROOT, "Load average (1, 5, 15 min) at the end: %s%n%n", loadAverage()));
		table.append(String.format(Locale.ROOT,
				"Incremental didChange of one character (%s); %d warm-up edits and completions not measured; seed %d; times in ms.%n%n",
				editKind.equals("typing") ? "typing in titles and numbers" : "renaming an indicator and back", warmup, seed));
		table.append("| lines | start → workspace built | didOpen → diagnostics | edits | diagnostics p50 | diagnostics p95 | diagnostics max "
				+ "| server CPU per edit | build thread CPU per edit | completions | completion p50 | completion p95 | completion max | server CPU per completion |\n");
		table.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Result result : results) {
			table.append(result.row()).append('\n');
		}
		for (Result result : results) {
			if (result.emptyCompletions() > 0) {
				table.append(String.format("%nWarning: %d of %d completions at %,d lines had no proposals.%n", result.emptyCompletions(),
						result.completions().length, result.lines()));
			}
		}
		table.append(String.format(Locale.ROOT, "%nFindings (diagnostics) on the generated plans after the last edit: %s%n",
				results.stream().map(r -> String.format(Locale.ROOT, "%,d lines: %d", r.lines(), r.diagnosticsCount())).toList()));
		return table.toString();
	}

	private Result run(int lines) throws Exception {
		Plan plan = new PlanGenerator(seed).plan(lines);
		Path workspace = Files.createTempDirectory("transform-benchmark-");
		try {
			Files.writeString(workspace.resolve("organization.transform"), PlanGenerator.organization(), StandardCharsets.UTF_8);
			Path file = Files.writeString(workspace.resolve("plan.transform"), plan.text(), StandardCharsets.UTF_8);
			String uri = file.toUri().toString();
			try (LspClient client = LspClient.start(java, jvmOptions, jar, workspace, Duration.ofSeconds(timeoutSeconds), "--today=2026-11-30")) {
				Thread killer = new Thread(() -> client.process().destroyForcibly());
				Runtime.getRuntime().addShutdownHook(killer);
				try {
					return measure(client, workspace, uri, plan);
				} finally {
					Runtime.getRuntime().removeShutdownHook(killer);
				}
			}
		} finally {
			delete(workspace);
		}
	}

	private Result measure(LspClient client, Path workspace, String uri, Plan plan) throws Exception {
		long started = System.nanoTime();
		client.initialize(workspace, new ClientCapabilities());
		// the server builds the workspace folder first: the plan's diagnostics from disk
		long initialBuild = client.awaitDiagnostics(uri).nanos() - started;

		client.drain();
		long opened = System.nanoTime();
		client.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "transform", 1, plan.text())));
		long openToDiagnostics = client.awaitDiagnostics(uri).nanos() - opened;

		Keystrokes keystrokes = new Keystrokes(plan, new Random(seed), editKind.equals("renames"));
		int version = 1;
		long[] diagnostics = new long[edits];
		int findings = 0;
		long editCpu = 0;
		long editBuildCpu = 0;
		for (int i = -warmup; i < edits; i++) {
			if (i == 0) {
				editCpu = -cpu(client);
				editBuildCpu = -buildThreadCpu(client);
			}
			version++;
			TextDocumentContentChangeEvent change = keystrokes.next();
			client.drain();
			long sent = System.nanoTime();
			client.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
					List.of(change)));
			int expected = version;
			// diagnostics of this version or a later one, if the server says which version they are of
			Timed<PublishDiagnosticsParams> published = client.awaitDiagnostics(uri, d -> d.getVersion() == null || d.getVersion() >= expected);
			if (i >= 0) {
				diagnostics[i] = published.nanos() - sent;
			}
			findings = published.value().getDiagnostics().size();
		}
		editCpu += cpu(client);
		long buildCpuAfter = buildThreadCpu(client);
		editBuildCpu = buildCpuAfter < 0 || editBuildCpu > 0 ? -1 : editBuildCpu + buildCpuAfter;

		Random random = new Random(seed + 1);
		long[] completed = new long[completions];
		int empty = 0;
		long completionCpu = 0;
		for (int i = -warmup; i < completions; i++) {
			if (i == 0) {
				completionCpu = -cpu(client);
			}
			List<Position> spots = random.nextBoolean() ? plan.afterOwner() : plan.afterLever();
			Position at = spots.get(random.nextInt(spots.size()));
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri), position(at));
			long sent = System.nanoTime();
			Timed<Either<List<CompletionItem>, CompletionList>> response = client.timed("the completion at " + at,
					client.server().getTextDocumentService().completion(params));
			if (i >= 0) {
				completed[i] = response.nanos() - sent;
				if (proposals(response.value()) == 0) {
					empty++;
				}
			}
		}
		completionCpu += cpu(client);
		return new Result(plan.lines(), initialBuild, openToDiagnostics, diagnostics, completed, empty, findings, editCpu, completionCpu, editBuildCpu);
	}

	/**
	 * The CPU time of the server's build thread so far (Xtext's {@code RequestManager-Queue}, where each
	 * change is parsed, indexed, linked and validated), from Linux's {@code /proc/<pid>/task/<tid>/stat}
	 * in clock ticks of 10 ms; -1 where that cannot be read. Without the collector's and the JIT
	 * compiler's threads, it is the figure least disturbed by other work on the machine.
	 */
	private static long buildThreadCpu(LspClient client) {
		Path tasks = Path.of("/proc", Long.toString(client.process().pid()), "task");
		long ticks = 0;
		boolean found = false;
		try (Stream<Path> threads = Files.list(tasks)) {
			for (Path thread : (Iterable<Path>) threads::iterator) {
				String stat;
				try {
					stat = Files.readString(thread.resolve("stat"));
				} catch (IOException e) {
					continue; // the thread ended
				}
				int open = stat.indexOf('(');
				int close = stat.lastIndexOf(')');
				if (open < 0 || close < 0 || !stat.substring(open + 1, close).startsWith("RequestManager")) {
					continue;
				}
				String[] fields = stat.substring(close + 2).split(" ");
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15 of stat
				found = true;
			}
		} catch (IOException | RuntimeException e) {
			return -1;
		}
		return found ? ticks * 10_000_000L : -1;
	}

	/**
	 * The CPU time the server process has used so far (all its threads, the garbage collector's
	 * included). Unlike the latencies it hardly depends on what else the machine runs.
	 */
	private static long cpu(LspClient client) {
		return client.process().toHandle().info().totalCpuDuration().map(Duration::toNanos)
				.orElseThrow(() -> new IllegalStateException("the operating system does not report the server's CPU time"));
	}

	private static int proposals(Either<List<CompletionItem>, CompletionList> response) {
		if (response == null) {
			return 0;
		}
		return response.isLeft() ? response.getLeft().size() : response.getRight().getItems().size();
	}

	/**
	 * One-character edits that leave the plan as it was after every second one: type a letter at the end of
	 * a title, delete it; or change the last digit of a baseline, change it back.
	 */
	private static final class Keystrokes {
		private final Plan plan;
		private final String[] lines;
		private final Random random;
		private TextDocumentContentChangeEvent undo;
		/** Where indicator names end, when the edits rename indicators; else empty. */
		private final List<Position> names = new ArrayList<>();

		Keystrokes(Plan plan, Random random, boolean renames) {
			this.plan = plan;
			this.lines = plan.text().split("\n", -1);
			this.random = random;
			for (int line = 0; renames && line < lines.length; line++) {
				if (lines[line].startsWith("indicator ")) {
					int end = lines[line].indexOf(' ', "indicator ".length());
					names.add(new Position(line, end < 0 ? lines[line].length() : end));
				}
			}
		}

		TextDocumentContentChangeEvent next() {
			if (undo != null) {
				TextDocumentContentChangeEvent change = undo;
				undo = null;
				return change;
			}
			if (!names.isEmpty()) { // a letter at the end of an indicator's name: its goal and practice lose it, then find it again
				Position at = names.get(random.nextInt(names.size()));
				undo = change(at, new Position(at.line(), at.character() + 1), "");
				return change(at, at, String.valueOf((char) ('a' + random.nextInt(26))));
			}
			if (random.nextInt(3) > 0) {
				Position at = plan.titles().get(random.nextInt(plan.titles().size()));
				String letter = String.valueOf((char) ('a' + random.nextInt(26)));
				undo = change(at, new Position(at.line(), at.character() + 1), "");
				return change(at, at, letter);
			}
			Position at = plan.baselines().get(random.nextInt(plan.baselines().size()));
			Position after = new Position(at.line(), at.character() + 1);
			char digit = lines[at.line()].charAt(at.character());
			undo = change(at, after, String.valueOf(digit));
			return change(at, after, String.valueOf((char) ('0' + (digit - '0' + 1 + random.nextInt(8)) % 10)));
		}

		private static TextDocumentContentChangeEvent change(Position start, Position end, String text) {
			return new TextDocumentContentChangeEvent(new Range(position(start), position(end)), text);
		}
	}

	private static org.eclipse.lsp4j.Position position(Position position) {
		return new org.eclipse.lsp4j.Position(position.line(), position.character());
	}

	/** The machine's load when the figures were taken: other processes share its cores. */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return String.join(", ", Arrays.asList(fields).subList(0, 3));
		} catch (IOException | RuntimeException e) {
			return "unknown (" + e.getClass().getSimpleName() + ")";
		}
	}

	private static long percentile(long[] values, int percent) {
		if (values.length == 0) {
			return 0;
		}
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length); // nearest rank
		return sorted[Math.max(0, rank - 1)];
	}

	private static long max(long[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException | UncheckedIOException e) {
			System.err.println("benchmark: could not delete " + folder + ": " + e.getMessage());
		}
	}
}
