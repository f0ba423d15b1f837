package org.transform.dsl.ui;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.transform.dsl.parser.antlr.internal.InternalTransformLexer;

/** Colours keywords, strings, dates, numbers and comments using the lexer generated from the grammar. */
public class TransformTokenScanner implements ITokenScanner {

	public static final Color KEYWORD_COLOR = new Color(127, 0, 85);
	public static final Color COMMENT_COLOR = new Color(63, 127, 95);
	public static final Color STRING_COLOR = new Color(42, 0, 255);
	public static final Color LITERAL_COLOR = new Color(0, 110, 140);

	private final Map<Integer, String> tokenDefs = TransformLanguage.injector().getInstance(ITokenDefProvider.class).getTokenDefMap();
	private final IToken keyword = new Token(new TextAttribute(KEYWORD_COLOR, null, SWT.BOLD));
	private final IToken comment = new Token(new TextAttribute(COMMENT_COLOR));
	private final IToken string = new Token(new TextAttribute(STRING_COLOR));
	private final IToken literal = new Token(new TextAttribute(LITERAL_COLOR));
	private final IToken other = new Token(null);

	private InternalTransformLexer lexer;
	private int rangeOffset;
	private CommonToken current;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		this.rangeOffset = offset;
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			text = ""; // the range is no longer in the document: nothing to colour
		}
		this.lexer = new InternalTransformLexer(new ANTLRStringStream(text));
	}

	@Override
	public IToken nextToken() {
		current = (CommonToken) lexer.nextToken();
		if (current.getType() == org.antlr.runtime.Token.EOF) {
			return Token.EOF;
		}
		String def = tokenDefs.get(current.getType());
		if (def == null) {
			return other;
		}
		if (def.startsWith("'")) {
			return def.length() > 2 && Character.isLetter(def.charAt(1)) ? keyword : other;
		}
		return switch (def) {
			case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> comment;
			case "RULE_STRING" -> string;
			case "RULE_DATE", "RULE_NUMBER" -> literal;
			case "RULE_WS" -> Token.WHITESPACE;
			default -> other;
		};
	}

	@Override
	public int getTokenOffset() {
		return rangeOffset + current.getStartIndex();
	}

	@Override
	public int getTokenLength() {
		return current.getStopIndex() - current.getStartIndex() + 1;
	}
}
