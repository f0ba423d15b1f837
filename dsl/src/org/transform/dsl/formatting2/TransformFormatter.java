package org.transform.dsl.formatting2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.preferences.TypedPreferenceKey;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Header;
import org.transform.dsl.model.Import;
import org.transform.dsl.model.TransformFile;

/**
 * The house style of a {@code .transform} file:
 *
 * <pre>
 * plan SalesTransformation "Shorter sales cycles" {
 *     period 2026-01 to 2027-12
 * }
 *
 * import Acme.*
 *
 * indicator SalesCycle "Sales cycle length" {
 *     unit days
 *     better lower
 *     opposes CustomerSatisfaction, NetMargin
 * }
 *
 * team Sales "Field sales"
 *
 * measurements SalesCycle {
 *     2026-02-28: 92
 * }
 * </pre>
 *
 * The header comes first, then a blank line, the imports one per line, a blank line, and the
 * elements separated by blank lines. An element's body is indented by four spaces, whatever the
 * editor's settings, with one clause per line; an element without braces stays on one line.
 * Inside a clause, tokens are separated by one space, commas and the colon of a measurement stick
 * to what precedes them. Only whitespace changes: comments stay where they are.
 *
 * <p>A clause is an alternative of the repeated group in an element's braces ({@code 'unit'
 * unit=...}, {@code 'baseline' ... 'on' ...}, a goal's {@code lower SalesCycle to 60}), found from
 * the grammar rather than listed here, so that a clause added to the grammar is laid out like the
 * others without touching the formatter.
 *
 * <p>Formatting is idempotent, and a file with syntax errors is formatted as far as it parses,
 * without failing. The comment handling extends Xtext's {@code formatting2.internal} replacers,
 * which are public and meant for extension but not API: check them when upgrading Xtext.
 */
public class TransformFormatter extends AbstractJavaFormatter {

	/** One level of indentation in the house style. */
	public static final String INDENTATION = "    ";

	private ITypedPreferenceValues preferences;

	/**
	 * The house style indents by four spaces whatever the editor's tab settings, so that a plan reads
	 * the same in every editor, in the language server and in a diff. Other preferences (the line
	 * separator) are the request's.
	 */
	@Override
	protected void initialize(FormatterRequest request) {
		super.initialize(request);
		preferences = new MapBasedPreferenceValues(request.getPreferences(),
				Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION,
						FormatterPreferenceKeys.indentationLength.getId(), Integer.toString(INDENTATION.length())));
	}

	@Override
	protected void reset() {
		preferences = null;
		super.reset();
	}

	@Override
	public ITypedPreferenceValues getPreferences() {
		return preferences;
	}

	@Override
	public <T> T getPreference(TypedPreferenceKey<T> key) {
		return preferences.getPreference(key);
	}

	protected void format(TransformFile file, IFormattableDocument doc) {
		List<EObject> parts = new ArrayList<>();
		if (file.getHeader() != null) {
			parts.add(file.getHeader());
		}
		parts.addAll(file.getImports());
		parts.addAll(file.getElements());
		if (parts.isEmpty()) {
			return;
		}
		doc.prepend(parts.get(0), this::noSpace);
		for (int i = 1; i < parts.size(); i++) {
			EObject previous = parts.get(i - 1);
			EObject part = parts.get(i);
			boolean sameGroup = previous instanceof Import && part instanceof Import;
			doc.prepend(part, sameGroup ? this::newLine : TransformFormatter::blankLine);
		}
		doc.append(parts.get(parts.size() - 1), this::newLine);
		for (EObject part : parts) {
			doc.format(part);
		}
	}

	protected void format(Header header, IFormattableDocument doc) {
		formatElement(header, doc);
	}

	protected void format(Import anImport, IFormattableDocument doc) {
		formatElement(anImport, doc);
	}

	protected void format(Element element, IFormattableDocument doc) {
		formatElement(element, doc);
	}

	/**
	 * Lays out a header, an import or an element: its first line, then, if it has braces, one clause
	 * per line indented inside them.
	 */
	private void formatElement(EObject element, IFormattableDocument doc) {
		if (hasSyntaxError(element)) {
			// left as the author wrote it: the parser's error recovery decides which tokens belong to the
			// element, and laying those out guessed (e.g. "integrates-with }" asked twice for one space)
			return;
		}
		ISemanticRegion last = null;
		for (ISemanticRegion region : allSemanticRegions(element)) {
			if (last != null) {
				doc.append(last, TransformFormatter::spaceUnlessSaidOtherwise);
			}
			last = region;
		}
		for (ISemanticRegion comma : allRegionsFor(element).keywords(",")) {
			doc.prepend(comma, this::noSpace);
		}
		for (ISemanticRegion colon : allRegionsFor(element).keywords(":")) {
			doc.prepend(colon, this::noSpace);
		}
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.append(open, this::newLine);
		doc.prepend(close, this::newLine);
		doc.interior(open, close, this::indent);
		for (ISemanticRegion region : semanticRegions(element)) {
			if (startsClause(region.getGrammarElement())) {
				doc.prepend(region, this::newLine);
			}
		}
		for (EObject clause : element.eContents()) {
			doc.prepend(clause, this::newLine);
		}
	}

	private static boolean hasSyntaxError(EObject element) {
		INode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return false;
		}
		for (INode part : node.getAsTreeIterable()) {
			if (part.getSyntaxErrorMessage() != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the keyword opens a clause of an element's body: it comes first in one of the
	 * alternatives of the group repeated inside the braces.
	 */
	private static boolean startsClause(EObject grammarElement) {
		if (!(grammarElement instanceof Keyword keyword)) {
			return false;
		}
		EObject container = keyword.eContainer();
		if (container instanceof Group group) {
			if (group.getElements().get(0) != keyword) {
				return false;
			}
			container = group.eContainer();
		}
		return container instanceof Alternatives alternatives && GrammarUtil.isMultipleCardinality(alternatives);
	}

	/**
	 * Comments are kept as written, in the place they were written: the formatter only sets the
	 * whitespace around them, and indents a comment on its own line like the code that follows it.
	 * (Xtext's default rewrites comment text: it changes the space after {@code //} depending on the
	 * comment's column, and puts a {@code *} in front of the lines of a block comment.)
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getText().startsWith("/*")) {
			return new MultilineCommentReplacer(comment, '*') {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		return new SinglelineCommentReplacer(comment, "//") {
			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				return context;
			}

			@Override
			public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
				// a line comment ends its line by itself; the whitespace around it follows the layout
			}
		};
	}

	/**
	 * Where the layout of a stretch of whitespace and comments is applied when it holds comments.
	 * Where the layout breaks the line, a comment on the line of the token before it stays there (a
	 * trailing comment) and the line breaks go at the first end of line, so that comments on their
	 * own lines stay with the token after them, a blank line before them when that token starts an
	 * element. Before a closing brace the comments belong to the body: they keep its indentation and
	 * the brace goes back to the element's on the line after them. Where the layout wants a space,
	 * the comments stay on the lines they were written on and the space goes after the last one;
	 * at the start of the file, nothing goes before the first comment.
	 * Within the comments, at most one blank line is kept.
	 */
	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new HiddenRegionReplacer(region, formatting) {
			@Override
			protected WhitespaceReplacer findWhitespaceThatSeparatesSemanticRegions(List<ITextReplacer> replacers) {
				IHiddenRegionFormatting own = getFormatting();
				boolean closingBrace = own.getIndentationDecrease() != null && own.getIndentationIncrease() == null;
				boolean breaksLine = own.getNewLineMin() != null || own.getNewLineDefault() != null || own.getNewLineMax() != null;
				boolean startOfFile = replacers.get(0).getRegion().getOffset() == 0;
				if ((breaksLine || startOfFile) && !closingBrace) {
					for (int i = 0; i < replacers.size(); i++) {
						if (replacers.get(i) instanceof WhitespaceReplacer whitespace && startsLine(replacers, i)) {
							return whitespace;
						}
					}
				}
				return (WhitespaceReplacer) replacers.get(replacers.size() - 1);
			}

			@Override
			protected void applyPriorityAndDefaultFormatting(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
				super.applyPriorityAndDefaultFormatting(replacers, separator);
				for (int i = 1; i < replacers.size(); i++) {
					if (replacers.get(i) instanceof WhitespaceReplacer whitespace && whitespace.getFormatting() != separator
							&& replacers.get(i - 1) instanceof CommentReplacer comment) {
						keepLinesAfterComment(comment, whitespace);
					}
				}
			}
		};
	}

	/**
	 * Whether the whitespace at this index begins a line, or will once formatted: it starts the
	 * file, holds a line break, follows a line comment, or touches a block comment that spans lines
	 * (such a comment always gets lines of its own).
	 */
	private static boolean startsLine(List<ITextReplacer> replacers, int index) {
		ITextSegment whitespace = replacers.get(index).getRegion();
		if (whitespace.getOffset() == 0 || whitespace.isMultiline()) {
			return true;
		}
		ITextReplacer previous = index > 0 ? replacers.get(index - 1) : null;
		ITextReplacer next = index + 1 < replacers.size() ? replacers.get(index + 1) : null;
		return previous instanceof SinglelineCommentReplacer || spansLines(previous) || spansLines(next);
	}

	private static boolean spansLines(ITextReplacer replacer) {
		return replacer instanceof MultilineCommentReplacer && replacer.getRegion().isMultiline();
	}

	/**
	 * Between two comments, or between a comment and the token after it: keeps the line break (and
	 * up to one blank line) that the author wrote. A line comment ends its own line, so its line
	 * break counts.
	 */
	private static void keepLinesAfterComment(CommentReplacer comment, WhitespaceReplacer whitespace) {
		IHiddenRegionFormatting formatting = whitespace.getFormatting();
		int written = whitespace.getRegion().getLineCount() - 1;
		if (comment instanceof SinglelineCommentReplacer) {
			int lines = Math.min(2, written + 1);
			formatting.setNewLinesMin(lines);
			formatting.setNewLinesMax(lines);
		} else if (written > 0) {
			int lines = Math.min(2, written);
			formatting.setNewLinesMin(lines);
			formatting.setNewLinesMax(lines);
		} else {
			formatting.setSpace(" ");
		}
	}

	private static void blankLine(IHiddenRegionFormatter formatter) {
		formatter.setNewLines(2);
	}

	/** One space between two tokens, unless a rule of the layout says otherwise. */
	private static void spaceUnlessSaidOtherwise(IHiddenRegionFormatter formatter) {
		formatter.oneSpace();
		formatter.lowPriority();
	}
}
