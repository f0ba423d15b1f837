package org.transform.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.transform.dsl.TransformStandaloneSetup;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.generator.diagram.DiagramKind;

import com.google.inject.Injector;

/**
 * How long the impact map of a generated plan takes to lay out (ELK) and write as SVG, for plans of
 * about 100 and 1,000 nodes (goals, indicators, practices, changes; a fixed seed gives the same plans
 * every run). The plan is parsed and analysed once; each run draws the diagram from the analysis.
 * Median, minimum and maximum of the measured runs after warm-up runs that are not measured; the PNG
 * of the same scene is timed too, for information.
 *
 * <pre>
 * java -cp releng/benchmarks/target/classes:releng/cli/target/transform.jar org.transform.benchmarks.DiagramBenchmark \
 *     [--sizes=100,1000] [--runs=15] [--warmup=5] [--seed=20260101] [--png=true]
 * </pre>
 */
public final class DiagramBenchmark {

	private static final String[] LEVERS = { "leadership", "organization", "skills", "job", "governance", "policy" };
	private static final String[] TEAMS = { "Sales", "PreSales", "Marketing", "Support", "Finance", "Operations" };

	public static void main(String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				System.err.println("usage: DiagramBenchmark [--sizes=100,1000] [--runs=15] [--warmup=5] [--seed=N] [--png=true|false]; not understood: " + arg);
				System.exit(2);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		int[] sizes = Arrays.stream(options.getOrDefault("sizes", "100,1000").split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
		int runs = Integer.parseInt(options.getOrDefault("runs", "15"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
		long seed = Long.parseLong(options.getOrDefault("seed", "20260101"));
		boolean png = Boolean.parseBoolean(options.getOrDefault("png", "true"));

		Injector injector = new TransformStandaloneSetup().createInjectorAndDoEMFRegistration();
		DiagramGenerator diagrams = injector.getInstance(DiagramGenerator.class);
		System.out.println("Impact map: layout (ELK layered) + SVG, " + runs + " measured runs after " + warmup + " warm-up runs, seed " + seed);
		System.out.println();
		System.out.println("| target nodes | drawn nodes | edges | SVG KB | median ms | min ms | max ms |" + (png ? " PNG median ms |" : ""));
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|" + (png ? "---:|" : ""));
		for (int size : sizes) {
			XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
			Resource resource = resourceSet.createResource(URI.createURI("memory:/bench-" + size + ".transform"));
			resource.load(new ByteArrayInputStream(plan(size, new Random(seed)).getBytes(StandardCharsets.UTF_8)), null);
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException("the generated plan does not parse: " + resource.getErrors().get(0).getMessage());
			}
			PlanAnalysis analysis = injector.getInstance(PlanAnalyzer.class).analyze(resource);
			String svg = null;
			for (int i = 0; i < warmup; i++) {
				svg = diagrams.svg(DiagramKind.IMPACT_MAP, analysis, List.of());
			}
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				svg = diagrams.svg(DiagramKind.IMPACT_MAP, analysis, List.of());
				times.add((System.nanoTime() - start) / 1e6);
			}
			String pngMedian = "";
			if (png) {
				diagrams.png(DiagramKind.IMPACT_MAP, analysis, List.of());
				List<Double> pngTimes = new ArrayList<>();
				for (int i = 0; i < Math.max(3, runs / 3); i++) {
					long start = System.nanoTime();
					diagrams.png(DiagramKind.IMPACT_MAP, analysis, List.of());
					pngTimes.add((System.nanoTime() - start) / 1e6);
				}
				pngMedian = String.format(Locale.ROOT, " %.0f |", median(pngTimes));
			}
			int nodes = count(svg, "<g class=\"node\"");
			int edges = count(svg, "<polyline class=\"edge\"");
			System.out.println(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.0f | %.0f | %.0f |%s", size, nodes, edges,
					svg.getBytes(StandardCharsets.UTF_8).length / 1024, median(times), times.stream().mapToDouble(d -> d).min().orElse(0),
					times.stream().mapToDouble(d -> d).max().orElse(0), pngMedian));
		}
	}

	/**
	 * A plan of about {@code nodes} impact-map nodes: themes of an indicator, a goal, a practice, a
	 * human-lever change and a technology change with its training (6 nodes); now and then a practice also
	 * moves the indicator of the theme before it, so goal subtrees join into components of a few themes.
	 */
	static String plan(int nodes, Random random) {
		StringBuilder text = new StringBuilder("plan Bench \"Benchmark plan\" { period 2026-01 to 2027-12 }\n");
		for (String team : TEAMS) {
			text.append("team ").append(team).append(" \"Team ").append(team).append("\"\n");
		}
		text.append("tool Crm \"CRM\" { category crm }\n");
		int themes = Math.max(1, nodes / 6);
		for (int i = 0; i < themes; i++) {
			String team = TEAMS[random.nextInt(TEAMS.length)];
			int month = 1 + random.nextInt(9);
			text.append("indicator I").append(i).append(" \"Indicator ").append(i)
					.append(" of the benchmark plan\" { unit days better lower cadence monthly measured-by \"Days\" baseline ").append(20 + random.nextInt(80))
					.append(" on 2026-01-31 }\n");
			text.append("goal G").append(i).append(" \"Goal ").append(i).append("\" { owner ").append(team).append(" lower I").append(i)
					.append(" to 10 by 2027-0").append(1 + random.nextInt(9)).append(" }\n");
			text.append("practice P").append(i).append(" \"Practice ").append(i).append(" with a title that wraps onto two lines\" { owner ")
					.append(team).append(" lowers I").append(i);
			if (i % 4 != 0) {
				text.append(", I").append(i - 1);
			}
			text.append(" }\n");
			text.append("change H").append(i).append(" \"Human change ").append(i).append("\" { lever ").append(LEVERS[random.nextInt(LEVERS.length)])
					.append(" supports P").append(i).append(" owner ").append(team).append(" from 2026-0").append(month).append(" }\n");
			text.append("change T").append(i).append(" \"Training ").append(i).append("\" { lever training supports P").append(i).append(" owner ")
					.append(team).append(" from 2026-0").append(month).append(" }\n");
			text.append("change C").append(i).append(" \"Technology ").append(i).append("\" { lever technology supports P").append(i).append(" owner ")
					.append(team).append(" from 2026-0").append(month).append(" deploys Crm }\n");
		}
		return text.toString();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			count++;
		}
		return count;
	}
}
