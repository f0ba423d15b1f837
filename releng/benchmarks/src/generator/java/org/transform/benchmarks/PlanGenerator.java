package org.transform.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a plan of an exact number of lines, the same for the same seed: themes of an indicator with
 * its baseline, a goal that moves it, a practice, a technology change with its training change, now and
 * then a tool, a channel or a policy, and monthly measurements. Every name is unique. The teams live in a
 * separate organization file that the plan imports.
 *
 * <p>The same themes make {@linkplain #workspace(int, int) workspaces} of many files: an organization
 * file with a tree of teams and the tool landscape (one tool per category), and plan files of themes
 * that refer across files (teams and tools of the organization, indicators and goals of other plans),
 * with a few deliberate findings.
 *
 * <p>The generator remembers where the keystrokes of the benchmark land: the title strings, the
 * baseline numbers and the spots just after {@code owner } and {@code lever }.
 *
 * <p>Shared by the harnesses of this module and the editor benchmark of {@code dsl.ui.tests}, which
 * compiles this source folder into its test bundle (see its {@code build.properties}): hence public, and
 * no dependency beyond the JDK.
 */
public final class PlanGenerator {

	public static final String ORGANIZATION = "Bench";

	/** A position in the text, zero-based as in LSP. */
	public record Position(int line, int character) {
	}

	/** The plan's text and the positions the benchmark edits and completes at. */
	public record Plan(String text, int lines, List<Position> titles, List<Position> baselines, List<Position> afterOwner,
			List<Position> afterLever) {
	}

	private static final String[] TEAMS = { "Sales", "PreSales", "Marketing", "Service", "Finance", "Operations", "Quality",
			"Logistics", "Purchasing", "HumanResources", "Engineering", "ProductManagement", "CustomerSuccess", "Legal", "It",
			"Training" };

	private static final String[] NOUNS = { "sales cycle", "offer", "meeting", "lead", "renewal", "complaint", "delivery",
			"invoice", "forecast", "order", "visit", "demo", "quote", "ticket", "contract", "campaign" };

	private static final String[] VERBS = { "Shorten", "Speed up", "Simplify", "Standardise", "Share", "Review", "Automate",
			"Measure", "Coach", "Plan" };

	private static final String[] UNITS = { "days", "count", "hours", "\"EUR k\"" };

	private static final String[] PEOPLE_LEVERS = { "leadership", "organization", "skills", "job" };

	private static final String[] CATEGORIES = { "crm", "erp", "bi", "social-monitoring", "ticketing", "cpq" };

	private static final String[] CHANNELS = { "linkedin", "newsletter", "webinar", "blog" };

	private final Random random;

	/** Workspace mode: the landscape's tools instead of each plan's own, cross-file references, findings. */
	private Landscape landscape;

	public PlanGenerator(long seed) {
		this.random = new Random(seed);
	}

	/** The organization file the plans import: the teams, one a line. */
	public static String organization() {
		StringBuilder text = new StringBuilder("organization " + ORGANIZATION + " \"Benchmark Corp\"\n");
		text.append("team Commercial \"Commercial division\" { size 120 }\n");
		for (String team : TEAMS) {
			text.append("team ").append(team).append(" \"").append(team).append(" team\" { part-of Commercial  size 12 }\n");
		}
		return text.toString();
	}

	/** A generated file: its path relative to the workspace folder and its text. */
	public record SourceText(String path, String text) {
	}

	/** A generated workspace and its size. */
	public record Workspace(List<SourceText> files, int elements, int lines, long bytes, int deliberateFindings) {

		/** All the text, file after file: what a tokenizer pass reads. */
		String allText() {
			StringBuilder all = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, bytes));
			files.forEach(f -> all.append(f.text()));
			return all.toString();
		}
	}

	/** The names a workspace's plans share: the organization's teams and tools, the plans written so far. */
	private record Landscape(List<String> teams, List<String> tools, List<String> indicators, List<String> goals, int[] findings) {
	}

	/**
	 * A workspace of about {@code elements} top-level elements (teams, indicators, goals, practices,
	 * changes, tools, channels, policies, measurement blocks) in {@code files} files: one organization
	 * file (one team per 50 elements, in a tree, and one tool per category) and plan files of themes.
	 * One theme in {@value #FINDING_EVERY} carries a deliberate finding (a policy that serves no goal, a
	 * technology change without training, a second tool of a category, a measurement outside the period).
	 */
	public Workspace workspace(int elements, int files) {
		try {
			return landscapeAndPlans(elements, files);
		} finally {
			landscape = null;
		}
	}

	/**
	 * A project as the editor benchmark opens it: the {@linkplain #workspace(int, int) workspace} of
	 * {@code files - 1} files and {@code elements} elements, and one more plan, {@code plans/edited.transform}
	 * ({@code plan Edited}), of exactly {@code lines} lines, written in the same landscape: its goals are
	 * owned by the organization's teams, its changes deploy the landscape's tools, a quarter of its
	 * indicators oppose indicators of the other plans, some of its channels serve their goals; the
	 * deliberate findings of one theme in {@value #FINDING_EVERY} included.
	 */
	public Project project(int elements, int files, int lines) {
		try {
			Workspace others = landscapeAndPlans(elements, files - 1);
			Plan edited = plan("Edited", lines, new ArrayList<>(landscape.tools()), nextTheme);
			return new Project(others, "plans/edited.transform", edited);
		} finally {
			landscape = null;
		}
	}

	/** The files of {@link #project(int, int, int)}: the other files and the plan the benchmark edits. */
	public record Project(Workspace others, String editedPath, Plan edited) {

		public List<SourceText> files() {
			List<SourceText> files = new ArrayList<>(others.files());
			files.add(new SourceText(editedPath, edited.text()));
			return files;
		}
	}

	/** The theme number the next plan of a workspace starts with: element names stay unique across the workspace. */
	private int nextTheme = 1;

	/** The workspace's files; leaves {@link #landscape} set, for a plan of the same workspace. */
	private Workspace landscapeAndPlans(int elements, int files) {
		int teamCount = Math.max(TEAMS.length, elements / 50);
		List<String> teams = new ArrayList<>();
		StringBuilder organization = new StringBuilder("organization " + ORGANIZATION + " \"Benchmark Corp\"\n\n");
		organization.append("team Commercial \"Commercial division\" {\n    size 120\n}\n");
		for (int i = 0; i < teamCount; i++) {
			String team = TEAMS[i % TEAMS.length] + (i < TEAMS.length ? "" : Integer.toString(i / TEAMS.length));
			String parent = i < TEAMS.length ? "Commercial" : TEAMS[i % TEAMS.length];
			organization.append("\nteam ").append(team).append(" \"").append(team).append(" team\" {\n    part-of ").append(parent)
					.append("\n    size ").append(3 + random.nextInt(40)).append("\n}\n");
			teams.add(team);
		}
		List<String> tools = new ArrayList<>();
		for (String category : CATEGORIES) {
			String tool = "Landscape" + capitalised(category.replace("-", ""));
			organization.append("\ntool ").append(tool).append(" \"").append(capitalised(category)).append(" system\" {\n    category ")
					.append(category).append("\n    used-by Commercial\n    adopted top-down")
					.append(tools.isEmpty() ? "" : "\n    integrates-with " + tools.get(0)).append("\n}\n");
			tools.add(tool);
		}
		List<SourceText> result = new ArrayList<>();
		result.add(new SourceText("organization/bench.transform", organization.toString()));
		int total = teamCount + 1 + tools.size();
		landscape = new Landscape(teams, tools, new ArrayList<>(), new ArrayList<>(), new int[1]);
		int planFiles = Math.max(1, files - 1);
		int theme = 1;
		for (int f = 0; f < planFiles; f++) {
			int budget = (elements - total) / (planFiles - f); // what this file should hold
			Text text = new Text();
			String plan = "Plan" + (f + 1);
			text.line("plan " + plan + " \"Plan number " + (f + 1) + "\" {");
			text.line("    period 2026-01 to 2027-12");
			text.line("}");
			text.line("");
			text.line("import " + ORGANIZATION + ".*");
			int fileElements = 0;
			List<String> fileTools = new ArrayList<>(tools);
			List<String> goals = new ArrayList<>();
			while (fileElements < budget || fileElements == 0) {
				text.line("");
				int before = text.elements;
				theme(text, theme++, fileTools, goals, plan);
				fileElements += text.elements - before;
			}
			total += fileElements;
			result.add(new SourceText(String.format("plans/%03d/plan%d.transform", f / 100, f + 1), text.toString()));
		}
		int lines = 0;
		long bytes = 0;
		for (SourceText file : result) {
			lines += (int) file.text().lines().count();
			bytes += file.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		}
		nextTheme = theme;
		return new Workspace(result, total, lines, bytes, landscape.findings()[0]);
	}

	/** One theme in this many has a deliberate finding (in workspaces). */
	static final int FINDING_EVERY = 40;

	public Plan plan(int lines) {
		return plan("Bench" + lines, lines);
	}

	/** A plan with the given name (so that several plans of one workspace do not clash) of exactly {@code lines} lines. */
	public Plan plan(String name, int lines) {
		return plan(name, lines, new ArrayList<>(), 1);
	}

	/** A plan of exactly {@code lines} lines whose themes are numbered from {@code firstTheme}, with the given tools to deploy. */
	private Plan plan(String name, int lines, List<String> tools, int firstTheme) {
		Text text = new Text();
		text.line("plan " + name + " \"A plan of " + lines + " lines\" { period 2026-01 to 2027-12 }");
		text.line("import " + ORGANIZATION + ".*");
		List<String> goals = new ArrayList<>();
		for (int theme = firstTheme; text.lines() < lines; theme++) {
			int before = text.lines();
			theme(text, theme, tools, goals, name);
			if (text.lines() > lines) { // the last theme does not fit: measurements fill up exactly
				text.truncate(before);
				fill(text, lines, firstTheme);
			}
		}
		return new Plan(text.toString(), text.lines(), text.titles, text.baselines, text.afterOwner, text.afterLever);
	}

	private void theme(Text text, int n, List<String> tools, List<String> goals, String plan) {
		String indicator = "Indicator" + n;
		String goal = "Goal" + n;
		String practice = "Practice" + n;
		String noun = pick(NOUNS);
		boolean lower = random.nextBoolean();
		String direction = lower ? "lower" : "higher";
		int baseline = 20 + random.nextInt(180);
		int target = lower ? baseline * 2 / 3 : baseline * 3 / 2;
		String team = landscape == null ? pick(TEAMS) : landscape.teams().get(random.nextInt(landscape.teams().size()));
		// in a workspace: the kind of deliberate finding this theme has (0: none), and references to other plans
		int finding = landscape != null && n % FINDING_EVERY == 0 ? 1 + n / FINDING_EVERY % 4 : 0;
		if (finding != 0) {
			landscape.findings()[0]++;
		}
		String opposes = "";
		if (landscape != null && !landscape.indicators().isEmpty() && random.nextInt(4) == 0) {
			opposes = "  opposes " + landscape.indicators().get(random.nextInt(landscape.indicators().size()));
		}

		text.titled("indicator " + indicator + " ", capitalised(noun) + " " + (lower ? "time" : "rate") + " " + n, " {");
		text.line("    unit " + pick(UNITS) + "  better " + direction + "  cadence monthly  status existing");
		text.line("    measured-by \"Median " + noun + " figure per month, theme " + n + "\"  source \"CRM\"");
		text.baseline("    baseline ", baseline, " on 2026-01-31" + opposes);
		text.line("}");
		text.owner("goal " + goal + " \"" + pick(VERBS) + " the " + noun + " " + n + "\" { owner ", team,
				"  " + (lower ? "lower " : "raise ") + indicator + " to " + target + " by 2027-06  deadline 2027-12 }");
		goals.add(goal);
		text.titled("practice " + practice + " ", pick(VERBS) + " every " + noun + " together " + n,
				" { owner " + team + "  " + (lower ? "lowers " : "raises ") + indicator + " }");
		String tool;
		if (finding == 3) { // a second tool of a category the landscape already has: redundant-tools
			tool = "Tool" + n;
			text.line("tool " + tool + " \"Another " + noun + " system " + n + "\" { category " + CATEGORIES[n % CATEGORIES.length]
					+ "  used-by " + team + "  adopted top-down  integrates-with " + tools.get(0) + " }");
		} else if (landscape != null) {
			tool = tools.get(random.nextInt(tools.size()));
		} else if (tools.size() < CATEGORIES.length && (tools.isEmpty() || random.nextInt(4) == 0)) { // one tool per category, the first a CRM
			tool = "Tool" + n;
			String category = CATEGORIES[tools.size()];
			text.line("tool " + tool + " \"" + capitalised(category) + " system " + n + "\" { category " + category + "  used-by "
					+ team + "  adopted top-down" + (tools.isEmpty() ? "" : "  integrates-with " + tools.get(0)) + " }");
			tools.add(tool);
		} else {
			tool = tools.get(random.nextInt(tools.size()));
		}
		int month = 3 + random.nextInt(6);
		text.titled("change Technology" + n + " ", capitalised(noun) + " module " + n, " {");
		text.lever("    lever ", "technology",
				"  supports " + practice + "  owner " + team + "  from 2026-" + twoDigits(month) + " to 2026-12  deploys " + tool);
		text.line("}");
		if (finding != 2) { // else technology-without-training
			text.line("change Training" + n + " \"Training on the " + noun + " module " + n + "\" { lever training  supports "
					+ practice + "  owner " + team + "  from 2026-" + twoDigits(month - 1) + " }");
		}
		text.line("change People" + n + " \"" + pick(VERBS) + " the way we handle each " + noun + " " + n + "\" { lever "
				+ pick(PEOPLE_LEVERS) + "  supports " + practice + "  owner " + team + "  from 2026-02 }");
		if (random.nextInt(5) == 0) {
			String served = landscape != null && !landscape.goals().isEmpty() && random.nextInt(3) == 0
					? landscape.goals().get(random.nextInt(landscape.goals().size()))
					: goal;
			text.line("channel Channel" + n + " \"" + capitalised(noun) + " stories " + n + "\" { kind " + pick(CHANNELS)
					+ "  serves " + served + "  maintained-by Marketing  feeds " + tools.get(0) + " }");
		}
		if (finding == 1) { // policy-without-goal
			text.line("policy Policy" + n + " \"A rule of its own " + n + "\" { owner " + team + " }");
		} else if (random.nextInt(7) == 0) {
			text.line("policy Policy" + n + " \"Guidance on the " + noun + " " + n + "\" { serves " + goal + "  owner " + team + " }");
		}
		text.line("measurements " + indicator + " {");
		int values = 2 + random.nextInt(6);
		int value = baseline;
		for (int m = 2; m < 2 + values; m++) {
			value = Math.max(1, value + (lower ? -1 : 1) * random.nextInt(4));
			text.line("    2026-" + twoDigits(m) + "-28: " + value);
		}
		if (finding == 4) { // measurement-out-of-range: after the plan's period
			text.line("    2029-01-31: " + value);
		}
		text.line("}");
		if (landscape != null) {
			landscape.indicators().add(plan + "." + indicator);
			landscape.goals().add(plan + "." + goal);
		}
	}

	/** Fills the plan up to exactly {@code lines} with more measurements of its first indicator (at least 2 lines). */
	private void fill(Text text, int lines, int firstTheme) {
		int left = lines - text.lines();
		if (left < 2) {
			while (text.lines() < lines) {
				text.line("// the end of the plan");
			}
			return;
		}
		text.line("measurements Indicator" + firstTheme + " {");
		for (int i = 0; i < left - 2; i++) {
			text.line("    2027-" + twoDigits(1 + i % 12) + "-" + (10 + i / 12 % 2 * 10) + ": " + random.nextInt(200));
		}
		text.line("}");
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String twoDigits(int n) {
		return n < 10 ? "0" + n : Integer.toString(n);
	}

	/** The text being written, line by line, with the remembered positions. */
	private static final java.util.regex.Pattern ELEMENT = java.util.regex.Pattern
			.compile("(team|indicator|goal|practice|change|measurements|tool|channel|policy) ");

	private static final class Text {
		private final List<String> lines = new ArrayList<>();
		final List<Position> titles = new ArrayList<>();
		final List<Position> baselines = new ArrayList<>();
		final List<Position> afterOwner = new ArrayList<>();
		final List<Position> afterLever = new ArrayList<>();

		/** Top-level elements written: lines that start with an element keyword. */
		int elements;

		int lines() {
			return lines.size();
		}

		void line(String line) {
			lines.add(line);
			if (ELEMENT.matcher(line).lookingAt()) {
				elements++;
			}
		}

		/** A line with a title string: the position is just inside its closing quote. */
		void titled(String before, String title, String after) {
			titles.add(new Position(lines.size(), before.length() + 1 + title.length()));
			line(before + "\"" + title + "\"" + after);
		}

		/** A baseline line: the position is the number's last digit. */
		void baseline(String before, int value, String after) {
			String number = Integer.toString(value);
			baselines.add(new Position(lines.size(), before.length() + number.length() - 1));
			line(before + number + after);
		}

		void owner(String before, String team, String after) {
			afterOwner.add(new Position(lines.size(), before.length()));
			line(before + team + after);
		}

		void lever(String before, String kind, String after) {
			afterLever.add(new Position(lines.size(), before.length()));
			line(before + kind + after);
		}

		void truncate(int size) {
			while (lines.size() > size) {
				lines.remove(lines.size() - 1);
			}
			titles.removeIf(p -> p.line() >= size);
			baselines.removeIf(p -> p.line() >= size);
			afterOwner.removeIf(p -> p.line() >= size);
			afterLever.removeIf(p -> p.line() >= size);
		}

		@Override
		public String toString() {
			return String.join("\n", lines) + "\n";
		}
	}
}
