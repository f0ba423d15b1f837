package org.transform.dsl.tests.generator;

/** A plan of many themes (indicator, goal, practice, two changes, a tool each) for readability tests. */
final class LargePlanText {

	private static final String[] TEAMS = { "Sales", "Marketing", "PreSales", "Support", "Commercial" };
	private static final String[] LEVERS = { "leadership", "organization", "skills", "job" };
	private static final String[] CATEGORIES = { "crm", "collaboration", "intranet", "analytics", "erp" };

	private LargePlanText() {
	}

	static String plan(int themes) {
		StringBuilder text = new StringBuilder("plan Large \"A plan of many themes\" { period 2026-01 to 2027-12 }\nimport Acme.*\n");
		for (int i = 0; i < themes; i++) {
			String team = TEAMS[i % TEAMS.length];
			int month = 1 + i % 12;
			text.append("indicator Indicator").append(i).append(" \"Indicator number ").append(i)
					.append(" with a longer title that wraps\" { unit days better lower cadence monthly status existing measured-by \"Days\" baseline ")
					.append(50 + i).append(" on 2026-01-31 }\n");
			text.append("goal Goal").append(i).append(" \"Goal ").append(i).append("\" { owner ").append(team).append(" lower Indicator").append(i)
					.append(" to ").append(20 + i).append(" by 2027-06 }\n");
			text.append("practice Practice").append(i).append(" \"Practice ").append(i).append("\" { owner ").append(team)
					.append(" lowers Indicator").append(i).append(" }\n");
			text.append("change Change").append(i).append(" \"Change ").append(i).append("\" { lever ").append(LEVERS[i % LEVERS.length])
					.append(" supports Practice").append(i).append(" owner ").append(team).append(" from 2026-").append(String.format("%02d", month))
					.append(" }\n");
			text.append("change Training").append(i).append(" \"Training ").append(i).append("\" { lever training supports Practice").append(i)
					.append(" owner ").append(team).append(" from 2026-").append(String.format("%02d", month)).append(" to 2026-")
					.append(String.format("%02d", month)).append(" }\n");
			text.append("tool Tool").append(i).append(" \"Tool ").append(i).append("\" { category ").append(CATEGORIES[i % CATEGORIES.length])
					.append(" used-by ").append(team).append(" }\n");
		}
		return text.toString();
	}
}
