package org.transform.dsl.ui.hover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHoverExtension;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ILineRange;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRulerColumn;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.jface.text.source.LineRange;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.transform.dsl.ui.editor.FindingAnnotation;

/**
 * The hover of the editor's gutter (the annotation ruler): the findings of the line as the text hover
 * shows them (code, whole message wrapped, quick fixes), and the line's other annotations (bookmarks,
 * tasks...) by their text. The Generic Editor's own gutter hover showed each on one line, cut off.
 */
public class PlanRulerHover implements IAnnotationHover, IAnnotationHoverExtension {

	/** Makes this the hover of the editor's annotation ruler columns. */
	public static void install(ITextEditor editor) {
		if (editor.getAdapter(IVerticalRulerInfo.class) instanceof CompositeRuler ruler) {
			PlanRulerHover hover = new PlanRulerHover();
			for (Iterator<IVerticalRulerColumn> it = ruler.getDecoratorIterator(); it.hasNext();) {
				if (it.next() instanceof AnnotationRulerColumn column) {
					column.setHover(hover);
				}
			}
		}
	}

	@Override
	public Object getHoverInfo(ISourceViewer viewer, ILineRange lines, int visibleLines) {
		IDocument document = viewer.getDocument();
		if (document == null) {
			return null;
		}
		IAnnotationModel model = PlanHover.annotationModel(viewer);
		int first = lines.getStartLine();
		int last = first + Math.max(1, lines.getNumberOfLines()) - 1;
		List<HoverContent.Problem> problems = HoverContent.problems(model, document, (position, d) -> onLines(position, d, first, last));
		List<String> others = new ArrayList<>();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (!(annotation instanceof FindingAnnotation) && position != null && onLines(position, document, first, last)
						&& isShownInRuler(annotation) && annotation.getText() != null && !annotation.getText().isBlank()
						&& !others.contains(annotation.getText())) {
					others.add(annotation.getText());
				}
			}
		}
		HoverContent content = new HoverContent(document, problems, others.isEmpty() ? null : String.join("\n", others));
		return content.isEmpty() ? null : content;
	}

	private static boolean onLines(Position position, IDocument document, int first, int last) {
		try {
			int line = document.getLineOfOffset(position.getOffset());
			return line >= first && line <= last;
		} catch (BadLocationException e) {
			return false;
		}
	}

	private static boolean isShownInRuler(Annotation annotation) {
		AnnotationPreference preference = EditorsUI.getAnnotationPreferenceLookup().getAnnotationPreference(annotation);
		return preference != null && (preference.getVerticalRulerPreferenceKey() == null
				|| EditorsUI.getPreferenceStore().getBoolean(preference.getVerticalRulerPreferenceKey()));
	}

	@Override
	public String getHoverInfo(ISourceViewer viewer, int line) {
		Object content = getHoverInfo(viewer, new LineRange(line, 1), 1);
		return content instanceof HoverContent hover ? String.join("\n\n", hover.entries()) : null;
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return HoverControl.creator();
	}

	@Override
	public boolean canHandleMouseCursor() {
		return true;
	}

	@Override
	public ILineRange getHoverLineRange(ISourceViewer viewer, int line) {
		return new LineRange(line, 1);
	}
}
