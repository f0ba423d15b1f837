package org.transform.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.transform.dsl.ide.highlighting.TransformSemanticHighlightingCalculator;
import org.transform.dsl.ui.workspace.PlanCores;

/**
 * Semantic colouring on top of the lexer's: once the author pauses, the IDE services' semantic
 * highlighting (names of teams, indicators, goals, practices and tools, declared or referred to; lever
 * kinds) is computed on the plan among its project's plans and laid over the lexer's colours whenever
 * the text is presented. While the author types, the lexer's colours alone are shown.
 */
public final class SemanticColouring {

	public static final Color TEAM = new Color(0, 80, 160);
	public static final Color INDICATOR = new Color(0, 120, 110);
	public static final Color GOAL = new Color(170, 80, 0);
	public static final Color PRACTICE = new Color(110, 50, 150);
	public static final Color TOOL = new Color(60, 110, 0);

	private static final Map<String, Style> STYLES = Map.of(
			TransformSemanticHighlightingCalculator.TEAM, new Style(TEAM, SWT.NORMAL),
			TransformSemanticHighlightingCalculator.INDICATOR, new Style(INDICATOR, SWT.ITALIC),
			TransformSemanticHighlightingCalculator.GOAL, new Style(GOAL, SWT.NORMAL),
			TransformSemanticHighlightingCalculator.PRACTICE, new Style(PRACTICE, SWT.NORMAL),
			TransformSemanticHighlightingCalculator.TOOL, new Style(TOOL, SWT.NORMAL),
			TransformSemanticHighlightingCalculator.LEVER, new Style(null, SWT.ITALIC));

	private record Style(Color foreground, int fontStyle) {
	}

	private record Range(int offset, int length, Style style) {
	}

	private final ITextViewer viewer;
	private final Job job;
	/** The last ranges computed, and the document's modification stamp they were computed for. */
	private volatile List<Range> ranges = List.of();
	private volatile long stamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			schedule();
		}
	};

	public SemanticColouring(ITextViewer viewer) {
		this.viewer = viewer;
		this.job = Job.create("Semantic colouring of the plan", monitor -> {
			colour();
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this::merge);
		}
		viewer.addTextInputListener(new ITextInputListener() {
			@Override
			public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
				if (oldInput != null) {
					oldInput.removeDocumentListener(documentListener);
				}
			}

			@Override
			public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
				if (newInput != null) {
					newInput.addDocumentListener(documentListener);
					schedule();
				}
			}
		});
		if (viewer.getDocument() != null) {
			viewer.getDocument().addDocumentListener(documentListener);
			schedule();
		}
	}

	private void schedule() {
		job.cancel();
		job.schedule(400);
	}

	public void dispose() {
		job.cancel();
		if (viewer.getDocument() != null) {
			viewer.getDocument().removeDocumentListener(documentListener);
		}
	}

	private void colour() {
		IDocument document = viewer.getDocument();
		if (!(document instanceof IDocumentExtension4 stamped)) {
			return;
		}
		long computedFor = stamped.getModificationStamp();
		List<Range> found;
		try {
			found = PlanCores.await(PlanCores.get().read(document, context -> ranges(context)), null);
		} catch (Exception e) {
			return; // broken text or a closed project: the lexer's colours stay, the next pause tries again
		}
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		viewer.getTextWidget().getDisplay().asyncExec(() -> {
			if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() || viewer.getDocument() != document
					|| stamped.getModificationStamp() != computedFor) {
				return;
			}
			ranges = found;
			stamp = computedFor;
			viewer.invalidateTextPresentation();
		});
	}

	/** The semantic colours of the plan as the workspace core holds it. */
	private List<Range> ranges(ILanguageServerAccess.Context context) {
		int textLength = context.getDocument().getContents().length();
		List<Range> found = new ArrayList<>();
		PlanCores.service(context, ISemanticHighlightingCalculator.class).provideHighlightingFor(PlanCores.resource(context), (offset, length, ids) -> {
			for (String id : ids) {
				Style style = STYLES.get(id);
				if (style != null && length > 0 && offset >= 0 && offset + length <= textLength) {
					found.add(new Range(offset, length, style));
				}
			}
		}, () -> job.getState() == Job.WAITING);
		return found;
	}

	/** Lays the semantic colours over a presentation the lexer made, if they were computed for the text as it is. */
	private void merge(TextPresentation presentation) {
		if (!(viewer.getDocument() instanceof IDocumentExtension4 stamped) || stamped.getModificationStamp() != stamp) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		for (Range range : ranges) {
			int from = Math.max(start, range.offset());
			int to = Math.min(end, range.offset() + range.length());
			if (from < to) {
				presentation.mergeStyleRange(new StyleRange(from, to - from, range.style().foreground(), null, range.style().fontStyle()));
			}
		}
	}
}
