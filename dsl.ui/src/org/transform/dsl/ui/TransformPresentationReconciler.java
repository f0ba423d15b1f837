package org.transform.dsl.ui;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.transform.dsl.ui.editor.SemanticColouring;
import org.transform.dsl.ui.editor.PlanEditors;
import org.transform.dsl.ui.hover.PlanHover;
import org.transform.dsl.ui.hover.PlanRulerHover;

/** Colouring of .transform files in the Generic Editor: the language's own lexer, and the IDE services' semantic highlighting on top. */
public class TransformPresentationReconciler extends PresentationReconciler {

	private SemanticColouring semanticColouring;

	public TransformPresentationReconciler() {
		PlanDamager damagerRepairer = new PlanDamager(new TransformTokenScanner());
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		semanticColouring = new SemanticColouring(viewer);
		// the viewer sets its hovers after installing this: the plan's hover replaces them once it is configured
		viewer.getTextWidget().getDisplay().asyncExec(() -> {
			PlanHover.install(viewer);
			PlanEditors.of(viewer).ifPresent(PlanRulerHover::install);
		});
	}

	@Override
	public void uninstall() {
		if (semanticColouring != null) {
			semanticColouring.dispose();
		}
		super.uninstall();
	}
}
