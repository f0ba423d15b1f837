package org.transform.dsl.ui.navigation;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

/** Ctrl+click and F3 on a name: opens where it is declared, in this plan or another of the project. */
public class TransformHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		try {
			if (viewer.getDocument() == null) {
				return null;
			}
			List<Places.Place> definitions = Places.definitions(viewer.getDocument(), region.getOffset());
			if (definitions.isEmpty()) {
				return null;
			}
			IRegion word = word(viewer.getDocument().get(), region.getOffset());
			ITextEditor editor = getAdapter(ITextEditor.class);
			return definitions.stream().map(place -> (IHyperlink) new DefinitionLink(word, place, editor)).toArray(IHyperlink[]::new);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).warn("No definition at offset " + region.getOffset() + ": " + e);
			return null;
		}
	}

	/** The qualified name around the offset: the text the link underlines. */
	static IRegion word(String text, int offset) {
		int start = Math.min(offset, text.length());
		while (start > 0 && isNamePart(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(offset, text.length());
		while (end < text.length() && isNamePart(text.charAt(end))) {
			end++;
		}
		return new Region(start, end - start);
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '^';
	}

	private static final class DefinitionLink implements IHyperlink {

		private final IRegion region;
		private final Places.Place place;
		private final ITextEditor editor;

		DefinitionLink(IRegion region, Places.Place place, ITextEditor editor) {
			this.region = region;
			this.place = place;
			this.editor = editor;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration: " + place;
		}

		@Override
		public void open() {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				place.open(page, editor != null ? editor : page.getActiveEditor() instanceof ITextEditor text ? text : null);
			} catch (PartInitException e) {
				ILog.of(TransformHyperlinkDetector.class).warn("Could not open " + place + ": " + e);
			}
		}
	}
}
