package org.transform.dsl.analysis;

/**
 * A short, harmless quote of text that comes from outside the plan's grammar (a row of a measurement
 * file, a path) for a finding: findings are printed on terminals and published in reports, so a
 * quote is cut to a few dozen characters (a file's content is not republished through its error
 * messages) and carries no control character (no terminal escape sequence, no line break) and no
 * bidirectional override (no text displayed in another order than it is stored).
 */
public final class Excerpt {

	private Excerpt() {
	}

	/** The text with every control or bidirectional formatting character as '?', cut to {@code max} characters with '…'. */
	public static String of(String text, int max) {
		if (text == null) {
			return "";
		}
		int end = Math.min(text.length(), max);
		if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--; // not half a character
		}
		StringBuilder quoted = new StringBuilder(end + 1);
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			quoted.append(harmless(c) ? c : '?');
		}
		if (text.length() > max) {
			quoted.append('…');
		}
		return quoted.toString();
	}

	/** Whether the character shows as itself: not a control character, not a bidirectional format character. */
	public static boolean harmless(char c) {
		return !Character.isISOControl(c) && !bidirectionalControl(c);
	}

	/** U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069: the characters that reorder displayed text. */
	public static boolean bidirectionalControl(char c) {
		return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
	}
}
