package org.transform.dsl.ui.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.transform.dsl.ide.hover.TransformHoverService;
import org.transform.dsl.ui.workspace.PlanCores;

/**
 * What the IDE services say about the element at an offset (an indicator's numbers and movers, a
 * change's trace, a team's goals), as plain text: the last part of the plan's hover.
 */
public final class TransformTextHover {

	private TransformTextHover() {
	}

	/** The hover text at the offset, or {@code null} where there is nothing to say. */
	public static String text(IDocument document, int offset) throws CoreException {
		if (offset < 0 || offset > document.getLength()) {
			return null;
		}
		return PlanCores.await(PlanCores.get().read(document, context -> text(context, offset)), null);
	}

	/** The hover text at the offset of the plan as the workspace core holds it. */
	public static String text(ILanguageServerAccess.Context context, int offset) {
		if (offset < 0 || offset > context.getDocument().getContents().length()) {
			return null;
		}
		// the element's part only: the editor's hover lists the findings there itself, each with its rule
		String markdown = PlanCores.service(context, TransformHoverService.class).elementMarkdown(context.getDocument(), PlanCores.resource(context),
				offset);
		return markdown == null || markdown.isBlank() ? null : plain(markdown);
	}

	/** Markdown as a plain-text hover reads it: no emphasis marks, list items as bullets. */
	static String plain(String markdown) {
		return markdown.replace("**", "").replaceAll("(?m)^(\\s*)- ", "$1• ").replaceAll("\n{3,}", "\n\n").strip();
	}
}
