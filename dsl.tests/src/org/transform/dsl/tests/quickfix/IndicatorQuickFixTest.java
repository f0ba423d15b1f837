package org.transform.dsl.tests.quickfix;

import static org.transform.dsl.validation.IssueCodes.INDICATOR_MISSING;
import static org.transform.dsl.validation.IssueCodes.INDICATOR_WITHOUT_DIRECTION;

import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.transform.dsl.validation.IndicatorChecks;

/** Quick fixes for indicator-missing (baseline, measured-by, status) and indicator-without-direction. */
public class IndicatorQuickFixTest extends AbstractQuickFixTest {

	private static final String HEADER = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			""";

	private static final String GOAL = """
			goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
			""";

	// ------------------------------------------------------------------ indicator-missing: baseline

	@Test
	void baselineStubIsAddedOnALineOfItsOwnWhenTheClosingBraceStandsAlone() {
		openPlan(HEADER + """
				indicator SalesCycle "Sales cycle length" {
				    unit days  better lower
				    measured-by "Median days from first meeting to signature"
				}
				""" + GOAL);

		String fixed = applyFix("Add a baseline stub 'baseline 0 on 2026-11-24' (then write the measured value)",
				INDICATOR_MISSING, IndicatorChecks.FIX_BASELINE);

		Assertions.assertEquals(HEADER + """
				indicator SalesCycle "Sales cycle length" {
				    unit days  better lower
				    measured-by "Median days from first meeting to signature"
				    baseline 0 on 2026-11-24
				}
				""" + GOAL, fixed);
	}

	@Test
	void baselineStubGivesBracesToAnIndicatorWithoutThem() {
		openPlan(HEADER + """
				indicator SalesCycle "Sales cycle length"
				""" + GOAL);

		String fixed = applyFix("Add a baseline stub 'baseline 0 on 2026-11-24' (then write the measured value)",
				INDICATOR_MISSING, IndicatorChecks.FIX_BASELINE);

		Assertions.assertEquals(HEADER + """
				indicator SalesCycle "Sales cycle length" { baseline 0 on 2026-11-24 }
				""" + GOAL, fixed);
	}

	// ------------------------------------------------------------------ indicator-missing: measured-by

	@Test
	void measuredByIsAddedOnTheLineOfAOneLineIndicator() {
		openPlan(HEADER + """
				indicator SalesCycle { unit days  better lower  baseline 94 on 2026-01-31 }
				""" + GOAL);

		String fixed = applyFix("Add 'measured-by' (then say how the indicator is measured)", INDICATOR_MISSING,
				IndicatorChecks.FIX_MEASURED_BY);

		Assertions.assertEquals(HEADER + """
				indicator SalesCycle { unit days  better lower  baseline 94 on 2026-01-31  measured-by "<how it is measured>" }
				""" + GOAL, fixed);
	}

	// ------------------------------------------------------------------ indicator-missing: status

	@Test
	void aMissingIndicatorThatIsMeasuredIsMarkedAsExisting() {
		openPlan(HEADER + """
				indicator SalesCycle {
				    better lower  status missing
				    measured-by "Median days from first meeting to signature"  baseline 94 on 2026-01-31
				}
				""" + GOAL);

		String fixed = applyFix("Mark as existing: it has a definition and a baseline", INDICATOR_MISSING, IndicatorChecks.FIX_STATUS);

		Assertions.assertEquals(HEADER + """
				indicator SalesCycle {
				    better lower  status existing
				    measured-by "Median days from first meeting to signature"  baseline 94 on 2026-01-31
				}
				""" + GOAL, fixed);
	}

	@Test
	void aMissingIndicatorWithoutBaselineIsNotMarkedAsExisting() {
		openPlan(HEADER + """
				indicator SalesCycle { better lower  status missing  measured-by "Median days to signature" }
				""" + GOAL);

		assertNoFix(INDICATOR_MISSING, IndicatorChecks.FIX_STATUS);
	}

	@Test
	void anUnreliableIndicatorIsNotMarkedAsExisting() {
		openPlan(HEADER + """
				indicator SalesCycle { better lower  status unreliable  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				""" + GOAL);

		assertNoFix(INDICATOR_MISSING, IndicatorChecks.FIX_STATUS);
	}

	// ------------------------------------------------------------------ indicator-without-direction

	@Test
	void bothDirectionsAreOffered() {
		openPlan(HEADER + """
				indicator SalesCycle { unit days }
				""");

		Assertions.assertEquals(List.of("Higher is better: add 'better higher'", "Lower is better: add 'better lower'"),
				titles(finding(INDICATOR_WITHOUT_DIRECTION)));
	}

	@Test
	void lowerIsBetterKeepsTheAuthorsCommentAndLayout() {
		openPlan(HEADER + """
				indicator SalesCycle "Sales cycle length" {
				    unit days  // calendar days, weekends included
				}
				""");

		String fixed = applyFix("Lower is better: add 'better lower'", INDICATOR_WITHOUT_DIRECTION);

		Assertions.assertEquals(HEADER + """
				indicator SalesCycle "Sales cycle length" {
				    unit days  // calendar days, weekends included
				    better lower
				}
				""", fixed);
	}

	@Test
	void higherIsBetterFillsEmptyBraces() {
		openPlan(HEADER + """
				indicator ConversionRate { }
				""");

		String fixed = applyFix("Higher is better: add 'better higher'", INDICATOR_WITHOUT_DIRECTION);

		Assertions.assertEquals(HEADER + """
				indicator ConversionRate { better higher }
				""", fixed);
	}

	@Test
	void windowsLineBreaksAreKept() {
		String crlf = "\r\n";
		openPlan(String.join(crlf, "plan SalesTransformation { period 2026-01 to 2027-12 }", "import Acme.*",
				"indicator SalesCycle {", "    unit days", "}", ""));

		String fixed = applyFix("Lower is better: add 'better lower'", INDICATOR_WITHOUT_DIRECTION);

		Assertions.assertEquals(String.join(crlf, "plan SalesTransformation { period 2026-01 to 2027-12 }", "import Acme.*",
				"indicator SalesCycle {", "    unit days", "    better lower", "}", ""), fixed);
	}
}
