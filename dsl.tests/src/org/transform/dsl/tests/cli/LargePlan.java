package org.transform.dsl.tests.cli;

import java.util.Random;

/**
 * Generates a large, well-formed plan: the same realistic slice (a team, its indicator, goal,
 * practice, leadership, training and technology changes, tool, channel, policy and measurements)
 * repeated with unique names until the plan has the requested size, all of them feeding one CRM.
 * The plan is sound but for one slice in a hundred, whose policy serves no goal, so that a check of
 * the plan has a known number of findings.
 */
final class LargePlan {

	/** One slice in a hundred has a policy without a goal. */
	static final int POLICY_WITHOUT_GOAL_EVERY = 100;

	private LargePlan() {
	}

	/** @return the plan text, of at least {@code minimumChars} characters, the same for the same seed */
	static String generate(int minimumChars, long seed) {
		Random random = new Random(seed);
		StringBuilder plan = new StringBuilder(minimumChars + 4096);
		plan.append("plan Generated \"A generated plan\" {\n    period 2026-01 to 2027-12\n    description \"Slices repeated with unique names\"\n}\n\n");
		plan.append("team Company \"The company\" { size 100000 }\n");
		plan.append("tool Crm \"The CRM\" { category crm  used-by Company }\n\n");
		for (int i = 0; plan.length() < minimumChars; i++) {
			slice(plan, i, random);
		}
		return plan.toString();
	}

	/** How many slices a generated plan has. */
	static int slices(String plan) {
		return (int) plan.lines().filter(l -> l.startsWith("team Team")).count();
	}

	private static void slice(StringBuilder plan, int i, Random random) {
		String parent = i < 10 ? "Company" : "Team" + (i / 10);
		int baseline = 20 + random.nextInt(200);
		int target = Math.max(1, baseline - 1 - random.nextInt(Math.max(1, baseline / 2)));
		int month = 3 + random.nextInt(6);
		plan.append("team Team").append(i).append(" \"Team number ").append(i).append("\" { part-of ").append(parent)
				.append("  size ").append(3 + random.nextInt(60)).append(" }\n");
		plan.append("indicator Lead").append(i).append("Time \"Lead time of flow ").append(i).append("\" {\n")
				.append("    unit days  better lower  cadence ").append(random.nextBoolean() ? "weekly" : "monthly").append("  status existing\n")
				.append("    measured-by \"Median days from request to delivery, flow ").append(i).append("\"  source \"Ticketing system\"\n")
				.append("    baseline ").append(baseline).append(" on 2026-01-31\n}\n");
		plan.append("goal Faster").append(i).append(" \"Deliver flow ").append(i).append(" faster\" {\n")
				.append("    owner Team").append(i).append("\n")
				.append("    lower Lead").append(i).append("Time to ").append(target).append(" by 2027-0").append(1 + random.nextInt(9)).append("\n")
				.append("    deadline 2027-12\n}\n");
		plan.append("practice Review").append(i).append(" \"Weekly flow review ").append(i).append("\" { owner Team").append(i)
				.append("  lowers Lead").append(i).append("Time }\n");
		plan.append("change Coach").append(i).append(" \"Managers coach the review\" { lever leadership  supports Review").append(i)
				.append("  owner Team").append(i).append("  from 2026-0").append(month).append(" }\n");
		plan.append("change Train").append(i).append(" \"Training on the board\" { lever training  supports Review").append(i)
				.append("  owner Team").append(i).append("  from 2026-0").append(month + 1).append(" }\n");
		plan.append("change Board").append(i).append(" \"A shared flow board\" {\n")
				.append("    lever technology  supports Review").append(i).append("  owner Team").append(i)
				.append("  from 2026-").append(month + 3 < 10 ? "0" : "").append(month + 3).append(" to 2026-12  deploys Board").append(i).append("Tool\n}\n");
		plan.append("tool Board").append(i).append("Tool \"Board of flow ").append(i).append("\" { category board").append(i)
				.append("  used-by Team").append(i).append("  integrates-with Board").append(i).append("Tool }\n");
		plan.append("channel Community").append(i).append(" \"Community of flow ").append(i).append("\" { kind community  serves Faster").append(i)
				.append("  maintained-by Team").append(i).append("  feeds Crm }\n");
		if (i % POLICY_WITHOUT_GOAL_EVERY == 0) {
			plan.append("policy Rule").append(i).append(" \"A rule for its own sake\" { owner Team").append(i).append(" }\n");
		} else {
			plan.append("policy Rule").append(i).append(" \"Review weekly\" { serves Faster").append(i).append("  owner Team").append(i).append(" }\n");
		}
		plan.append("measurements Lead").append(i).append("Time {");
		// steadily toward the target, reached by the last value: a plan on track (target-off-track stays quiet)
		for (int m = 2; m <= 6; m++) {
			plan.append(" 2026-0").append(m).append("-15: ").append(baseline - ((baseline - target) * (m - 1) + 4) / 5);
		}
		plan.append(" }\n\n");
	}
}
