package org.transform.benchmarks;

import static org.transform.benchmarks.Stats.f1;
import static org.transform.benchmarks.Stats.option;
import static org.transform.benchmarks.Stats.thousands;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.transform.benchmarks.Language.CheckTimes;
import org.transform.benchmarks.PlanGenerator.Workspace;

/**
 * The heap a loaded and validated workspace of 100,000 elements (1,000 files) keeps: a forked JVM
 * with a generous {@code -Xmx} generates the workspace, checks it through the workspace core as the
 * command line does and, with the core still open (as an editor or the language server keeps it), runs
 * the garbage collector and reads the used heap from the {@link MemoryMXBean}. The generated text is
 * dropped before, so the figure is the models, node models, index, findings and caches. Target: at most 512 MiB.
 *
 * <p>Options: {@code --elements=100000} {@code --files=1000} {@code --seed=20261124} {@code --xmx=4g}.
 */
public final class Heap {

	private Heap() {
	}

	public static void main(String[] args) throws Exception {
		if (List.of(args).contains("--child")) {
			child(args);
			return;
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + option(args, "xmx", "4g"), "-cp", System.getProperty("java.class.path"), Heap.class.getName(), "--child"));
		for (String arg : args) {
			if (!arg.startsWith("--xmx=")) {
				command.add(arg);
			}
		}
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the measuring JVM did not end within 15 minutes");
		}
		System.exit(process.exitValue());
	}

	private static void child(String[] args) {
		int elements = Integer.parseInt(option(args, "elements", "100000"));
		int files = Integer.parseInt(option(args, "files", "1000"));
		long seed = Long.parseLong(option(args, "seed", "20261124"));
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		Language language = new Language();
		long baseline = usedAfterGc(memory);
		Workspace workspace = new PlanGenerator(seed).workspace(elements, files);
		int workspaceFiles = workspace.files().size();
		int workspaceElements = workspace.elements();
		int lines = workspace.lines();
		long bytes = workspace.bytes();
		CheckTimes times = language.check(workspace, false);
		workspace = null; // the generated text: what remains is what the check keeps
		long used = usedAfterGc(memory);
		System.err.println("checked " + times.files() + " files: " + times.errors() + " errors, " + times.warnings() + " warnings, " + times.infos() + " infos");
		double mib = used / (1024.0 * 1024.0);
		double baseMib = baseline / (1024.0 * 1024.0);
		System.out.println("Heap after loading and validating (" + Stats.machine() + ")");
		System.out.println();
		System.out.println("| files | elements | lines | MB of text | used heap before (MiB) | used heap after, GC'd (MiB) | of which the workspace (MiB) | bytes per element | target ≤ 512 MiB |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|");
		System.out.println("| " + thousands(workspaceFiles) + " | " + thousands(workspaceElements) + " | " + thousands(lines) + " | " + Stats.f2(bytes / (1024.0 * 1024.0))
				+ " | " + f1(baseMib) + " | " + f1(mib) + " | " + f1(mib - baseMib) + " | " + thousands((used - baseline) / Math.max(1, workspaceElements)) + " | "
				+ (mib <= 512 ? "met" : "**missed**") + " |");
		// the core stays reachable and open until after the measurement
		times.core().close();
	}

	private static long usedAfterGc(MemoryMXBean memory) {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
		}
		return used;
	}
}
