package org.transform.dsl.ui.navigation;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.transform.dsl.ui.editor.PlanEditors;

/**
 * Ctrl+Shift+G (the Generic Editor's Find References command) in a plan: lists where the element at
 * the caret is referred to, across the project's plans, in a popup; choosing one opens it.
 */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = PlanEditors.active(event);
		IDocument document = editor == null ? null : PlanEditors.document(editor);
		if (document == null) {
			return null;
		}
		List<Places.Place> references;
		String problem = null;
		try {
			references = Places.references(document, PlanEditors.caret(editor));
		} catch (CoreException | RuntimeException e) {
			references = List.of();
			problem = "References could not be found: " + e.getMessage();
		}
		new ReferencesPopup(HandlerUtil.getActiveShell(event), editor, references, problem).open();
		return null;
	}
}
