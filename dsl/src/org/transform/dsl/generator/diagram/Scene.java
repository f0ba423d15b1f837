package org.transform.dsl.generator.diagram;

import java.util.List;

/**
 * A laid-out diagram: boxes, lines and text at absolute coordinates, in drawing order. It is built
 * once by a diagram's builder and rendered twice, as SVG ({@link SvgRenderer}) and as PNG
 * ({@link PngRenderer}), so the two files always show the same picture.
 *
 * <p>Text is measured, never rendered, to size boxes: a monospace font whose advance is
 * {@link #CHAR_WIDTH} times the font size, so layout is the same on every machine.
 */
record Scene(String title, double width, double height, List<Item> items) {

	/** Advance of one character of the monospace font, in font sizes. */
	static final double CHAR_WIDTH = 0.6;

	/** The font stack of every text: the renderers pick the first one installed. */
	static final String FONT_FAMILY = "DejaVu Sans Mono, Menlo, Consolas, monospace";

	/** Width of a text in the scene's monospace font. */
	static double textWidth(String text, double size) {
		return text.codePointCount(0, text.length()) * CHAR_WIDTH * size;
	}

	/** What a scene is made of. {@code role} becomes the SVG {@code class}: {@code node}, {@code label}, ... */
	sealed interface Item permits Box, Text, Line, Group {
	}

	/** A rectangle; {@code dash} 0 for a solid outline, {@code strokeWidth} 0 for none. */
	record Box(String role, double x, double y, double w, double h, double radius, String fill, String stroke, double strokeWidth,
			double dash) implements Item {
	}

	/** One line of text; {@code y} is the baseline; {@code anchor} is start, middle or end. */
	record Text(String role, double x, double y, String text, double size, String color, boolean bold, String anchor) implements Item {
	}

	/** A polyline through {@code points} (x0, y0, x1, y1, ...), with an arrow head at its end if {@code arrow}. */
	record Line(String role, double[] points, String color, double strokeWidth, double dash, boolean arrow) implements Item {
	}

	/**
	 * Items that belong together (a node and its labels), with a tooltip ({@code <title>}) when
	 * {@code tooltip} is not null and an identifier of what it shows ({@code data-element}).
	 */
	record Group(String role, String element, String tooltip, List<Item> items) implements Item {
	}
}
