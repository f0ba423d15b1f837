package org.transform.dsl.generator.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.transform.dsl.generator.diagram.Scene.Box;
import org.transform.dsl.generator.diagram.Scene.Group;
import org.transform.dsl.generator.diagram.Scene.Item;
import org.transform.dsl.generator.diagram.Scene.Line;
import org.transform.dsl.generator.diagram.Scene.Text;

/**
 * Draws a {@link Scene} with Java2D into an image and encodes it as PNG, headless. Text is drawn in
 * the logical monospace font and squeezed horizontally if the installed font is wider than the
 * scene's measure, so it never leaves its box.
 */
final class PngRenderer {

	/** Pixels per scene unit for an ordinary diagram: sharp on high-density screens. */
	private static final double SCALE = 2;

	/** Large diagrams are scaled down to stay under this many pixels (about 256 MB of memory). */
	private static final double MAX_PIXELS = 64_000_000;

	private PngRenderer() {
	}

	static byte[] render(Scene scene) {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		double scale = Math.min(SCALE, Math.sqrt(MAX_PIXELS / Math.max(1, scene.width() * scene.height())));
		int width = Math.max(1, (int) Math.ceil(scene.width() * scale));
		int height = Math.max(1, (int) Math.ceil(scene.height() * scale));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.scale(scale, scale);
			for (Item item : scene.items()) {
				draw(g, item);
			}
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		} catch (IOException e) {
			throw new UncheckedIOException("could not encode PNG: " + e.getMessage(), e);
		}
		return bytes.toByteArray();
	}

	private static void draw(Graphics2D g, Item item) {
		if (item instanceof Group group) {
			for (Item child : group.items()) {
				draw(g, child);
			}
		} else if (item instanceof Box b) {
			java.awt.Shape shape = b.radius() > 0 ? new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), 2 * b.radius(), 2 * b.radius())
					: new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h());
			if (b.fill() != null) {
				g.setColor(color(b.fill()));
				g.fill(shape);
			}
			if (b.stroke() != null && b.strokeWidth() > 0) {
				g.setColor(color(b.stroke()));
				g.setStroke(stroke(b.strokeWidth(), b.dash()));
				g.draw(shape);
			}
		} else if (item instanceof Line l) {
			double[] p = l.points();
			Path2D.Double path = new Path2D.Double();
			path.moveTo(p[0], p[1]);
			for (int i = 2; i < p.length; i += 2) {
				path.lineTo(p[i], p[i + 1]);
			}
			g.setColor(color(l.color()));
			g.setStroke(stroke(l.strokeWidth(), l.dash()));
			g.draw(path);
			double[] head = l.arrow() ? Geometry.arrowHead(p) : null;
			if (head != null) {
				Path2D.Double triangle = new Path2D.Double();
				triangle.moveTo(head[0], head[1]);
				triangle.lineTo(head[2], head[3]);
				triangle.lineTo(head[4], head[5]);
				triangle.closePath();
				g.fill(triangle);
			}
		} else if (item instanceof Text t) {
			Font font = new Font(Font.MONOSPACED, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size());
			String text = SvgRenderer.clean(t.text());
			double allowed = Scene.textWidth(text, t.size());
			double actual = font.getStringBounds(text, g.getFontRenderContext()).getWidth();
			double squeeze = actual > allowed && actual > 0 ? allowed / actual : 1;
			double drawn = actual * squeeze;
			double x = switch (t.anchor()) {
				case "middle" -> t.x() - drawn / 2;
				case "end" -> t.x() - drawn;
				default -> t.x();
			};
			if (squeeze != 1) {
				font = font.deriveFont(AffineTransform.getScaleInstance(squeeze, 1));
			}
			g.setFont(font);
			g.setColor(color(t.color()));
			g.drawString(text, (float) x, (float) t.y());
		}
	}

	private static Stroke stroke(double width, double dash) {
		return dash > 0 ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { (float) dash }, 0f)
				: new BasicStroke((float) width);
	}

	/** A colour written {@code #rrggbb}. */
	private static Color color(String hex) {
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}
}
