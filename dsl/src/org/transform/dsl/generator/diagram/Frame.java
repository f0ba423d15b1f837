package org.transform.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.List;

import org.transform.dsl.generator.diagram.Scene.Box;
import org.transform.dsl.generator.diagram.Scene.Item;
import org.transform.dsl.generator.diagram.Scene.Text;

/**
 * What every diagram has around its drawing: a title, a legend of swatches under it, and a margin.
 * Builders add their items below {@link #top()}, then ask for the {@link #scene(double, double)}.
 */
final class Frame {

	static final double MARGIN = 16;
	static final double TITLE_SIZE = 15;
	static final double LEGEND_SIZE = 10;
	private static final double SWATCH = 12;
	private static final double LEGEND_GAP = 14;
	private static final double LEGEND_ROW = 18;
	/** Legends wrap to a new row past this width. */
	private static final double LEGEND_WIDTH = 760;

	private final String title;
	private final List<Item> items = new ArrayList<>();
	private double legendX = MARGIN;
	private double legendY;
	private double width;

	Frame(String title) {
		this.title = title;
		items.add(new Text("diagram-title", MARGIN, MARGIN + TITLE_SIZE, title, TITLE_SIZE, Palette.INK, true, "start"));
		width = MARGIN + Scene.textWidth(title, TITLE_SIZE);
		legendY = MARGIN + TITLE_SIZE + 12;
	}

	/** Adds a swatch and its meaning to the legend: a filled box, or an outline if {@code outline}. */
	Frame legend(String color, boolean outline, String meaning) {
		double itemWidth = SWATCH + 4 + Scene.textWidth(meaning, LEGEND_SIZE);
		if (legendX > MARGIN && legendX + itemWidth > LEGEND_WIDTH) {
			legendX = MARGIN;
			legendY += LEGEND_ROW;
		}
		items.add(new Box("legend", legendX, legendY, SWATCH, SWATCH, 2, outline ? "#ffffff" : color, outline ? color : Palette.OUTLINE,
				outline ? 2.5 : 0.8, 0));
		items.add(new Text("legend-label", legendX + SWATCH + 4, legendY + SWATCH - 2, meaning, LEGEND_SIZE, Palette.INK, false, "start"));
		legendX += itemWidth + LEGEND_GAP;
		width = Math.max(width, legendX);
		return this;
	}

	/** Where the drawing starts, below the title and the legend. */
	double top() {
		return legendX > MARGIN ? legendY + LEGEND_ROW + 10 : legendY + 4;
	}

	double left() {
		return MARGIN;
	}

	void add(Item item) {
		items.add(item);
	}

	void addAll(List<? extends Item> more) {
		items.addAll(more);
	}

	/** The scene, wide and tall enough for a drawing that ends at (right, bottom). */
	Scene scene(double right, double bottom) {
		return new Scene(title, Math.ceil(Math.max(width, right) + MARGIN), Math.ceil(Math.max(top(), bottom) + MARGIN), List.copyOf(items));
	}

	/** The scene of a diagram with nothing to draw: the title and a sentence that says why. */
	static Scene empty(String title, String why) {
		Frame frame = new Frame(title);
		double y = frame.top() + 14;
		frame.add(new Text("empty", MARGIN, y, why, 12, Palette.MUTED, false, "start"));
		return frame.scene(MARGIN + Scene.textWidth(why, 12), y);
	}
}
