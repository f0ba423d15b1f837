package org.transform.dsl.ui.editor;

import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;

/**
 * The event of a plan's annotation model after a check of the current text left the editor's findings
 * as they were: nothing added, removed or changed, but the findings shown are now the current text's.
 * (When a check changes them, the model's ordinary event says which.)
 */
public final class FindingsShown extends AnnotationModelEvent {

	FindingsShown(IAnnotationModel model) {
		super(model, false);
	}
}
