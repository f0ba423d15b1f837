package org.transform.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Indentation as the author types, in the house style (four spaces a level): Enter keeps the line's
 * indentation and indents one level more after a {@code {}; Enter between {@code {} and {@code }}
 * puts the brace on a line of its own; a {@code }} typed on an empty line goes back to the indentation
 * of the line that opened the block.
 */
public class BraceIndentation implements IAutoEditStrategy {

	static final String LEVEL = "    ";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && command.text != null && TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1
					&& command.text.strip().isEmpty()) {
				newLine(document, command);
			} else if ("}".equals(command.text) && command.length == 0) {
				closingBrace(document, command);
			}
		} catch (BadLocationException e) {
			// the command stays as typed
		}
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String after = document.get(command.offset, line.getOffset() + line.getLength() - command.offset);
		String indentation = leadingWhitespace(before);
		if (!before.strip().endsWith("{")) {
			command.text = command.text + indentation;
			return;
		}
		String inner = command.text + indentation + LEVEL;
		if (after.strip().startsWith("}")) {
			// {|} becomes three lines, the caret on the middle one
			int trailing = after.length() - after.stripLeading().length();
			command.length = trailing;
			command.text = inner + command.text + indentation;
			command.caretOffset = command.offset + inner.length();
			command.shiftsCaret = false;
		} else {
			command.text = inner;
		}
	}

	private static void closingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isBlank()) {
			return;
		}
		int opening = openingBrace(document, command.offset);
		if (opening < 0) {
			return;
		}
		IRegion openingLine = document.getLineInformationOfOffset(opening);
		String indentation = leadingWhitespace(document.get(openingLine.getOffset(), openingLine.getLength()));
		command.offset = line.getOffset();
		command.length = before.length();
		command.text = indentation + "}";
	}

	/** The {@code {} the brace at the offset closes (braces in quoted text do not count), or -1. */
	static int openingBrace(IDocument document, int offset) throws BadLocationException {
		String text = document.get(0, offset);
		int depth = 0;
		boolean quoted = false;
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '\n') {
				quoted = false;
			} else if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == '}') {
				depth++;
			} else if (!quoted && c == '{') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return -1;
	}

	private static String leadingWhitespace(String line) {
		int end = 0;
		while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
			end++;
		}
		return line.substring(0, end);
	}
}
