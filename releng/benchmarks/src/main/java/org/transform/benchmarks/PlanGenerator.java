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
 * <p>The generator remembers where the keystrokes of the benchmark land: the title strings, the
 * baseline numbers and the spots just after {@code owner } and {@code lever }.
 */
final class PlanGenerator {

	static final String ORGANIZATION = "Bench";

	/** A position in the text, zero-based as in LSP. */
	record Position(int line, int character) {
	}

	/** The plan's text and the positions the benchmark edits and completes at. */
	record Plan(String text, int lines, List<Position> titles, List<Position> baselines, List<Position> afterOwner,
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

	PlanGenerator(long seed) {
		this.random = new Random(seed);
	}

	/** The organization file the plans import: the teams, one a line. */
	static String organization() {
		StringBuilder text = new StringBuilder("organization " + ORGANIZATION + " \"Benchmark Corp\"\n");
		text.append("team Commercial \"Commercial division\" { size 120 }\n");
		for (String team : TEAMS) {
			text.append("team ").append(team).append(" \"").append(team).append(" team\" { part-of Commercial  size 12 }\n");
		}
		return text.toString();
	}

	Plan plan(int lines) {
		return plan("Bench" + lines, lines);
	}

	/** A plan with the given name (so that several plans of one workspace do not clash) of exactly {@code lines} lines. */
	Plan plan(String name, int lines) {
		Text text = new Text();
		text.line("plan " + name + " \"A plan of " + lines + " lines\" { period 2026-01 to 2027-12 }");
		text.line("import " + ORGANIZATION + ".*");
		List<String> tools = new ArrayList<>();
		List<String> goals = new ArrayList<>();
		for (int theme = 1; text.lines() < lines; theme++) {
			int before = text.lines();
			theme(text, theme, tools, goals);
			if (text.lines() > lines) { // the last theme does not fit: measurements fill up exactly
				text.truncate(before);
				fill(text, lines, theme);
			}
		}
		return new Plan(text.toString(), text.lines(), text.titles, text.baselines, text.afterOwner, text.afterLever);
	}

	private void theme(Text text, int n, List<String> tools, List<String> goals) {
		String indicator = "Indicator" + n;
		String goal = "Goal" + n;
		String practice = "Practice" + n;
		String noun = pick(NOUNS);
		boolean lower = random.nextBoolean();
		String direction = lower ? "lower" : "higher";
		int baseline = 20 + random.nextInt(180);
		int target = lower ? baseline * 2 / 3 : baseline * 3 / 2;
		String team = pick(TEAMS);

		text.titled("indicator " + indicator + " ", capitalised(noun) + " " + (lower ? "time" : "rate") + " " + n, " {");
		text.line("    unit " + pick(UNITS) + "  better " + direction + "  cadence monthly  status existing");
		text.line("    measured-by \"Median " + noun + " figure per month, theme " + n + "\"  source \"CRM\"");
		text.baseline("    baseline ", baseline, " on 2026-01-31");
		text.line("}");
		text.owner("goal " + goal + " \"" + pick(VERBS) + " the " + noun + " " + n + "\" { owner ", team,
				"  " + (lower ? "lower " : "raise ") + indicator + " to " + target + " by 2027-06  deadline 2027-12 }");
		goals.add(goal);
		text.titled("practice " + practice + " ", pick(VERBS) + " every " + noun + " together " + n,
				" { owner " + team + "  " + (lower ? "lowers " : "raises ") + indicator + " }");
		String tool;
		if (tools.size() < CATEGORIES.length && (tools.isEmpty() || random.nextInt(4) == 0)) { // one tool per category, the first a CRM
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
		text.line("change Training" + n + " \"Training on the " + noun + " module " + n + "\" { lever training  supports "
				+ practice + "  owner " + team + "  from 2026-" + twoDigits(month - 1) + " }");
		text.line("change People" + n + " \"" + pick(VERBS) + " the way we handle each " + noun + " " + n + "\" { lever "
				+ pick(PEOPLE_LEVERS) + "  supports " + practice + "  owner " + team + "  from 2026-02 }");
		if (random.nextInt(5) == 0) {
			text.line("channel Channel" + n + " \"" + capitalised(noun) + " stories " + n + "\" { kind " + pick(CHANNELS)
					+ "  serves " + goal + "  maintained-by Marketing  feeds " + tools.get(0) + " }");
		}
		if (random.nextInt(7) == 0) {
			text.line("policy Policy" + n + " \"Guidance on the " + noun + " " + n + "\" { serves " + goal + "  owner " + team + " }");
		}
		text.line("measurements " + indicator + " {");
		int values = 2 + random.nextInt(6);
		int value = baseline;
		for (int m = 2; m < 2 + values; m++) {
			value = Math.max(1, value + (lower ? -1 : 1) * random.nextInt(4));
			text.line("    2026-" + twoDigits(m) + "-28: " + value);
		}
		text.line("}");
	}

	/** Fills the plan up to exactly {@code lines} with one last indicator's measurements (at least 2 lines). */
	private void fill(Text text, int lines, int n) {
		int left = lines - text.lines();
		if (left < 2) {
			while (text.lines() < lines) {
				text.line("// the end of the plan");
			}
			return;
		}
		text.line("measurements Indicator1 {");
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
	private static final class Text {
		private final List<String> lines = new ArrayList<>();
		final List<Position> titles = new ArrayList<>();
		final List<Position> baselines = new ArrayList<>();
		final List<Position> afterOwner = new ArrayList<>();
		final List<Position> afterLever = new ArrayList<>();

		int lines() {
			return lines.size();
		}

		void line(String line) {
			lines.add(line);
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
