package org.transform.dsl.parser;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;

/**
 * ANTLR's character stream over a string, reading the string itself: {@link ANTLRStringStream} copies
 * the whole text into a character array first, which for the token region of every keystroke in a
 * 5,000-line plan was a copy of the file (a twentieth of the language server's allocation per edit).
 * Reads, positions, marks and substrings are ANTLR's, character for character.
 */
final class StringCharStream extends ANTLRStringStream {

	private static final char[] NO_CHARS = {};

	private final String text;

	StringCharStream(String text) {
		super(NO_CHARS, 0);
		this.text = text;
		this.n = text.length();
	}

	@Override
	public void consume() {
		if (p < n) {
			charPositionInLine++;
			if (text.charAt(p) == '\n') {
				line++;
				charPositionInLine = 0;
			}
			p++;
		}
	}

	/**
	 * Moves to the offset without counting the lines on the way, as {@link #seek} does character by
	 * character: the tokens read from there have the right offsets, but not their lines and columns.
	 */
	void skipTo(int offset) {
		p = Math.min(offset, n);
	}

	@Override
	public int LA(int i) {
		if (i == 0) {
			return 0; // undefined, as in ANTLR
		}
		int offset = i;
		if (offset < 0) {
			offset++; // LA(-1) is the character before p
			if (p + offset - 1 < 0) {
				return CharStream.EOF;
			}
		}
		if (p + offset - 1 >= n) {
			return CharStream.EOF;
		}
		return text.charAt(p + offset - 1);
	}

	@Override
	public String substring(int start, int stop) {
		return text.substring(start, stop + 1);
	}
}
