package org.transform.dsl.ui.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
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
		HoverParams params = new HoverParams(new TextDocumentIdentifier(plan.uri()), plan.document().getPosition(offset));
		Hover hover = TransformLanguage.injector().getInstance(IHoverService.class).hover(plan.document(), plan.resource(), params,
				CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight() || hover.getContents().getRight() == null) {
			return null;
		}
		String markdown = hover.getContents().getRight().getValue();
		return markdown == null || markdown.isBlank() ? null : plain(markdown);
	}

	/** Markdown as a plain-text hover reads it: no emphasis marks, list items as bullets. */
	static String plain(String markdown) {
		return markdown.replace("**", "").replaceAll("(?m)^(\\s*)- ", "$1• ").replaceAll("\n{3,}", "\n\n").strip();
	}
}
