package org.transform.dsl.ide.formatting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Formatting in the language server, as Xtext's service does it, with two differences:
 * <ul>
 * <li>an offset is turned into a line and column by a binary search over the starts of lines, found
 * once per request: Xtext's {@link Document#getPosition} counts from the start of the text for each
 * edit, which made formatting a file of 20,000 teams take a minute;</li>
 * <li>an edit that would leave the text as it is is not sent: an already formatted document gives no
 * edits at all, so that the editor does not mark it modified.</li>
 * </ul>
 * Columns count UTF-16 code units, as the protocol says and as Xtext's document does.
 */
public class TransformFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		// the house style fixes the indentation (TransformFormatter): the client's tab settings are not asked
		List<ITextReplacement> replacements = format2(resource, new TextRegion(offset, length), new MapBasedPreferenceValues());
		String text = document.getContents();
		Lines lines = new Lines(text);
		List<TextEdit> result = new ArrayList<>();
		for (ITextReplacement replacement : replacements) {
			int start = replacement.getOffset();
			int end = start + replacement.getLength();
			if (!text.regionMatches(start, replacement.getReplacementText(), 0, replacement.getReplacementText().length())
					|| replacement.getReplacementText().length() != replacement.getLength()) {
				result.add(new TextEdit(new Range(lines.position(start), lines.position(end)), replacement.getReplacementText()));
			}
		}
		return result;
	}

	/** The offsets where the lines of a text start. */
	static final class Lines {
		private final int[] starts;

		Lines(String text) {
			int[] found = new int[16];
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					if (count == found.length) {
						found = Arrays.copyOf(found, count * 2);
					}
					found[count++] = i + 1;
				}
			}
			starts = Arrays.copyOf(found, count);
		}

		/** The line and column of an offset, as {@link Document#getPosition} gives them. */
		Position position(int offset) {
			int line = Arrays.binarySearch(starts, offset);
			if (line < 0) {
				line = -line - 2;
			}
			return new Position(line, offset - starts[line]);
		}
	}
}
