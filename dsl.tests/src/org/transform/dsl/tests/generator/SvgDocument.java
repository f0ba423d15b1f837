package org.transform.dsl.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A generated SVG read back with the JDK's DOM parser (namespace aware, no external entities), with
 * the geometry the tests check: node rectangles and the labels inside them.
 */
record SvgDocument(String text, Element root) {

	static final String SVG_NS = "http://www.w3.org/2000/svg";

	/** A rectangle read from the document. */
	record Rect(double x, double y, double w, double h) {
		boolean overlaps(Rect o) {
			return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
		}

		boolean contains(Rect o) {
			double e = 0.01;
			return o.x >= x - e && o.y >= y - e && o.x + o.w <= x + w + e && o.y + o.h <= y + h + e;
		}
	}

	static SvgDocument parse(String svg) {
		assertTrue(svg.startsWith("<svg"), () -> "an SVG document starts with <svg, not: " + svg.substring(0, Math.min(60, svg.length())));
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
			Element root = document.getDocumentElement();
			assertEquals(SVG_NS, root.getNamespaceURI());
			assertEquals("svg", root.getLocalName());
			return new SvgDocument(svg, root);
		} catch (Exception e) {
			return fail("the SVG does not parse: " + e.getMessage() + "\n" + svg);
		}
	}

	/** The elements with the tag and class, in document order. */
	List<Element> all(String tag, String cssClass) {
		return all(root, tag, cssClass);
	}

	static List<Element> all(Element in, String tag, String cssClass) {
		List<Element> result = new ArrayList<>();
		NodeList list = in.getElementsByTagNameNS(SVG_NS, tag);
		for (int i = 0; i < list.getLength(); i++) {
			Element e = (Element) list.item(i);
			if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
				result.add(e);
			}
		}
		return result;
	}

	/** The groups drawing the element with the qualified name. */
	List<Element> nodesOf(String qualifiedName) {
		return all("g", "node").stream().filter(g -> qualifiedName.equals(g.getAttribute("data-element"))).toList();
	}

	/** Every text of the document, one per line. */
	List<String> texts() {
		return all("text", null).stream().map(Node::getTextContent).toList();
	}

	static Rect rect(Element rect) {
		return new Rect(number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height"));
	}

	/** The box a text occupies in the diagrams' monospace measure: 0.6 × size per character, the size above the baseline. */
	static Rect textBox(Element text) {
		double size = number(text, "font-size");
		String content = text.getTextContent();
		double width = content.codePointCount(0, content.length()) * 0.6 * size;
		double x = number(text, "x");
		String anchor = text.getAttribute("text-anchor");
		if ("middle".equals(anchor)) {
			x -= width / 2;
		} else if ("end".equals(anchor)) {
			x -= width;
		}
		double y = number(text, "y");
		return new Rect(x, y - size, width, size * 1.2);
	}

	static double number(Element e, String attribute) {
		return Double.parseDouble(e.getAttribute(attribute));
	}

	/** The direct child of the group with the tag and class. */
	static Element child(Element group, String tag, String cssClass) {
		for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && tag.equals(e.getLocalName()) && cssClass.equals(e.getAttribute("class"))) {
				return e;
			}
		}
		return fail("no <" + tag + " class=\"" + cssClass + "\"> in group " + group.getAttribute("data-element"));
	}

	/** The group's tooltip, its {@code <title>}. */
	static String tooltip(Element group) {
		for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && "title".equals(e.getLocalName())) {
				return e.getTextContent();
			}
		}
		return null;
	}
}
