package org.transform.dsl.generator.report;

import org.transform.dsl.analysis.Excerpt;

/**
 * Escapes text from the model for Markdown (CommonMark with GitHub's tables), so that a title shows
 * as written and cannot open a link, an image, raw HTML, emphasis or code, nor end a table cell.
 *
 * <p>Why no library: commonmark-java renders Markdown to HTML and (from 0.22) a node tree back to
 * Markdown, but that means building a whole node tree for a few tables and headings, and it is not in
 * the target platform. CommonMark lets any ASCII punctuation be escaped with a backslash, so one loop
 * over the characters that mean something inline is enough; it is tested on its own.
 */
public final class MarkdownText {

	/** Characters with a meaning inline or in a table row; each is written with a backslash before it. */
	private static final String SPECIAL = "\\`*_[]<>|&#~!";

	private MarkdownText() {
	}

	/**
	 * The text, safe inside a paragraph, a heading or a table cell: backslash before every special
	 * character, line breaks and other control characters as spaces (a newline would end the row),
	 * bidirectional formatting characters left out (they would show the rest of the line reversed).
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		if (isPlain(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (SPECIAL.indexOf(c) >= 0) {
				out.append('\\').append(c);
			} else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				out.append(' ');
			} else if (Excerpt.bidirectionalControl(c)) {
				continue; // it would reorder how the rest of the line is displayed
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isPlain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (SPECIAL.indexOf(c) >= 0 || Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Excerpt.bidirectionalControl(c)) {
				return false;
			}
		}
		return true;
	}
}
