package org.transform.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.transform.dsl.ui.workspace.Findings;
import org.transform.dsl.validation.TransformValidator;
import org.transform.dsl.workspace.Finding;

/** The editor's findings in a document's annotation model: squiggles, ruler and overview marks, hover entries. */
public final class PlanAnnotations {

	private PlanAnnotations() {
	}

	/** Replaces the document's findings by these, found in the text the document holds. */
	public static void show(IDocument document, List<Finding> findings) {
		int textLength = document.getLength();
		Map<Annotation, Position> annotations = new HashMap<>();
		for (Finding finding : findings) {
			annotations.put(new FindingAnnotation(finding), position(finding.offset(), finding.length(), textLength));
		}
		replace(document, annotations);
	}

	/** Replaces the document's findings by one that says the editor itself failed to check the plan ({@code internal-error}, on line 1). */
	public static void showFailure(IDocument document, Throwable failure) {
		String text = document.get();
		int lineOne = text.indexOf('\n');
		replace(document, Map.of(new FindingAnnotation(Severity.ERROR, TransformValidator.INTERNAL_ERROR, Findings.internalError(failure)),
				position(0, lineOne < 0 ? text.length() : lineOne, text.length())));
	}

	/** Replaces the editor's findings (and only them) in the document's annotation model. */
	private static void replace(IDocument document, Map<Annotation, Position> annotations) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IAnnotationModel model = buffer == null ? null : buffer.getAnnotationModel();
		if (model == null) {
			return;
		}
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof FindingAnnotation) {
				old.add(annotation);
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), annotations);
		} else {
			old.forEach(model::removeAnnotation);
			annotations.forEach(model::addAnnotation);
		}
	}

	/** A squiggle needs at least one character: an empty range is widened to the character at (or before) it. */
	private static Position position(int offset, int length, int textLength) {
		int start = Math.max(0, Math.min(offset, textLength));
		int span = Math.max(0, Math.min(length, textLength - start));
		if (span > 0 || textLength == 0) {
			return new Position(start, span);
		}
		return start < textLength ? new Position(start, 1) : new Position(start - 1, 1);
	}
}
