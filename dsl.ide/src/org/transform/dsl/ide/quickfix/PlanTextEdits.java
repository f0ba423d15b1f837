package org.transform.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Text edits that add to a plan as its author would have typed it: a clause inside an element's
 * braces, a new element after another one, a declaration at the end of the file. Only the insertion
 * point changes; the author's layout and comments around it stay as they are (the serializer would
 * reformat the element instead).
 */
final class PlanTextEdits {

	/** Two spaces separate clauses written on one line, as in the language's examples. */
	private static final String CLAUSE_SEPARATOR = "  ";

	private PlanTextEdits() {
	}

	/**
	 * Adds the clause inside the element's braces, on the line of the last clause when the closing
	 * brace is on that line too, on a line of its own (indented like the last clause) when the brace
	 * stands alone; an element without braces gets them: {@code indicator X { clause }}.
	 */
	static List<TextEdit> insertClause(EObject element, Document document, String clause) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return List.of();
		}
		String text = document.getContents();
		ILeafNode open = null;
		ILeafNode close = null;
		ILeafNode lastInside = null;
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (open == null && isKeyword(leaf, "{")) {
				open = leaf;
			} else if (open != null && isKeyword(leaf, "}")) {
				close = leaf;
			} else if (open != null && close == null) {
				lastInside = leaf;
			}
			last = leaf;
		}
		if (last == null) {
			return List.of();
		}
		if (open == null) {
			return insert(document, last.getEndOffset(), " { " + clause + " }");
		}
		if (close == null) {
			return List.of(); // an element the author is still typing: no place to add to yet
		}
		if (lastInside == null) {
			if (line(document, open.getOffset()) == line(document, close.getOffset())) {
				return replace(document, open.getEndOffset(), close.getOffset(), " " + clause + " ");
			}
			return insert(document, lineStart(text, close.getOffset()),
					indentation(text, open.getOffset()) + indentUnit(text) + clause + newline(text));
		}
		if (line(document, lastInside.getOffset()) == line(document, close.getOffset())) {
			return insert(document, lastInside.getEndOffset(), CLAUSE_SEPARATOR + clause);
		}
		return insert(document, lineStart(text, close.getOffset()), indentation(text, lastInside.getOffset()) + clause + newline(text));
	}

	/**
	 * Adds the lines as a new element right after the element, indented like it, separated by a
	 * blank line when the element is followed or preceded by one (the file spaces its elements out).
	 */
	static List<TextEdit> insertAfter(EObject element, Document document, List<String> lines) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return List.of();
		}
		String text = document.getContents();
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		if (last == null) {
			return List.of();
		}
		String newline = newline(text);
		String indentation = indentation(text, node.getOffset());
		int end = last.getEndOffset();
		int followingNewlines = 0;
		for (int i = end; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
			if (text.charAt(i) == '\n') {
				followingNewlines++;
			}
		}
		StringBuilder inserted = new StringBuilder(newline);
		if (followingNewlines >= 2 || blankLineBefore(text, node.getOffset())) {
			inserted.append(newline);
		}
		for (int i = 0; i < lines.size(); i++) {
			inserted.append(i == 0 ? "" : newline).append(indentation).append(lines.get(i));
		}
		return insert(document, end, inserted.toString());
	}

	/**
	 * Adds the declaration as the file's last line, keeping whether the file ends with a line break,
	 * after a blank line when the file's last element has one before it (the file spaces its elements out).
	 */
	static List<TextEdit> append(Document document, String declaration) {
		String text = document.getContents();
		String newline = newline(text);
		boolean endsWithNewline = text.endsWith("\n");
		String separator = lastElementSpacedOut(text) && !text.endsWith(newline + newline) ? newline : "";
		return insert(document, text.length(), endsWithNewline ? separator + declaration + newline : newline + separator + declaration);
	}

	/** Whether the line before the one holding the offset is blank. */
	private static boolean blankLineBefore(String text, int offset) {
		int start = lineStart(text, offset);
		if (start == 0) {
			return false;
		}
		int previous = lineStart(text, start - 1);
		return text.substring(previous, start).isBlank();
	}

	/** Whether the last line that starts an element (a line starting with a letter) has a blank line before it. */
	private static boolean lastElementSpacedOut(String text) {
		int end = text.length();
		while (end > 0) {
			int start = lineStart(text, end);
			if (start < text.length() && Character.isLetter(text.charAt(start))) {
				return blankLineBefore(text, start);
			}
			end = start - 1;
		}
		return false;
	}

	/**
	 * How much deeper than the element its body is indented (the line of its first clause after the
	 * brace), or one level when its body is not on a line of its own.
	 */
	static String bodyIndentation(EObject element, Document document) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String text = document.getContents();
		if (node == null) {
			return indentUnit(text);
		}
		String outer = indentation(text, node.getOffset());
		boolean afterOpen = false;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			if (afterOpen && line(document, leaf.getOffset()) != line(document, node.getOffset())) {
				String body = indentation(text, leaf.getOffset());
				return body.length() > outer.length() && body.startsWith(outer) ? body.substring(outer.length()) : indentUnit(text);
			}
			if (isKeyword(leaf, "{")) {
				afterOpen = true;
			}
		}
		return indentUnit(text);
	}

	/** Whether the element is written on more than one line. */
	static boolean isMultiline(EObject element, Document document) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return false;
		}
		int firstLine = -1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			int line = line(document, leaf.getOffset());
			if (firstLine < 0) {
				firstLine = line;
			} else if (line != firstLine) {
				return true;
			}
		}
		return false;
	}

	static String newline(String text) {
		return text.contains("\r\n") ? "\r\n" : "\n";
	}

	private static boolean isKeyword(ILeafNode leaf, String value) {
		return leaf.getGrammarElement() instanceof Keyword keyword && value.equals(keyword.getValue());
	}

	private static int line(Document document, int offset) {
		return document.getPosition(offset).getLine();
	}

	private static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	/** The blanks that start the line holding the offset. */
	private static String indentation(String text, int offset) {
		int start = lineStart(text, offset);
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** A tab when the file indents with tabs, four spaces otherwise. */
	private static String indentUnit(String text) {
		return text.contains("\n\t") ? "\t" : "    ";
	}

	private static List<TextEdit> insert(Document document, int offset, String inserted) {
		return replace(document, offset, offset, inserted);
	}

	private static List<TextEdit> replace(Document document, int start, int end, String replacement) {
		Position from = document.getPosition(start);
		Position to = document.getPosition(end);
		return List.of(new TextEdit(new Range(from, to), replacement));
	}
}
