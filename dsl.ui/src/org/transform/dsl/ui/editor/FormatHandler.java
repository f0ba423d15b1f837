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
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.ui.workspace.PlanCores;
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
		Formatted formatted = PlanCores.await(PlanCores.get().read(document, FormatHandler::edits), null);
		if (formatted.edits() == null) {
			return "The plan has syntax errors: fix them, then format.";
		}
		if (!TextEdits.apply(document, formatted.text(), formatted.edits())) {
			return "The plan changed while it was being formatted: format it again.";
		}
		return null;
	}

	/** The formatter's edits of a text, or {@code null} edits when the text has syntax errors. */
	private record Formatted(String text, List<? extends TextEdit> edits) {
	}

	private static Formatted edits(ILanguageServerAccess.Context context) {
		XtextResource resource = PlanCores.resource(context);
		String text = context.getDocument().getContents();
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			return new Formatted(text, null);
		}
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(resource.getURI().toString()),
				new FormattingOptions(4, true));
		return new Formatted(text, PlanCores.service(context, FormattingService.class).format(context.getDocument(), resource, params,
				context.getCancelChecker()));
	}
}
