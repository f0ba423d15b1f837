package org.transform.dsl.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transform.dsl.analysis.PlanDate;

/** Dates as a plan writes them: a month or a day, real calendar dates only. */
public class PlanDateTest {

	@Test
	void aMonthRunsFromItsFirstToItsLastDay() {
		PlanDate february = PlanDate.parse("2028-02");
		assertEquals(LocalDate.of(2028, 2, 1), february.first());
		assertEquals(LocalDate.of(2028, 2, 29), february.last());
		assertTrue(february.isMonth());
		assertEquals("2028-02", february.toString());
	}

	@Test
	void aDayIsItsOwnFirstAndLastDay() {
		PlanDate day = PlanDate.parse(" 2026-03-31 ");
		assertEquals(LocalDate.of(2026, 3, 31), day.first());
		assertEquals(day.first(), day.last());
		assertFalse(day.isMonth());
		assertEquals("2026-03-31", day.text());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "2026", "2026-3", "2026-13", "2026-00", "2026-02-30", "2027-02-29", "2026-04-31", "2026-03-00",
			"2026-03-1", "2026-03-311", "2026/03", "2026-03/01", "20a6-03", "2026-0x", "+026-03", "-026-03", "2026-03-", "\u0662\u0660\u0662\u0666-03",
			"2026-03-31x", "x2026-03" })
	void anythingElseIsNoDate(String text) {
		assertNull(PlanDate.parse(text), text);
	}

	@Test
	void noTextIsNoDate() {
		assertNull(PlanDate.parse(null));
	}
}
