package org.transform.dsl.parser;

import java.util.Arrays;

import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.transform.dsl.parser.antlr.internal.InternalTransformLexer;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Named;

/**
 * Xtext's partial parser widens an edit to whole tokens ({@link TokenRegionProvider}) by running the
 * lexer from the start of the file to the edit: on every keystroke in a 5,000-line plan, a lexer pass
 * over everything above the cursor. This provider gives the same region, lexing from a token start
 * it already knows, well before the edit.
 *
 * <p>It remembers the token starts it met in the text of its last call. Where the new text begins as
 * that text did, those starts are starts in the new text too — provided the lexer's decision on each
 * token before them did not look at the changed text: the lexer looks a few characters past a token
 * (at most the longest keyword), so only starts at least {@value #MARGIN} characters before the first
 * difference are used; and it may look to the end of the file when a quote or a comment opens and does
 * not close (that character then becomes a token of its own), so no start after such a token (an
 * {@code ANY_OTHER} or an invalid token) is remembered. From the chosen start, the search is Xtext's.
 *
 * <p>Past the edit, it goes on lexing until it meets a token start that was one in the last text, in the
 * part both texts end with: the lexer reads only what follows a token's start, so from there on the tokens
 * are the last text's, moved by the length the edit added, and their starts are taken over rather than
 * lexed. An edit far below the last one then starts lexing near it, not from the last one (the editor's
 * author jumps around the file). The first call lexes the whole text once for that.
 * A test compares it with Xtext's provider on random edits.
 */
@Singleton
public class IncrementalTokenRegionProvider extends TokenRegionProvider {

	/** How far before the first changed character a remembered token start must lie. */
	static final int MARGIN = 256;

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexerProvider;

	/**
	 * The text of the last call, and token starts in it, ascending: {@code starts[0..count)}, the starts of
	 * the lexer's tokens from the text's beginning up to some point, before any token that may look to the
	 * end of the file.
	 */
	private String lastText;
	private int[] starts = new int[256];
	private int count;
	/** The array of the call before the last, written over by the next call. */
	private int[] spare = new int[256];

	@Override
	public synchronized ITextRegion getTokenRegion(String text, ITextRegion region) {
		int regionStart = region.getOffset();
		int regionEnd = regionStart + region.getLength();
		int kept = lastText == null ? 0 : startsBefore(TextDifference.commonPrefix(lastText, text, regionStart) - MARGIN);
		int from = kept == 0 ? 0 : starts[kept - 1];
		// the last text's starts, for those in the part both texts end with (after the edit), moved by the shift
		int[] lastStarts = starts;
		int lastCount = count;
		int shift = lastText == null ? 0 : text.length() - lastText.length();
		int sameFrom = lastText == null ? Integer.MAX_VALUE : text.length() - TextDifference.commonSuffix(lastText, text, text.length() - regionEnd);
		starts = spare.length >= lastStarts.length ? spare : new int[lastStarts.length];
		spare = lastStarts;
		System.arraycopy(lastStarts, 0, starts, 0, kept);
		count = kept - (kept == 0 ? 0 : 1); // the start lexed from is recorded again below
		lastText = text;

		Lexer lexer = lexerProvider.get();
		StringCharStream input = new StringCharStream(text);
		input.skipTo(from); // only the tokens' offsets are read
		lexer.setCharStream(input);
		boolean remember = true;
		int currentStart = from;
		int currentEnd = from;
		Token next = lexer.nextToken();
		remember = record(next, remember);
		while (next.getType() != Token.EOF && currentEnd <= regionStart) {
			currentStart = start(next);
			currentEnd = stop(next) + 1;
			next = lexer.nextToken();
			remember = record(next, remember);
		}
		// next is either EOF or the first token that follows the start of the given region
		while (next.getType() != Token.EOF && currentEnd < regionEnd) {
			currentEnd = stop(next) + 1;
			next = lexer.nextToken();
			remember = record(next, remember);
		}
		// on to a start the last text had, or the end: the starts below the next edit are then known
		while (remember && next.getType() != Token.EOF && !takeOver(start(next), sameFrom, shift, lastStarts, lastCount)) {
			next = lexer.nextToken();
			remember = record(next, remember);
		}
		if (currentStart != regionStart || currentEnd != regionEnd) {
			return new TextRegion(currentStart, currentEnd - currentStart);
		}
		return region;
	}

	/**
	 * When the token start (already recorded) lies where both texts end alike and was a start in the last
	 * text, records the last text's starts after it, moved; whether it did.
	 */
	private boolean takeOver(int start, int sameFrom, int shift, int[] lastStarts, int lastCount) {
		if (start < sameFrom) {
			return false;
		}
		int index = Arrays.binarySearch(lastStarts, 0, lastCount, start - shift);
		if (index < 0) {
			return false;
		}
		int more = lastCount - index - 1;
		if (count + more > starts.length) {
			starts = Arrays.copyOf(starts, Math.max(count + more, starts.length * 2));
		}
		for (int i = index + 1; i < lastCount; i++) {
			starts[count++] = lastStarts[i] + shift;
		}
		return true;
	}

	/** Remembers the token's start while no token that may have looked to the end of the file came before. */
	private boolean record(Token token, boolean remember) {
		if (!remember || token.getType() == Token.EOF) {
			return false;
		}
		if (token.getType() == Token.INVALID_TOKEN_TYPE || token.getType() == InternalTransformLexer.RULE_ANY_OTHER) {
			return false;
		}
		if (count == starts.length) {
			starts = Arrays.copyOf(starts, count * 2);
		}
		starts[count++] = start(token);
		return true;
	}

	private static int start(Token token) {
		return ((org.antlr.runtime.CommonToken) token).getStartIndex();
	}

	private static int stop(Token token) {
		return ((org.antlr.runtime.CommonToken) token).getStopIndex();
	}

	/** How many remembered starts lie at or before the offset (and at a start greater than 0). */
	private int startsBefore(int offset) {
		if (offset <= 0) {
			return 0;
		}
		int index = Arrays.binarySearch(starts, 0, count, offset);
		return index >= 0 ? index + 1 : -index - 1;
	}


}
