package org.transform.dsl.generator.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.transform.dsl.analysis.PlanDate;
import org.transform.dsl.generator.report.Report.Point;
import org.transform.dsl.generator.report.Report.Target;
import org.transform.dsl.generator.report.Report.Trend;

/**
 * Draws an indicator's trend as an inline SVG line chart: the measurements as a line with dots, the
 * baseline as a grey dashed line, each goal's target as a diamond at its due date with a dashed line
 * from the baseline to it (the path the goal asks for). Time runs left to right, values bottom to
 * top. Built from jsoup elements, so every text from the model is escaped; coordinates are
 * formatted by hand with one decimal, independent of the locale, so the same trend gives the same bytes.
 */
final class TrendChart {

	static final int WIDTH = 640;
	static final int HEIGHT = 240;
	private static final double LEFT = 56;
	private static final double RIGHT = WIDTH - 24;
	private static final double TOP = 16;
	private static final double BOTTOM = HEIGHT - 36;

	private static final String MEASURED = "#1f5fa8";
	private static final String BASELINE = "#6b6b6b";
	private static final String TARGET = "#b35900";
	private static final String GRID = "#dddddd";

	private TrendChart() {
	}

	/** Whether there is anything to draw: a baseline, a measurement or a target. */
	static boolean drawable(Trend trend) {
		return trend.baseline() != null || !trend.measurements().isEmpty() || !trend.targets().isEmpty();
	}

	/** Appends the chart of the trend to {@code parent}. */
	static void append(Element parent, Trend trend, String description) {
		Scale scale = Scale.of(trend);
		Element svg = parent.appendElement("svg")
				.attr("xmlns", "http://www.w3.org/2000/svg")
				.attr("class", "trend")
				.attr("width", Integer.toString(WIDTH))
				.attr("height", Integer.toString(HEIGHT))
				.attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
				.attr("role", "img")
				.attr("aria-label", description);
		svg.appendElement("title").text(description);
		svg.appendElement("rect").attr("x", n(LEFT)).attr("y", n(TOP)).attr("width", n(RIGHT - LEFT)).attr("height", n(BOTTOM - TOP))
				.attr("fill", "#ffffff").attr("stroke", GRID);
		axes(svg, scale);
		if (trend.baseline() != null) {
			double y = scale.y(trend.baseline().value());
			svg.appendElement("line").attr("x1", n(LEFT)).attr("y1", n(y)).attr("x2", n(RIGHT)).attr("y2", n(y))
					.attr("stroke", BASELINE).attr("stroke-dasharray", "6 4");
			svg.appendElement("text").attr("x", n(LEFT + 4)).attr("y", n(y - 4)).attr("fill", BASELINE).attr("font-size", "11")
					.text("baseline " + value(trend.baseline().value()));
		}
		for (Target target : trend.targets()) {
			target(svg, scale, trend, target);
		}
		measurements(svg, scale, trend.measurements());
	}

	private static void axes(Element svg, Scale scale) {
		for (double tick : scale.yTicks()) {
			double y = scale.y(tick);
			svg.appendElement("line").attr("x1", n(LEFT)).attr("y1", n(y)).attr("x2", n(RIGHT)).attr("y2", n(y)).attr("stroke", GRID);
			svg.appendElement("text").attr("x", n(LEFT - 6)).attr("y", n(y + 4)).attr("text-anchor", "end").attr("font-size", "11")
					.attr("fill", "#333333").text(value(BigDecimal.valueOf(tick)));
		}
		for (long day : scale.xTicks()) {
			double x = scale.x(day);
			svg.appendElement("line").attr("x1", n(x)).attr("y1", n(BOTTOM)).attr("x2", n(x)).attr("y2", n(BOTTOM + 4)).attr("stroke", "#333333");
			svg.appendElement("text").attr("x", n(x)).attr("y", n(BOTTOM + 18)).attr("text-anchor", "middle").attr("font-size", "11")
					.attr("fill", "#333333").text(LocalDate.ofEpochDay(day).toString().substring(0, 7));
		}
	}

	private static void target(Element svg, Scale scale, Trend trend, Target target) {
		double y = scale.y(target.value());
		String label = "target " + value(target.value()) + (target.due() == null ? "" : " by " + target.due()) + " (" + target.goal().name() + ")";
		if (target.due() == null) {
			svg.appendElement("line").attr("x1", n(LEFT)).attr("y1", n(y)).attr("x2", n(RIGHT)).attr("y2", n(y))
					.attr("stroke", TARGET).attr("stroke-dasharray", "2 3");
			svg.appendElement("text").attr("x", n(RIGHT - 4)).attr("y", n(y - 4)).attr("text-anchor", "end").attr("font-size", "11")
					.attr("fill", TARGET).text(label);
			return;
		}
		double x = scale.x(target.due().last().toEpochDay());
		if (trend.baseline() != null) {
			svg.appendElement("line").attr("x1", n(scale.x(trend.baseline().date().first().toEpochDay())))
					.attr("y1", n(scale.y(trend.baseline().value()))).attr("x2", n(x)).attr("y2", n(y))
					.attr("stroke", TARGET).attr("stroke-dasharray", "6 4");
		}
		svg.appendElement("polygon")
				.attr("points", n(x) + "," + n(y - 6) + " " + n(x + 6) + "," + n(y) + " " + n(x) + "," + n(y + 6) + " " + n(x - 6) + "," + n(y))
				.attr("fill", TARGET)
				.appendElement("title").text(label);
		svg.appendElement("text").attr("x", n(x - 8)).attr("y", n(y < TOP + 14 ? y + 16 : y - 8)).attr("text-anchor", "end")
				.attr("font-size", "11").attr("fill", TARGET).text(label);
	}

	private static void measurements(Element svg, Scale scale, List<Point> points) {
		if (points.isEmpty()) {
			return;
		}
		StringBuilder line = new StringBuilder();
		for (Point p : points) {
			line.append(line.length() == 0 ? "" : " ").append(n(scale.x(p.date().first().toEpochDay()))).append(',').append(n(scale.y(p.value())));
		}
		svg.appendElement("polyline").attr("points", line.toString()).attr("fill", "none").attr("stroke", MEASURED).attr("stroke-width", "2");
		for (Point p : points) {
			svg.appendElement("circle").attr("cx", n(scale.x(p.date().first().toEpochDay()))).attr("cy", n(scale.y(p.value()))).attr("r", "3")
					.attr("fill", MEASURED)
					.appendElement("title").text(p.date() + ": " + value(p.value()));
		}
	}

	/** A value as the plan would write it: 94, 12.5, 0.25. */
	static String value(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** A coordinate with one decimal, "12.3" or "-0.5": the same text on every machine and locale. */
	static String n(double coordinate) {
		long tenths = Math.round(coordinate * 10);
		long whole = Math.abs(tenths) / 10;
		return (tenths < 0 ? "-" : "") + whole + "." + Math.abs(tenths) % 10;
	}

	/** Maps days and values to the plot area. */
	private record Scale(long firstDay, long lastDay, double low, double high) {

		static Scale of(Trend trend) {
			List<Long> days = new ArrayList<>();
			List<Double> values = new ArrayList<>();
			if (trend.baseline() != null) {
				days.add(trend.baseline().date().first().toEpochDay());
				values.add(trend.baseline().value().doubleValue());
			}
			for (Point p : trend.measurements()) {
				days.add(p.date().first().toEpochDay());
				values.add(p.value().doubleValue());
			}
			for (Target t : trend.targets()) {
				PlanDate due = t.due();
				if (due != null) {
					days.add(due.last().toEpochDay());
				}
				values.add(t.value().doubleValue());
			}
			long first = days.stream().mapToLong(Long::longValue).min().orElse(0);
			long last = days.stream().mapToLong(Long::longValue).max().orElse(0);
			if (last - first < 30) { // one date: a month around it
				first -= 15;
				last += 15;
			}
			double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
			double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
			double pad = high > low ? (high - low) * 0.1 : Math.max(1, Math.abs(high) * 0.1);
			return new Scale(first, last, low - pad, high + pad);
		}

		double x(long day) {
			return LEFT + (RIGHT - LEFT) * (day - firstDay) / (double) (lastDay - firstDay);
		}

		double y(BigDecimal value) {
			return y(value.doubleValue());
		}

		double y(double value) {
			return BOTTOM - (BOTTOM - TOP) * (value - low) / (high - low);
		}

		/** Round values between low and high, 3 to 6 of them. */
		List<Double> yTicks() {
			double step = niceStep((high - low) / 4);
			List<Double> ticks = new ArrayList<>();
			for (double tick = Math.ceil(low / step) * step; tick <= high + 1e-9 && ticks.size() < 12; tick += step) {
				ticks.add(BigDecimal.valueOf(tick).setScale(6, RoundingMode.HALF_UP).doubleValue());
			}
			return ticks;
		}

		/** The first day of every quarter (or of every year, for long spans) between the first and the last day. */
		List<Long> xTicks() {
			LocalDate start = LocalDate.ofEpochDay(firstDay).withDayOfMonth(1);
			int months = lastDay - firstDay > 3 * 365 ? 12 : lastDay - firstDay > 365 ? 3 : 2;
			start = start.withMonth(((start.getMonthValue() - 1) / months) * months + 1);
			List<Long> ticks = new ArrayList<>();
			for (LocalDate d = start; d.toEpochDay() <= lastDay; d = d.plusMonths(months)) {
				if (d.toEpochDay() >= firstDay) {
					ticks.add(d.toEpochDay());
				}
			}
			return ticks;
		}

		private static double niceStep(double rough) {
			double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
			double fraction = rough / magnitude;
			double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
			return nice * magnitude;
		}
	}
}
