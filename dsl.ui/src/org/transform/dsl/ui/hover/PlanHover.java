package org.transform.dsl.ui.hover;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension2;
import org.transform.dsl.ui.editor.TransformTextHover;

/**
 * The text hover of a plan's editor: the findings under the mouse with their codes, whole messages and
 * quick fixes, and the IDE services' summary of the element. It takes the place of the Generic
 * Editor's composite hover, which listed a finding once per source (the editor's annotation, the
 * builder's marker) in a one-line, cut-off box.
 */
public class PlanHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	/** Makes this the hover of the viewer's text (call in the UI thread, once the viewer is configured). */
	public static void install(ITextViewer viewer) {
		if (viewer instanceof ITextViewerExtension2 extension && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			extension.setTextHover(new PlanHover(), IDocument.DEFAULT_CONTENT_TYPE, ITextViewerExtension2.DEFAULT_HOVER_STATE_MASK);
		}
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return null;
		}
		int offset = region.getOffset();
		List<HoverContent.Problem> problems = HoverContent.problems(annotationModel(viewer), document,
				(position, d) -> position.getOffset() <= offset && offset <= position.getOffset() + position.getLength());
		String summary;
		try {
			summary = TransformTextHover.text(document, offset);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).warn("No summary at offset " + offset + ": " + e);
			summary = null;
		}
		HoverContent content = new HoverContent(document, problems, summary);
		return content.isEmpty() ? null : content;
	}

	static IAnnotationModel annotationModel(ITextViewer viewer) {
		if (viewer instanceof ISourceViewerExtension2 visual) {
			return visual.getVisualAnnotationModel();
		}
		return viewer instanceof ISourceViewer source ? source.getAnnotationModel() : null;
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Object content = getHoverInfo2(viewer, region);
		return content instanceof HoverContent hover ? String.join("\n\n", hover.entries()) : null;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return HoverControl.creator();
	}
}
