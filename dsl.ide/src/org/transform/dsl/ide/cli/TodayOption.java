package org.transform.dsl.ide.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.Option;

/**
 * {@code --today}, shared by the commands that check plans against the calendar (a picocli mixin):
 * the day given, else the day of the command line's clock.
 */
final class TodayOption {

	@Option(names = "--today", paramLabel = "<YYYY-MM-DD>",
			description = "The day to check the plans on: indicator-stale counts up to it (default: the system's day). "
					+ "Give it where the output must not depend on the day it is produced (tests, documentation).")
	String today;

	/** A clock fixed at the day given with {@code --today}, else the clock itself (whose day moves on). */
	Clock clock(Clock clock) {
		return today == null ? clock : Clock.fixed(day(clock).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
	}

	/** The day given with {@code --today}, else the clock's. */
	LocalDate day(Clock clock) {
		if (today == null) {
			return LocalDate.now(clock);
		}
		try {
			return LocalDate.parse(today);
		} catch (DateTimeParseException e) {
			throw new InputProblem("--today=" + today + " is not a day: write it as YYYY-MM-DD, e.g. --today=2026-11-30");
		}
	}
}
