package org.transform.dsl.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as written in a plan: a month ({@code 2026-03}) or a day ({@code 2026-03-31}). A month
 * starts on its first day and ends on its last, so "from 2026-03" starts on 1 March and "period ...
 * to 2027-12" runs to 31 December.
 */
public record PlanDate(String text, LocalDate first, LocalDate last) implements Comparable<PlanDate> {

	/**
	 * @return the date, or {@code null} if the text is not a real calendar date in either form
	 *         ({@code yyyy-mm} or {@code yyyy-mm-dd}, ASCII digits). Read by hand: validation parses
	 *         every date of a plan on every keystroke, and a regular expression made it the largest
	 *         allocator of the language server.
	 */
	public static PlanDate parse(String text) {
		if (text == null) {
			return null;
		}
		String date = text.trim();
		int length = date.length();
		if (length != 7 && length != 10 || date.charAt(4) != '-' || length == 10 && date.charAt(7) != '-') {
			return null;
		}
		int year = digits(date, 0, 4);
		int month = digits(date, 5, 7);
		int day = length == 10 ? digits(date, 8, 10) : 0;
		if (year < 0 || month < 0 || day < 0) {
			return null;
		}
		try {
			if (length == 7) {
				YearMonth ym = YearMonth.of(year, month);
				return new PlanDate(date, ym.atDay(1), ym.atEndOfMonth());
			}
			LocalDate first = LocalDate.of(year, month, day);
			return new PlanDate(date, first, first);
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The number written with ASCII digits in [from, to), or -1. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	public boolean isMonth() {
		return !first.equals(last);
	}

	@Override
	public int compareTo(PlanDate o) {
		return first.compareTo(o.first);
	}

	@Override
	public String toString() {
		return text;
	}
}
