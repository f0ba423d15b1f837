package org.transform.dsl.ui.hover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.ui.editor.FindingAnnotation;
import org.transform.dsl.ui.quickfix.QuickFixes;

/**
 * What a hover over a plan shows: the findings there (each with its code, whole message and quick
 * fixes) and what the IDE services say about the element there (an indicator's numbers...).
 *
 * @param document the plan's document, which the fixes edit
 * @param problems the findings at the place hovered
 * @param summary the IDE services' text about the element, or {@code null}
 */
public record HoverContent(IDocument document, List<Problem> problems, String summary) {

	/** One finding and its fixes. */
	public record Problem(FindingAnnotation finding, List<QuickFixes.Fix> fixes) {
	}

	public boolean isEmpty() {
		return problems.isEmpty() && (summary == null || summary.isBlank());
	}

	/** The hover's entries as text: one per finding ({@code code: message}), then the summary. */
	public List<String> entries() {
		List<String> entries = new ArrayList<>();
		problems.forEach(p -> entries.add(p.finding().getText()));
		if (summary != null && !summary.isBlank()) {
			entries.add(summary);
		}
		return entries;
	}

	/** Where a hover looks for findings: at a character, or on a line. */
	interface Place {
		boolean covers(Position position, IDocument document);
	}

	/** The editor's findings at the place, each with the fixes the IDE services offer for it now. */
	static List<Problem> problems(IAnnotationModel model, IDocument document, Place place) {
		List<FindingAnnotation> findings = new ArrayList<>();
		List<Position> positions = new ArrayList<>();
		if (model == null || document == null) {
			return List.of();
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof FindingAnnotation finding && !finding.isMarkedDeleted() && position != null && place.covers(position, document)) {
				findings.add(finding);
				positions.add(position);
			}
		}
		if (findings.isEmpty()) {
			return List.of();
		}
		List<List<QuickFixes.Fix>> fixes;
		try {
			fixes = QuickFixes.of(document, current -> {
				List<Finding> chosen = new ArrayList<>();
				for (int i = 0; i < findings.size(); i++) {
					FindingAnnotation finding = findings.get(i);
					chosen.add(QuickFixes.find(current, finding.getCode(), positions.get(i).getOffset(), finding.getText()));
				}
				return chosen;
			});
		} catch (CoreException | RuntimeException | LinkageError e) {
			// the findings are still shown, without fixes
			return findings.stream().map(f -> new Problem(f, List.<QuickFixes.Fix>of())).toList();
		}
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			problems.add(new Problem(findings.get(i), fixes.get(i)));
		}
		return problems;
	}
}
