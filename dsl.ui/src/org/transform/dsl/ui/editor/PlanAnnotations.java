package org.transform.dsl.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

	/**
	 * Replaces the document's findings by these, found in the text the document holds. A finding
	 * already shown where it stands keeps its annotation (which takes the newer finding's offsets and
	 * data): only what changed is removed and added. The squiggles are a text style, so the painter
	 * re-colours the text between the first and the last annotation an event adds or removes; replacing
	 * them all made every keystroke re-colour most of a large plan on the UI thread (about 27 ms per
	 * check at 5,000 lines, BENCHMARKS.md "uipaint"). When nothing changed, the model still says the
	 * findings are the current text's ({@link FindingsShown}).
	 */
	public static void show(IDocument document, List<Finding> findings) {
		IAnnotationModel model = model(document);
		if (model == null) {
			return;
		}
		int textLength = document.getLength();
		Map<Shown, Deque<FindingAnnotation>> shown = new HashMap<>();
		for (FindingAnnotation annotation : findingsIn(model)) {
			Position position = model.getPosition(annotation);
			Shown key = position == null || position.isDeleted() ? null : Shown.of(annotation, position);
			shown.computeIfAbsent(key, k -> new ArrayDeque<>()).add(annotation);
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Finding finding : findings) {
			FindingAnnotation annotation = new FindingAnnotation(finding);
			Position position = position(finding.offset(), finding.length(), textLength);
			Deque<FindingAnnotation> same = shown.get(Shown.of(annotation, position));
			FindingAnnotation kept = same == null ? null : same.poll();
			if (kept != null) {
				kept.refresh(finding);
			} else {
				added.put(annotation, position);
			}
		}
		List<Annotation> removed = new ArrayList<>();
		shown.values().forEach(removed::addAll);
		replace(model, removed, added);
	}

	/** Replaces the document's findings by one that says the editor itself failed to check the plan ({@code internal-error}, on line 1). */
	public static void showFailure(IDocument document, Throwable failure) {
		IAnnotationModel model = model(document);
		if (model == null) {
			return;
		}
		String text = document.get();
		int lineOne = text.indexOf('\n');
		replace(model, new ArrayList<>(findingsIn(model)), Map.of(new FindingAnnotation(Severity.ERROR, TransformValidator.INTERNAL_ERROR, Findings.internalError(failure)),
				position(0, lineOne < 0 ? text.length() : lineOne, text.length())));
	}

	/** Where a finding's annotation stands and what it says: what makes a newer finding the same one. */
	private record Shown(String type, String text, int offset, int length) {

		static Shown of(Annotation annotation, Position position) {
			return new Shown(annotation.getType(), annotation.getText(), position.getOffset(), position.getLength());
		}
	}

	/** The editor's findings among the model's annotations. */
	private static List<FindingAnnotation> findingsIn(IAnnotationModel model) {
		List<FindingAnnotation> found = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof FindingAnnotation annotation) {
				found.add(annotation);
			}
		}
		return found;
	}

	/** The annotation model of the document's file buffer (the editor's), or {@code null}. */
	private static IAnnotationModel model(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		return buffer == null ? null : buffer.getAnnotationModel();
	}

	/** Removes and adds the editor's findings in one event; a plan's own model tells its listeners even when nothing changed. */
	private static void replace(IAnnotationModel model, List<Annotation> removed, Map<Annotation, Position> added) {
		if (model instanceof PlanAnnotationModelFactory.PlanMarkers plan) {
			plan.replaceFindings(removed.toArray(Annotation[]::new), added);
		} else if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed.toArray(Annotation[]::new), added);
		} else {
			removed.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
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
