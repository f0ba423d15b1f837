package org.transform.benchmarks;

import static org.transform.benchmarks.Stats.f1;
import static org.transform.benchmarks.Stats.f2;
import static org.transform.benchmarks.Stats.median;
import static org.transform.benchmarks.Stats.option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.transform.dsl.ide.TransformIdeSetup;
import org.transform.dsl.ide.cli.TransformCli;

import com.google.inject.Injector;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Whether the cost of hostile and huge input grows linearly (issue 16, point 5): for each shape of
 * plan, generated with a fixed seed at 1×, 2×, 4× and 8× its base size, the wall time and the peak
 * live heap of the work, and the growth ratio per doubling. Done when every ratio is at most 2.3.
 *
 * <p>Each measurement runs in a fresh JVM ({@code -Xmx} from {@code --xmx}, 2 GiB by default) that
 * generates the input into a temporary folder, does the work once on a tenth of the base size (to load
 * the classes and set up the language), then once on the input: {@code check} or
 * {@code report} through the command line's entry point, or formatting through the language server's
 * formatting service. The wall and CPU times (of the whole process: JIT and collector threads count)
 * are the work's only, not the JVM's start; CPU time is the figure to compare on a loaded machine.
 * The peak heap comes from doing the same work a second time in that JVM: the largest heap in use
 * after a garbage collection (the live data, not the garbage a larger heap lets pile up), see
 * {@link PeakHeap}. Each figure is the median of {@code --runs} JVMs.
 *
 * <p>Shapes: {@code opposing} (one team, base 1,000 goals, half raising and half lowering one
 * indicator), {@code chain} (base 2,500 teams, each part of the previous one, with a goal on every
 * tenth), {@code cycle} (the same chain closed into a cycle), {@code format} (base 2,500 teams written
 * on one line each, formatted through the language server), {@code title} ({@code report} of a plan
 * whose title is base 128 KiB), {@code file} ({@code check} of one file of base 1 MiB of indicators: 8 MiB
 * at 8×, the largest file Transform reads).
 *
 * <p>Options: {@code --shapes=opposing,chain,cycle,format,title,file} {@code --factors=1,2,4,8}
 * {@code --runs=3} {@code --seed=20261206} {@code --xmx=2g}.
 */
public final class Scale {

	/** "Today" for the checks: fixed, so that the figures never depend on the date they were measured. */
	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

	private Scale() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("--child")) {
			child(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]));
			return;
		}
		List<String> shapes = List.of(option(args, "shapes", "opposing,chain,cycle,format,title,file").split(","));
		int[] factors = Stream.of(option(args, "factors", "1,2,4,8").split(",")).mapToInt(Integer::parseInt).toArray();
		int runs = Integer.parseInt(option(args, "runs", "3"));
		long seed = Long.parseLong(option(args, "seed", "20261206"));
		String xmx = option(args, "xmx", "2g");
		System.out.println("Java " + System.getProperty("java.version") + ", -Xmx" + xmx + ", median of " + runs + " runs, load average "
				+ loadAverage() + " at the start");
		System.out.println();
		System.out.println("| shape | size | wall time (s) | ratio | CPU time (s) | ratio | peak live heap (MiB) | ratio |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (String shape : shapes) {
			double previousTime = Double.NaN;
			double previousCpu = Double.NaN;
			double previousHeap = Double.NaN;
			for (int factor : factors) {
				int size = base(shape) * factor;
				double[] times = new double[runs];
				double[] cpus = new double[runs];
				double[] heaps = new double[runs];
				for (int run = 0; run < runs; run++) {
					double[] measured = measure(shape, size, seed, xmx);
					times[run] = measured[0];
					cpus[run] = measured[1];
					heaps[run] = measured[2];
				}
				double time = median(times);
				double cpu = median(cpus);
				double heap = median(heaps);
				System.out.println("| " + shape + " | " + describe(shape, size) + " | " + f2(time) + " | " + ratio(time, previousTime) + " | "
						+ f2(cpu) + " | " + ratio(cpu, previousCpu) + " | " + f1(heap) + " | " + ratio(heap, previousHeap) + " |");
				previousTime = time;
				previousCpu = cpu;
				previousHeap = heap;
			}
		}
		System.out.println();
		System.out.println("load average " + loadAverage() + " at the end");
	}

	private static String ratio(double value, double previous) {
		return Double.isNaN(previous) ? "" : f2(value / previous);
	}

	private static String loadAverage() {
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static int base(String shape) {
		return switch (shape) {
			case "opposing" -> 1_000;
			case "chain", "cycle", "format" -> 2_500;
			case "title" -> 128 * 1024;
			case "file" -> 1024 * 1024;
			default -> throw new IllegalArgumentException("unknown shape " + shape);
		};
	}

	private static String describe(String shape, int size) {
		return switch (shape) {
			case "opposing" -> String.format(Locale.ROOT, "%,d goals", size);
			case "chain", "cycle", "format" -> String.format(Locale.ROOT, "%,d teams", size);
			default -> (size / 1024) + " KiB";
		};
	}

	/** Runs one measurement in a fresh JVM: its wall and CPU time in seconds, and its peak live heap in MiB. */
	private static double[] measure(String shape, int size, long seed, String xmx) throws IOException, InterruptedException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx,
				"-Xss64m", "-cp", System.getProperty("java.class.path"), Scale.class.getName(), "--child", shape,
				Integer.toString(size), Long.toString(seed));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(shape + " " + size + " failed:\n" + output);
		}
		String last = output.strip().lines().reduce((a, b) -> b).orElse("");
		if (!last.startsWith("measured ")) {
			throw new IllegalStateException(shape + " " + size + " printed no measure:\n" + output);
		}
		String[] parts = last.split(" ");
		return new double[] { Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), Double.parseDouble(parts[3]) };
	}

	// ------------------------------------------------------------------ the measuring JVM

	private static void child(String shape, int size, long seed) throws Exception {
		Path folder = Files.createTempDirectory("transform-scale-");
		try {
			// a first run on a tenth of the base size loads the classes and sets up the language, which
			// would otherwise dominate the smaller sizes
			Path warm = Files.createDirectory(folder.resolve("warm-up"));
			Path warmFile = warm.resolve("plan.transform");
			Files.writeString(warmFile, generate(shape, base(shape) / 10, new Random(seed)));
			work(shape, warm, warmFile).run();
			Path measured = Files.createDirectory(folder.resolve("measured"));
			Path file = measured.resolve("plan.transform");
			Files.writeString(file, generate(shape, size, new Random(seed)));
			Runnable work = work(shape, measured, file);
			com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
					.getOperatingSystemMXBean();
			long cpu = os.getProcessCpuTime();
			long start = System.nanoTime();
			work.run();
			double wall = (System.nanoTime() - start) / 1e9;
			double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
			// the same work again, for its heap: a collection forced every 50 ms would slow the timed run
			PeakHeap peak = new PeakHeap();
			work.run();
			System.out.println("measured " + String.format(Locale.ROOT, "%.3f %.3f %.1f", wall, cpuSeconds, peak.stop() / 1048576.0));
		} finally {
			try (Stream<Path> all = Files.walk(folder)) {
				for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	private static Runnable work(String shape, Path folder, Path file) {
		if (shape.equals("format")) {
			Injector injector = new TransformIdeSetup().createInjectorAndDoEMFRegistration();
			XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
			return () -> {
				try {
					String text = Files.readString(file);
					XtextResource resource = (XtextResource) resources.getResource(URI.createFileURI(file.toString()), true);
					FormattingService service = injector.getInstance(FormattingService.class);
					List<TextEdit> edits = service.format(resource, new Document(1, text), 0, text.length(), new FormattingOptions(4, true));
					if (edits.isEmpty()) {
						throw new IllegalStateException("the generated plan needed no formatting");
					}
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			};
		}
		String command = shape.equals("title") ? "report" : "check";
		return () -> {
			StringWriter out = new StringWriter();
			List<String> args = new ArrayList<>(List.of(command, folder.toString()));
			if (command.equals("report")) {
				args.addAll(List.of("--out", folder.resolve("out").toString()));
			}
			int exit = TransformCli.run(TODAY, folder, new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
			if (exit > 1) {
				throw new IllegalStateException(command + " ended with " + exit + ":\n" + out);
			}
		};
	}

	/** The plan of the shape, at the size. */
	static String generate(String shape, int size, Random random) {
		StringBuilder text = new StringBuilder();
		switch (shape) {
			case "opposing" -> {
				text.append("plan Opposing\nindicator Cycle { unit days  better lower  measured-by \"Days\"  baseline 90 on 2026-01-31 }\n");
				text.append("team Sales\n");
				for (int i = 0; i < size; i++) {
					boolean lower = random.nextBoolean();
					text.append("goal G").append(i).append(" { owner Sales  ").append(lower ? "lower" : "raise").append(" Cycle }\n");
				}
			}
			case "chain", "cycle" -> {
				text.append("plan Teams\nindicator Cycle { unit days  better lower  measured-by \"Days\"  baseline 90 on 2026-01-31 }\n");
				for (int i = 0; i < size; i++) {
					text.append("team T").append(i);
					if (i > 0 || shape.equals("cycle")) {
						text.append(" { part-of T").append(i > 0 ? i - 1 : size - 1).append(" }");
					}
					text.append('\n');
				}
				for (int i = 0; i < size; i += 10) {
					text.append("goal G").append(i).append(" { owner T").append(random.nextInt(size)).append("  ")
							.append(random.nextBoolean() ? "lower" : "raise").append(" Cycle }\n");
				}
			}
			case "format" -> {
				text.append("organization Teams\n");
				for (int i = 0; i < size; i++) {
					text.append("team T").append(i).append(" \"Team ").append(i).append("\" {   size ").append(1 + random.nextInt(50))
							.append("  description \"d\" }\n");
				}
			}
			case "title" -> {
				text.append("plan Titled \"");
				while (text.length() < size) {
					text.append("word").append(random.nextInt(1000)).append(' ');
				}
				text.append("\" { period 2026-01 to 2027-12 }\nteam Sales \"Sales\"\n");
				text.append("indicator Cycle { unit days  better lower  measured-by \"Days\"  baseline 90 on 2026-01-31 }\n");
				text.append("goal Faster { owner Sales  lower Cycle to 60 by 2027-06 }\n");
			}
			case "file" -> {
				text.append("plan Large\n");
				for (int i = 0;; i++) {
					String line = "indicator I" + i + " \"Indicator " + random.nextInt(1_000_000) + "\" { unit days  better lower  measured-by "
							+ "\"Days\"  baseline " + random.nextInt(100) + " on 2026-01-31 }\n";
					if (text.length() + line.length() > size) {
						break;
					}
					text.append(line);
				}
			}
			default -> throw new IllegalArgumentException("unknown shape " + shape);
		}
		return text.toString();
	}

	/**
	 * The largest heap in use after a garbage collection: the collections the work causes, reported by
	 * the collectors, and one forced every 50 ms (so that a run too short for the collector to start
	 * still shows what it holds). Measured in a second run of the work, apart from the timed one.
	 */
	private static final class PeakHeap {
		private final AtomicLong peak = new AtomicLong();
		private final Set<String> heapPools = new HashSet<>();
		private final Thread sampler;
		private volatile boolean running = true;

		PeakHeap() {
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP) {
					heapPools.add(pool.getName());
				}
			}
			System.gc();
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
						GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
								.from((CompositeData) notification.getUserData());
						long used = 0;
						for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
							if (heapPools.contains(pool.getKey())) {
								used += pool.getValue().getUsed();
							}
						}
						peak.accumulateAndGet(used, Math::max);
					}
				}, null, null);
			}
			sampler = new Thread(() -> {
				MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
				while (running) {
					System.gc();
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(50);
					} catch (InterruptedException e) {
						return;
					}
				}
			}, "peak-heap");
			sampler.setDaemon(true);
			sampler.start();
		}

		long stop() throws InterruptedException {
			running = false;
			sampler.join();
			return peak.get();
		}
	}
}
