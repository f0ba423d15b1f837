package org.transform.dsl.ui;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/** Syntax colouring of .transform files in the Generic Editor, from the language's own lexer. */
public class TransformPresentationReconciler extends PresentationReconciler {

	public TransformPresentationReconciler() {
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(new TransformTokenScanner()) {
			@Override
			public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
				// the lexer needs a clean start state (comments, strings): re-colour the whole document
				return new Region(0, event.getDocument().getLength());
			}
		};
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
