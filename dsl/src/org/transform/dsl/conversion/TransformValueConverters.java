package org.transform.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.transform.dsl.analysis.PlanDate;

import com.google.inject.Singleton;

/**
 * Converts the language's literal values: ISO dates (checked to be real calendar dates), decimal
 * numbers and counts. A value that cannot be converted becomes a diagnostic on its token, with a
 * message that says how to write it. The exceptions carry no cause on purpose: Xtext shows a
 * cause's message (such as "For input string") in place of the converter's.
 *
 * <p>A singleton, as Xtext's own converter services are (Guice does not inherit {@code @Singleton} from
 * {@code DefaultTerminalConverters}): each new instance collects the grammar's rules and converters
 * again, and parsers and linkers ask for one per file — a sixth of the parse time of 1,000 files.
 */
@Singleton
public class TransformValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "DATE")
	public IValueConverter<String> DATE() {
		return new AbstractNullSafeConverter<String>() {
			@Override
			protected String internalToValue(String string, INode node) {
				if (PlanDate.parse(string) == null) {
					throw new ValueConverterException("'" + string
							+ "' is not a calendar date: write YYYY-MM or YYYY-MM-DD with a real month and day, e.g. 2026-03 or 2026-03-31.",
							node, null);
				}
				return string;
			}

			@Override
			protected String internalToString(String value) {
				return value;
			}
		};
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return new AbstractNullSafeConverter<BigDecimal>() {
			@Override
			protected BigDecimal internalToValue(String string, INode node) {
				String compact = withoutWhitespace(string);
				try {
					return new BigDecimal(compact);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is not a number: write a decimal number such as 94 or 0.25.", node, null);
				}
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	/**
	 * The text without the whitespace that may separate a number's tokens (the characters of the regular
	 * expression {@code \s}), or the text itself when it has none, as nearly every number has: no
	 * regular expression is compiled per number.
	 */
	static String withoutWhitespace(String text) {
		StringBuilder compact = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean whitespace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
			if (whitespace && compact == null) {
				compact = new StringBuilder(text.length()).append(text, 0, i);
			} else if (!whitespace && compact != null) {
				compact.append(c);
			}
		}
		return compact == null ? text : compact.toString();
	}

	@ValueConverter(rule = "Count")
	public IValueConverter<Integer> Count() {
		return new AbstractNullSafeConverter<Integer>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				try {
					return Integer.valueOf(string.trim());
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is not a whole number: a team size counts people, e.g. size 12.", node, null);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}
}
