package org.transform.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.transform.dsl.validation.IssueCodes;

/**
 * Rewords the parser's messages for a plan's author ("found 'goal' where '}' was expected" rather
 * than "mismatched input 'goal' expecting '}'") and gives every syntax error the code
 * {@link IssueCodes#SYNTAX_ERROR}, so that it is listed like any other finding.
 */
public class TransformSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISMATCHED_CHARACTER = Pattern.compile("mismatched character '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'",
			Pattern.DOTALL);

	private static final String HINT = " (the syntax of every element is in docs/language.md)";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(reword(original.getMessage()), IssueCodes.SYNTAX_ERROR);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(original.getMessage(), IssueCodes.SYNTAX_ERROR);
	}

	static String reword(String message) {
		if (message == null) {
			return "The text cannot be read here" + HINT + ".";
		}
		Matcher m = MISMATCHED.matcher(message);
		if (m.matches()) {
			return "Found " + token(m.group(1)) + " where " + expected(m.group(2)) + " was expected" + HINT + ".";
		}
		m = MISMATCHED_CHARACTER.matcher(message);
		if (m.matches()) {
			if ("'\"'".equals(m.group(2).trim())) {
				return "A quoted text is not closed: add the closing '\"' where the text ends (here it runs on to "
						+ ("<EOF>".equals(m.group(1)) ? "the end of the file" : token(m.group(1))) + ").";
			}
			return "Found " + token(m.group(1)) + " where " + expected(m.group(2)) + " was expected" + HINT + ".";
		}
		m = EXTRANEOUS.matcher(message);
		if (m.matches()) {
			return "Unexpected " + token(m.group(1)) + " here: " + expected(m.group(2)) + " was expected" + HINT + ".";
		}
		m = MISSING.matcher(message);
		if (m.matches() && isEndOfFile(m.group(1))) {
			// the file's elements are complete, and something follows that starts none
			return "}".equals(m.group(2))
					? "'}' closes nothing here: remove it, or look above for the element it was meant to close" + HINT + "."
					: token(m.group(2)) + " does not start an element: an element starts with a keyword such as team, indicator, goal, "
							+ "practice or change" + HINT + ".";
		}
		if (m.matches()) {
			return expected(m.group(1)) + " is missing before " + token(m.group(2)) + HINT + ".";
		}
		m = NO_VIABLE.matcher(message);
		if (m.matches()) {
			return token(m.group(1)) + " is not understood here: check the keyword's spelling and that the clause belongs in this element"
					+ HINT + ".";
		}
		m = LOOP.matcher(message);
		if (m.matches()) {
			return token(m.group(1)) + " is not understood here" + HINT + ".";
		}
		return message;
	}

	private static String token(String text) {
		return "<EOF>".equals(text) ? "the end of the file" : "'" + text.replace("\n", "\\n") + "'";
	}

	private static boolean isEndOfFile(String what) {
		return what.trim().equals("EOF") || what.trim().equals("<EOF>");
	}

	private static String expected(String what) {
		String trimmed = what.trim();
		if (isEndOfFile(trimmed)) {
			return "the end of the file";
		}
		if (trimmed.startsWith("RULE_")) {
			return switch (trimmed) {
				case "RULE_ID" -> "a name";
				case "RULE_STRING" -> "a quoted text";
				case "RULE_DATE" -> "a date (YYYY-MM or YYYY-MM-DD)";
				case "RULE_NUMBER" -> "a number";
				default -> trimmed.substring(5).toLowerCase();
			};
		}
		return trimmed;
	}
}
