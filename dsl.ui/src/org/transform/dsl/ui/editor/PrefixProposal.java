package org.transform.dsl.ui.editor;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * A content-assist proposal that replaces the text typed since {@code start} and stays in the list only
 * while that text is the beginning of the proposal (ignoring case) and not the whole of it: once the author
 * types something else, or the whole word, the proposal is gone and Enter is a new line again.
 */
final class PrefixProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final String replacement;
	private final int start;
	private final String shown;
	private final String documentation;
	private int end;

	/** A proposal replacing the text from start to offset (what is typed already). */
	PrefixProposal(String replacement, int start, int offset, String shown, String documentation) {
		this.replacement = replacement;
		this.start = start;
		this.end = offset;
		this.shown = shown;
		this.documentation = documentation;
	}

	/**
	 * Whether the text between the proposal's start and the offset begins the proposal and is not all of it:
	 * a proposal that is exactly what is typed would change nothing, and content assist that opened by itself
	 * would turn the Enter after a whole word ({@code better lower}) into that proposal instead of a new line.
	 */
	boolean matches(IDocument document, int offset) {
		if (offset < start || offset > document.getLength()) {
			return false;
		}
		try {
			String typed = document.get(start, offset - start);
			return !replacement.equals(typed) && replacement.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT));
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		return matches(document, offset);
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		end = offset;
		apply(viewer.getDocument());
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(start, Math.max(end, start) - start, replacement);
		} catch (BadLocationException e) {
			// the text changed under the popup: nothing is inserted
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(start + replacement.length(), 0);
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public String getAdditionalProposalInfo() {
		return documentation;
	}

	@Override
	public String getDisplayString() {
		return shown;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
