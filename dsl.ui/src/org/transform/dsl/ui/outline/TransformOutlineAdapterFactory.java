package org.transform.dsl.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.transform.dsl.ui.editor.PlanEditors;

/** Gives the Generic Editor an Outline page when it shows a plan (the Generic Editor has no outline extension point). */
public class TransformOutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IContentOutlinePage.class || !(adaptable instanceof IEditorPart part)) {
			return null;
		}
		ITextEditor editor = PlanEditors.planEditor(part);
		return editor == null ? null : adapterType.cast(new TransformOutlinePage(editor));
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
