package org.transform.dsl.ui.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.transform.dsl.ide.hover.TransformHoverService;
import org.transform.dsl.ui.TransformLanguage;
import org.transform.dsl.ui.workspace.EditedPlan;

/**
 * What the IDE services say about the element at an offset (an indicator's numbers and movers, a
 * change's trace, a team's goals), as plain text: the last part of the plan's hover.
 */
public final class TransformTextHover {

	private TransformTextHover() {
	}

	/** The hover text at the offset, or {@code null} where there is nothing to say. */
	public static String text(IDocument document, int offset) throws CoreException {
		String text = document.get();
		if (offset < 0 || offset > text.length()) {
			return null;
		}
		EditedPlan plan = EditedPlan.of(document, text);
		// the element's part only: the editor's hover lists the findings there itself, each with its rule
		String markdown = TransformLanguage.injector().getInstance(TransformHoverService.class).elementMarkdown(plan.document(), plan.resource(),
				offset);
		return markdown == null || markdown.isBlank() ? null : plain(markdown);
	}

	/** Markdown as a plain-text hover reads it: no emphasis marks, list items as bullets. */
	static String plain(String markdown) {
		return markdown.replace("**", "").replaceAll("(?m)^(\\s*)- ", "$1• ").replaceAll("\n{3,}", "\n\n").strip();
	}
}
