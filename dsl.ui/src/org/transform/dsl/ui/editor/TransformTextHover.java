package org.transform.dsl.ui.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.transform.dsl.ui.TransformLanguage;
import org.transform.dsl.ui.workspace.EditedPlan;

/** Hovers from the IDE services (an indicator's numbers and movers, a change's trace, a team's goals), shown as plain text. */
public class TransformTextHover implements ITextHover {

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

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			return text(viewer.getDocument(), region.getOffset());
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).warn("No hover at offset " + region.getOffset() + ": " + e);
			return null;
		}
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
