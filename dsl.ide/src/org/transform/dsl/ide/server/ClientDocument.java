package org.transform.dsl.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * A document as the client knows it: the version is the client's own ({@code null} for a file the
 * client has not opened), and a position past the end of its line, or past the last line, means the
 * end of that line or of the document, as the Language Server Protocol says, rather than an error.
 * Xtext's document counts one version per change and throws on such positions, with the whole text in
 * the exception's message; this one never puts the text in a message.
 */
public class ClientDocument extends Document {

	/** @param version the client's version of the document, or {@code null} for a document the client has not opened */
	public ClientDocument(Integer version, String text) {
		super(version, text, false);
	}

	/** The document after the client's changes, each range read in the text the previous change left; with the client's version. */
	public ClientDocument changed(Integer version, Iterable<? extends TextDocumentContentChangeEvent> changes) {
		ClientDocument current = this;
		for (TextDocumentContentChangeEvent change : changes) {
			String text = current.getContents();
			if (change.getRange() == null) {
				current = new ClientDocument(version, change.getText());
			} else {
				ITextRegion region = current.getTextRegion(change.getRange());
				current = new ClientDocument(version, text.substring(0, region.getOffset()) + change.getText() + text.substring(region.getEndOffset()));
			}
		}
		return new ClientDocument(version, current.getContents());
	}

	@Override
	public int getOffSet(Position position) {
		return offset(position);
	}

	@Override
	public ITextRegion getTextRegion(Range range) {
		int start = offset(range.getStart());
		int end = offset(range.getEnd());
		return new TextRegion(Math.min(start, end), Math.abs(end - start));
	}

	/** The offset of a position, clamped: a character past its line's end is the line's end, a line past the last is the document's end. */
	private int offset(Position position) {
		String text = getContents();
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			int lineEnd = text.indexOf('\n', offset);
			if (lineEnd < 0) {
				return text.length();
			}
			offset = lineEnd + 1;
		}
		int lineEnd = text.indexOf('\n', offset);
		if (lineEnd < 0) {
			lineEnd = text.length();
		} else if (lineEnd > offset && text.charAt(lineEnd - 1) == '\r') {
			lineEnd--;
		}
		return offset + Math.min(Math.max(0, position.getCharacter()), lineEnd - offset);
	}
}
