package org.transform.dsl.ui.editor;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.transform.dsl.ui.workspace.PlanFiles;

/** The text editor a command runs in, when it shows a plan. */
public final class PlanEditors {

	private PlanEditors() {
	}

	/** The active editor if it is a text editor on a {@code .transform} file, else {@code null}. */
	public static ITextEditor active(ExecutionEvent event) {
		return planEditor(HandlerUtil.getActiveEditor(event));
	}

	public static ITextEditor planEditor(IEditorPart part) {
		ITextEditor editor = part instanceof ITextEditor text ? text : part == null ? null : part.getAdapter(ITextEditor.class);
		if (editor == null || editor.getEditorInput() == null || !editor.getEditorInput().getName().endsWith("." + PlanFiles.EXTENSION)) {
			return null;
		}
		return editor;
	}

	/** The open text editor whose viewer this is. */
	public static Optional<ITextEditor> of(ITextViewer viewer) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false);
					ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
					if (editor != null && editor.getAdapter(ITextOperationTarget.class) == viewer) {
						return Optional.of(editor);
					}
				}
			}
		}
		return Optional.empty();
	}

	public static IDocument document(ITextEditor editor) {
		IEditorInput input = editor.getEditorInput();
		return editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(input);
	}

	/** The caret's offset (the start of the selection). */
	public static int caret(ITextEditor editor) {
		ISelection selection = editor.getSelectionProvider().getSelection();
		return selection instanceof ITextSelection text ? text.getOffset() : 0;
	}
}
