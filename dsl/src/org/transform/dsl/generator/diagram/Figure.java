package org.transform.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.transform.dsl.workspace.Finding;
import org.transform.dsl.generator.diagram.Scene.Box;
import org.transform.dsl.generator.diagram.Scene.Group;
import org.transform.dsl.generator.diagram.Scene.Item;
import org.transform.dsl.generator.diagram.Scene.Text;

/**
 * One element drawn as a box: its kind and name in bold, its title wrapped, a few facts, and a
 * badge per finding (the rule's code; the message is the badge's tooltip). The box's size follows
 * from its text, measured in the scene's monospace font, so no label leaves its box.
 */
final class Figure {

	static final double PADDING = 8;
	static final double NAME_SIZE = 12;
	static final double TITLE_SIZE = 11;
	static final double DETAIL_SIZE = 10;
	static final double BADGE_SIZE = 10;
	static final double BADGE_HEIGHT = 16;
	static final double BADGE_GAP = 3;
	static final double LINE_FACTOR = 1.3;
	static final int WRAP = 34;
	/**
	 * A figure shows at most this many lines of a title or of a detail, the last one ending in "…", and
	 * its tooltip at most {@link #TOOLTIP} characters of the title: a box is sized and laid out from its
	 * lines, and a title of 1 MB made every diagram of the report 30,000 lines tall (2.6 GB).
	 */
	static final int MAX_LINES = 4;
	static final int TOOLTIP = 500;

	private record Row(String text, double size, boolean bold, String color) {
	}

	private final String element;
	private final String tooltip;
	private final String fill;
	private final List<Row> rows = new ArrayList<>();
	private final List<Finding> findings;

	/**
	 * @param element what the figure shows, as {@code data-element} (a qualified name)
	 * @param kind    the element's keyword: goal, indicator, ...
	 */
	Figure(String element, String kind, String name, String title, String fill, List<Finding> findings) {
		this.element = element;
		this.fill = fill;
		this.findings = findings;
		String heading = kind + " " + name;
		rows.add(new Row(heading, NAME_SIZE, true, Palette.INK));
		if (title != null && !title.isBlank()) {
			for (String line : wrap(title, WRAP, MAX_LINES)) {
				rows.add(new Row(line, TITLE_SIZE, false, Palette.INK));
			}
		}
		this.tooltip = title == null || title.isBlank() ? heading : heading + ": " + shortened(title.strip(), TOOLTIP);
	}

	/** Adds a line of facts in small grey type. */
	Figure detail(String text) {
		for (String line : wrap(text, WRAP + 6, MAX_LINES)) {
			rows.add(new Row(line, DETAIL_SIZE, false, Palette.MUTED));
		}
		return this;
	}

	double width() {
		double width = 0;
		for (Row row : rows) {
			width = Math.max(width, Scene.textWidth(row.text(), row.size()));
		}
		for (Finding issue : findings) {
			width = Math.max(width, badgeWidth(issue));
		}
		return Math.ceil(width + 2 * PADDING);
	}

	double height() {
		double height = 0;
		for (Row row : rows) {
			height += row.size() * LINE_FACTOR;
		}
		height += findings.size() * (BADGE_HEIGHT + BADGE_GAP);
		return Math.ceil(height + 2 * PADDING);
	}

	/** The figure drawn in the box at (x, y) of size w × h, as a {@code node} group. */
	Group draw(double x, double y, double w, double h) {
		List<Item> items = new ArrayList<>();
		String marked = ElementFindings.color(findings);
		items.add(new Box("node", x, y, w, h, 4, fill, marked == null ? Palette.OUTLINE : marked, marked == null ? 1 : 2.5, 0));
		double top = y + PADDING;
		for (Row row : rows) {
			items.add(new Text("label", x + PADDING, top + row.size(), row.text(), row.size(), row.color(), row.bold(), "start"));
			top += row.size() * LINE_FACTOR;
		}
		top += BADGE_GAP;
		for (Finding issue : findings) {
			items.add(badge(issue, x + PADDING, top));
			top += BADGE_HEIGHT + BADGE_GAP;
		}
		return new Group("node", element, tooltip, items);
	}

	private static double badgeWidth(Finding issue) {
		return Scene.textWidth(badgeText(issue), BADGE_SIZE) + 8;
	}

	private static String badgeText(Finding issue) {
		return "! " + issue.code();
	}

	private static Group badge(Finding issue, double x, double y) {
		String color = Palette.severity(issue.severity());
		String text = badgeText(issue);
		List<Item> items = List.of(
				new Box("badge", x, y, badgeWidth(issue), BADGE_HEIGHT, 3, color, null, 0, 0),
				new Text("badge-label", x + 4, y + BADGE_HEIGHT - 4.5, text, BADGE_SIZE, "#ffffff", true, "start"));
		String tooltip = issue.level().label() + " [" + issue.code() + "] " + issue.message();
		return new Group("finding", issue.code(), tooltip, items);
	}

	/** The text, or its first {@code length} characters and "…" (a surrogate pair is not cut). */
	static String shortened(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int cut = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, cut) + "…";
	}

	/**
	 * Splits text into lines of at most {@code width} characters, at spaces where it can, and keeps
	 * the first {@code maxLines}: when there is more, the last line kept ends in "…". The text after
	 * those lines is not read.
	 */
	static List<String> wrap(String text, int width, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		Matcher words = WORD.matcher(text);
		while (words.find() && lines.size() <= maxLines) {
			String word = words.group();
			while (word.length() > width) {
				if (line.length() > 0) {
					lines.add(line.toString());
					line.setLength(0);
				}
				int cut = Character.isHighSurrogate(word.charAt(width - 1)) ? width - 1 : width;
				lines.add(word.substring(0, cut));
				word = word.substring(cut);
				if (lines.size() > maxLines) {
					break;
				}
			}
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		if (lines.size() > maxLines) {
			lines.subList(maxLines, lines.size()).clear();
			String last = lines.get(maxLines - 1);
			lines.set(maxLines - 1, shortened(last, width - 1) + (last.length() < width ? "…" : ""));
		}
		return lines;
	}

	private static final Pattern WORD = Pattern.compile("\\S+");
}
