package org.transform.dsl.parser;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.impl.RootNode;

/**
 * Xtext's node model builder with root nodes that find the text's line breaks without boxing each
 * offset. Xtext collects them in a {@code List<Integer>} before copying them to an array, on every
 * parse and on every edit the partial parser takes (the whole file's text is set again): in the
 * language server, a quarter of a 5,000-line plan's allocation per keystroke came from it, and
 * allocation is what makes the garbage collector pause while an author types.
 */
public class TransformNodeModelBuilder extends NodeModelBuilder {

	@Override
	public ICompositeNode newRootNode(String input) {
		return new Root(input);
	}

	/** A root node whose line breaks are those of Xtext's, found in one pass into an array. */
	static final class Root extends RootNode {

		Root(String input) {
			basicSetCompleteContent(input);
		}

		/** The offsets of {@code \r\n}, {@code \n} and a lone {@code \r}; of the {@code \r} for {@code \r\n}. */
		@Override
		protected int[] computeLineBreaks(String text) {
			return lineBreaks(text);
		}

		static int[] lineBreaks(String text) {
			int[] breaks = new int[text.length() / 20 + 1];
			int count = 0;
			int length = text.length();
			for (int i = 0; i < length; i++) {
				char c = text.charAt(i);
				if (c == '\r' || c == '\n') {
					if (count == breaks.length) {
						breaks = java.util.Arrays.copyOf(breaks, count * 2);
					}
					breaks[count++] = i;
					if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
						i++;
					}
				}
			}
			return java.util.Arrays.copyOf(breaks, count);
		}
	}
}
