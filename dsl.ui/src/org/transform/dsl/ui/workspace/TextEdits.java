package org.transform.dsl.ui.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** Applies the IDE services' text edits (lines and columns) to an editor's document (offsets). */
public final class TextEdits {

	private TextEdits() {
	}

	/**
	 * Applies the edits computed for the text; {@code false}, and nothing changed, when the document no
	 * longer holds that text.
	 */
	public static boolean apply(IDocument document, String text, List<? extends TextEdit> edits) throws BadLocationException {
		if (!text.equals(document.get())) {
			return false;
		}
		Document positions = new Document(1, text);
		List<int[]> replacements = new ArrayList<>();
		for (TextEdit edit : edits) {
			replacements.add(new int[] { positions.getOffSet(edit.getRange().getStart()), positions.getOffSet(edit.getRange().getEnd()),
					replacements.size() });
		}
		// from the end of the text backwards, so that the offsets of the edits before stay valid
		replacements.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[2]).reversed());
		for (int[] replacement : replacements) {
			document.replace(replacement[0], replacement[1] - replacement[0], edits.get(replacement[2]).getNewText());
		}
		return true;
	}
}
