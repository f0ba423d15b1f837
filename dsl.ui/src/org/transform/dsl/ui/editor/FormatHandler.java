package org.transform.dsl.ui.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;
import org.transform.dsl.ui.TransformLanguage;
import org.transform.dsl.ui.workspace.EditedPlan;
import org.transform.dsl.ui.workspace.TextEdits;

/**
 * Ctrl+Shift+F: lays the plan out in the house style with the language's formatter (through the IDE
 * services' formatting, as the language server does). A plan with syntax errors is left as it is: the
 * formatter cannot know what the broken text was meant to be; the status line says so.
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = PlanEditors.active(event);
		IDocument document = editor == null ? null : PlanEditors.document(editor);
		if (document == null) {
			return null;
		}
		String problem;
		try {
			problem = format(document);
		} catch (CoreException | BadLocationException | RuntimeException e) {
			problem = "The plan could not be formatted: " + e.getMessage();
		}
		if (editor.getEditorSite() != null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
		}
		return null;
	}

	/** Formats the document; the reason when it is left as it is, else {@code null}. */
	public static String format(IDocument document) throws CoreException, BadLocationException {
		String text = document.get();
		EditedPlan plan = EditedPlan.of(document, text);
		if (plan.resource().getParseResult() != null && plan.resource().getParseResult().hasSyntaxErrors()) {
			return "The plan has syntax errors: fix them, then format.";
		}
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(plan.uri()), new FormattingOptions(4, true));
		List<? extends TextEdit> edits = TransformLanguage.injector().getInstance(FormattingService.class).format(plan.document(),
				plan.resource(), params, CancelIndicator.NullImpl);
		TextEdits.apply(document, text, edits);
		return null;
	}
}
