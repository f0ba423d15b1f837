package org.transform.benchmarks;

import static org.transform.benchmarks.Stats.f1;
import static org.transform.benchmarks.Stats.f2;
import static org.transform.benchmarks.Stats.median;
import static org.transform.benchmarks.Stats.millis;
import static org.transform.benchmarks.Stats.option;
import static org.transform.benchmarks.Stats.thousands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.transform.benchmarks.Language.CheckTimes;
import org.transform.benchmarks.PlanGenerator.Plan;
import org.transform.benchmarks.PlanGenerator.SourceText;
import org.transform.benchmarks.PlanGenerator.Workspace;

/**
 * Check throughput (parse, index, link, validate through the workspace core, as {@code transform check}
 * does) of generated workspaces (1k, 10k, 100k elements in 10, 100, 1,000 files) and single plan files
 * (500, 5,000, 20,000 lines), in this process, against the floor of the generated ANTLR lexer run over
 * the same text. Medians of {@code --runs} runs after {@code --warmup} runs not measured. The table goes
 * to standard output, progress to standard error.
 *
 * <p>Options: {@code --elements=1000,10000,100000} {@code --files-per=100} (elements per file)
 * {@code --lines=500,5000,20000} {@code --runs=5} {@code --warmup=2} {@code --seed=20261124}.
 */
public final class Throughput {

	private Throughput() {
	}

	public static void main(String[] args) {
		int[] elements = ints(option(args, "elements", "1000,10000,100000"));
		int perFile = Integer.parseInt(option(args, "files-per", "100"));
		int[] lines = ints(option(args, "lines", "500,5000,20000"));
		int runs = Integer.parseInt(option(args, "runs", "5"));
		int warmup = Integer.parseInt(option(args, "warmup", "2"));
		long seed = Long.parseLong(option(args, "seed", "20261124"));

		Language language = new Language();
		List<String> rows = new ArrayList<>();
		for (int size : elements) {
			Workspace workspace = new PlanGenerator(seed).workspace(size, Math.max(2, size / perFile));
			rows.add(measure(language, "workspace " + thousands(size), workspace, runs, warmup));
		}
		for (int size : lines) {
			Plan plan = new PlanGenerator(seed).plan(size);
			String organization = PlanGenerator.organization();
			List<SourceText> files = List.of(new SourceText("organization.transform", organization), new SourceText("plan.transform", plan.text()));
			int planElements = (int) plan.text().lines().filter(l -> l.matches("(team|indicator|goal|practice|change|measurements|tool|channel|policy) .*")).count();
			int orgElements = (int) organization.lines().filter(l -> l.startsWith("team ")).count();
			Workspace workspace = new Workspace(files, planElements + orgElements, plan.lines() + (int) organization.lines().count(),
					plan.text().length() + organization.length(), 0);
			rows.add(measure(language, "file of " + thousands(size) + " lines", workspace, runs, warmup));
		}
		System.out.println("Throughput: the command line's check through the workspace core (parse, index, link, validate), in process, against a bare tokenizer pass");
		System.out.println(Stats.machine() + "; medians of " + runs + " runs after " + warmup + " warm-up runs; seed " + seed);
		System.out.println();
		System.out.println("| input | files | elements | lines | MB | tokens | tokenizer ms | tokenizer MB/s | check ms "
				+ "| elements/s | MB/s | check / tokenizer | errors / warnings / infos |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
		rows.forEach(System.out::println);
	}

	private static String measure(Language language, String name, Workspace workspace, int runs, int warmup) {
		System.err.println(name + ": " + workspace.files().size() + " files, " + workspace.elements() + " elements, " + workspace.lines()
				+ " lines, " + workspace.bytes() / 1024 + " KB");
		int tokens = 0;
		double[] tokenizer = new double[runs];
		double[] total = new double[runs];
		CheckTimes last = null;
		for (int i = -warmup; i < runs; i++) {
			long start = System.nanoTime();
			tokens = language.tokenize(workspace);
			long tokenized = System.nanoTime();
			CheckTimes times = language.check(workspace, true);
			times.core().close();
			if (i >= 0) {
				tokenizer[i] = millis(tokenized - start);
				total[i] = millis(times.total());
			}
			System.err.println("  " + (i < 0 ? "warm-up" : "run " + (i + 1)) + ": tokenizer " + f1(millis(tokenized - start)) + " ms, check "
					+ f1(millis(times.total())) + " ms");
			last = times;
		}
		double mb = workspace.bytes() / (1024.0 * 1024.0);
		double tokenizerMs = median(tokenizer);
		double checkMs = median(total);
		return "| " + name + " | " + workspace.files().size() + " | " + thousands(workspace.elements()) + " | " + thousands(workspace.lines()) + " | "
				+ f2(mb) + " | " + thousands(tokens) + " | " + f1(tokenizerMs) + " | " + f1(mb / (tokenizerMs / 1000)) + " | " + f1(checkMs) + " | "
				+ thousands(Math.round(workspace.elements() / (checkMs / 1000))) + " | " + f2(mb / (checkMs / 1000)) + " | " + f1(checkMs / tokenizerMs)
				+ "× | " + last.errors() + " / " + last.warnings() + " / " + last.infos() + " |";
	}

	static int[] ints(String list) {
		return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
	}
}
