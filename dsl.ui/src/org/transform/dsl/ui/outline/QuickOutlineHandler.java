package org.transform.dsl.ui.outline;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.transform.dsl.ui.editor.PlanEditors;

/** Ctrl+O in a plan: the Quick Outline popup. */
public class QuickOutlineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = PlanEditors.active(event);
		if (editor == null) {
			return null;
		}
		new QuickOutlinePopup(HandlerUtil.getActiveShell(event), editor, new TransformOutlinePage(editor).symbols()).open();
		return null;
	}
}
