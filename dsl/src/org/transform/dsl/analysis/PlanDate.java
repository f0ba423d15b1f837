package org.transform.dsl.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as written in a plan: a month ({@code 2026-03}) or a day ({@code 2026-03-31}). A month
 * starts on its first day and ends on its last, so "from 2026-03" starts on 1 March and "period ...
 * to 2027-12" runs to 31 December.
 */
public record PlanDate(String text, LocalDate first, LocalDate last) implements Comparable<PlanDate> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

	/** @return the date, or {@code null} if the text is not a real calendar date in either form */
	public static PlanDate parse(String text) {
		if (text == null) {
			return null;
		}
		Matcher m = FORMAT.matcher(text.trim());
		if (!m.matches()) {
			return null;
		}
		try {
			int year = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(2));
			if (m.group(3) == null) {
				YearMonth ym = YearMonth.of(year, month);
				return new PlanDate(text.trim(), ym.atDay(1), ym.atEndOfMonth());
			}
			LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
			return new PlanDate(text.trim(), day, day);
		} catch (DateTimeException e) {
			return null;
		}
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
