package org.transform.dsl.generator.diagram;

import java.io.StringWriter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.transform.dsl.analysis.Excerpt;
import org.transform.dsl.generator.diagram.Scene.Box;
import org.transform.dsl.generator.diagram.Scene.Group;
import org.transform.dsl.generator.diagram.Scene.Item;
import org.transform.dsl.generator.diagram.Scene.Line;
import org.transform.dsl.generator.diagram.Scene.Text;

/**
 * Writes a {@link Scene} as an SVG document with an XML writer, so that every model string is
 * escaped in text and attributes. The document has no XML prolog (it can be inlined in HTML) and no
 * {@code id} attributes (several diagrams can be inlined in one page); numbers are written with
 * {@link Locale#ROOT}, so the same scene gives the same bytes.
 */
final class SvgRenderer {

	static final String SVG_NS = "http://www.w3.org/2000/svg";

	private SvgRenderer() {
	}

	static String render(Scene scene) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
			xml.writeStartElement("svg");
			xml.writeDefaultNamespace(SVG_NS);
			xml.writeAttribute("version", "1.1");
			xml.writeAttribute("width", number(scene.width()));
			xml.writeAttribute("height", number(scene.height()));
			xml.writeAttribute("viewBox", "0 0 " + number(scene.width()) + " " + number(scene.height()));
			xml.writeAttribute("font-family", Scene.FONT_FAMILY);
			xml.writeCharacters("\n");
			xml.writeStartElement("title");
			xml.writeCharacters(clean(scene.title()));
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEmptyElement("rect");
			xml.writeAttribute("class", "background");
			xml.writeAttribute("width", number(scene.width()));
			xml.writeAttribute("height", number(scene.height()));
			xml.writeAttribute("fill", "#ffffff");
			xml.writeCharacters("\n");
			for (Item item : scene.items()) {
				write(xml, item);
			}
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.flush();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("could not write SVG: " + e.getMessage(), e);
		}
		return out.toString();
	}

	private static void write(XMLStreamWriter xml, Item item) throws XMLStreamException {
		if (item instanceof Group g) {
			xml.writeStartElement("g");
			xml.writeAttribute("class", g.role());
			if (g.element() != null) {
				xml.writeAttribute("data-element", clean(g.element()));
			}
			if (g.tooltip() != null) {
				xml.writeStartElement("title");
				xml.writeCharacters(clean(g.tooltip()));
				xml.writeEndElement();
			}
			for (Item child : g.items()) {
				write(xml, child);
			}
			xml.writeEndElement();
			xml.writeCharacters("\n");
		} else if (item instanceof Box b) {
			xml.writeEmptyElement("rect");
			xml.writeAttribute("class", b.role());
			xml.writeAttribute("x", number(b.x()));
			xml.writeAttribute("y", number(b.y()));
			xml.writeAttribute("width", number(b.w()));
			xml.writeAttribute("height", number(b.h()));
			if (b.radius() > 0) {
				xml.writeAttribute("rx", number(b.radius()));
			}
			xml.writeAttribute("fill", b.fill() == null ? "none" : b.fill());
			stroke(xml, b.stroke(), b.strokeWidth(), b.dash());
		} else if (item instanceof Text t) {
			xml.writeStartElement("text");
			xml.writeAttribute("class", t.role());
			xml.writeAttribute("x", number(t.x()));
			xml.writeAttribute("y", number(t.y()));
			xml.writeAttribute("font-size", number(t.size()));
			if (t.bold()) {
				xml.writeAttribute("font-weight", "bold");
			}
			if (!"start".equals(t.anchor())) {
				xml.writeAttribute("text-anchor", t.anchor());
			}
			xml.writeAttribute("fill", t.color());
			xml.writeCharacters(clean(t.text()));
			xml.writeEndElement();
		} else if (item instanceof Line l) {
			xml.writeEmptyElement("polyline");
			xml.writeAttribute("class", l.role());
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < l.points().length; i += 2) {
				if (i > 0) {
					points.append(' ');
				}
				points.append(number(l.points()[i])).append(',').append(number(l.points()[i + 1]));
			}
			xml.writeAttribute("points", points.toString());
			xml.writeAttribute("fill", "none");
			stroke(xml, l.color(), l.strokeWidth(), l.dash());
			if (l.arrow()) {
				double[] head = Geometry.arrowHead(l.points());
				if (head != null) {
					xml.writeEmptyElement("polygon");
					xml.writeAttribute("class", "arrow");
					xml.writeAttribute("points", number(head[0]) + "," + number(head[1]) + " " + number(head[2]) + "," + number(head[3]) + " "
							+ number(head[4]) + "," + number(head[5]));
					xml.writeAttribute("fill", l.color());
				}
			}
		}
		xml.writeCharacters("\n");
	}

	private static void stroke(XMLStreamWriter xml, String color, double width, double dash) throws XMLStreamException {
		if (color == null || width <= 0) {
			return;
		}
		xml.writeAttribute("stroke", color);
		xml.writeAttribute("stroke-width", number(width));
		if (dash > 0) {
			xml.writeAttribute("stroke-dasharray", number(dash) + " " + number(dash));
		}
	}

	/** A coordinate with at most two decimals and no trailing zeros, the same on every locale. */
	static String number(double value) {
		// hundredths in integer arithmetic: String.format was a third of the time spent writing SVG
		long hundredths = Math.round(value * 100.0);
		long whole = Math.abs(hundredths) / 100;
		long fraction = Math.abs(hundredths) % 100;
		String sign = hundredths < 0 ? "-" : "";
		if (fraction == 0) {
			return sign + whole;
		}
		return sign + whole + "." + (fraction % 10 == 0 ? Long.toString(fraction / 10) : (fraction < 10 ? "0" : "") + fraction);
	}

	/**
	 * The text with characters XML cannot carry (control characters, lone surrogates) and the
	 * bidirectional formatting characters (which would show the rest of a label reversed) as '?'.
	 */
	static String clean(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				result.append(c).append(text.charAt(++i));
			} else if ((c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE) && !Excerpt.bidirectionalControl(c)) {
				result.append(c);
			} else {
				result.append('?');
			}
		}
		return result.toString();
	}
}
