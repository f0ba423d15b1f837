package org.transform.dsl.generator.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.transform.dsl.analysis.Excerpt;
import org.transform.dsl.generator.report.Report.Point;
import org.transform.dsl.generator.report.Report.Target;
import org.transform.dsl.generator.report.Report.Trend;

/** The sentences the HTML and the Markdown report share, so both say the same. Plain text: each renderer escapes it. */
final class ReportText {

	static final String PROGRESS_EXPLAINED = "Progress is how far the latest measurement has moved from the baseline toward the target "
			+ "(latest − baseline) / (target − baseline). On track: that share is at least the share of the time from the baseline "
			+ "date to the due date (the target date, else the goal's deadline, else the end of the plan) that had passed when the "
			+ "latest value was measured.";

	static final String TRACEABILITY_EXPLAINED = "Each row is one path from a goal to the indicator it moves, a practice that moves "
			+ "that indicator and a change that supports the practice. A dash is a missing link: rows without a goal are work that no "
			+ "goal asks for.";

	private ReportText() {
	}

	/** The day the findings were checked on, which indicator-stale counts up to, or that none was given. */
	static String checkedOn(Report report) {
		return report.checkedOn() == null
				? "Checked without a day: indicator-stale, the rule that compares measurements with the calendar, was not applied "
						+ "(give the day with --today=YYYY-MM-DD)."
				: "Checked on " + report.checkedOn() + ": indicator-stale counts up to that day.";
	}

	static String changesHeading(Report.Changes changes) {
		return "What changed since " + changes.since();
	}

	/** The text without bidirectional formatting characters, which would reorder how the rest of a line is displayed. */
	static String withoutBidirectionalControls(String text) {
		StringBuilder result = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Excerpt.bidirectionalControl(c)) {
				if (result == null) {
					result = new StringBuilder(text.length()).append(text, 0, i);
				}
			} else if (result != null) {
				result.append(c);
			}
		}
		return result == null ? text : result.toString();
	}

	/** A value with its unit: "94 days", "18.4 %". */
	static String amount(BigDecimal value, String unit) {
		return TrendChart.value(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
	}

	/** The indicator's facts in one sentence: unit, direction, baseline, latest value, number of measurements. */
	static String trendFacts(Trend trend) {
		List<String> facts = new ArrayList<>();
		if (trend.unit() != null) {
			facts.add("unit " + trend.unit());
		}
		if (trend.better() != null) {
			facts.add("better " + trend.better().getLiteral());
		}
		facts.add(trend.baseline() == null ? "no baseline" : "baseline " + amount(trend.baseline().value(), trend.unit()) + " on " + trend.baseline().date());
		List<Point> values = trend.measurements();
		if (values.isEmpty()) {
			facts.add("not measured yet");
		} else {
			Point latest = values.get(values.size() - 1);
			facts.add("latest " + amount(latest.value(), trend.unit()) + " on " + latest.date());
			facts.add(values.size() + (values.size() == 1 ? " measurement" : " measurements"));
		}
		String sentence = String.join("; ", facts);
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
	}

	/** What the trend chart shows, for its accessible label. */
	static String trendDescription(Trend trend) {
		StringBuilder text = new StringBuilder("Trend of ").append(trend.indicator().name());
		if (trend.indicator().title() != null) {
			text.append(" (").append(trend.indicator().title()).append(')');
		}
		List<Point> values = trend.measurements();
		text.append(": ");
		text.append(values.isEmpty() ? "no measurements"
				: values.size() + (values.size() == 1 ? " measurement on " + values.get(0).date()
						: " measurements from " + values.get(0).date() + " to " + values.get(values.size() - 1).date()));
		if (trend.baseline() != null) {
			text.append(", baseline ").append(amount(trend.baseline().value(), trend.unit()));
		}
		for (Target target : trend.targets()) {
			text.append(", target ").append(amount(target.value(), trend.unit()));
			if (target.due() != null) {
				text.append(" by ").append(target.due());
			}
		}
		return text.toString();
	}
}
