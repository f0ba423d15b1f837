package org.transform.dsl.ui.wizard;

import java.time.YearMonth;

/**
 * The starting plan the wizard writes: small, valid (no findings) and in the order the essays build
 * a plan — the indicator first, then the goal on it, the practice that moves it, and a lever change
 * that supports the practice; technology comes later, once the baseline is measured.
 */
public final class PlanTemplate {

	private PlanTemplate() {
	}

	/** The plan's name made from a file name: {@code sales plan-2026.transform} → {@code SalesPlan2026}. */
	public static String planName(String fileName) {
		String base = fileName.endsWith(".transform") ? fileName.substring(0, fileName.length() - ".transform".length()) : fileName;
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : base.toCharArray()) {
			if (Character.isLetterOrDigit(c) && c < 128) {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name.insert(0, "Plan");
		}
		return name.toString();
	}

	/** The plan's text, its two-year period starting in the month given. */
	public static String text(String planName, YearMonth start) {
		YearMonth end = start.plusMonths(23);
		return """
				// A starting plan: the indicator first, then the goal on it, the practice that moves it,
				// and a lever change that supports the practice. Technology comes last, once measured.
				plan %1$s "%1$s" {
				    period %2$s to %3$s
				}

				team Sales "Field sales"

				indicator SalesCycle "Sales cycle length" {
				    unit days
				    better lower
				    cadence monthly
				    status existing
				    measured-by "Median days from first meeting to signature"
				    source "CRM opportunities report"
				    baseline 94 on %2$s
				}

				goal CloseFaster "Close deals faster" {
				    owner Sales
				    lower SalesCycle to 60 by %4$s
				}

				practice SharedAccountPlans "Account plans co-written with the customer" {
				    owner Sales
				    lowers SalesCycle
				}

				change WeeklyPlanReviews "Managers review account plans, not pipeline reports" {
				    lever leadership
				    supports SharedAccountPlans
				    owner Sales
				    from %5$s
				}
				""".formatted(planName, start, end, end.minusMonths(6), start.plusMonths(1));
	}
}
