package org.transform.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.ui.TransformLanguage;
import org.transform.dsl.ui.workspace.EditedPlan;
import org.transform.dsl.ui.workspace.EditorServerAccess;
import org.transform.dsl.ui.workspace.Findings;
import org.transform.dsl.ui.workspace.TextEdits;

/**
 * The quick fixes of a finding, computed by the IDE services' quick fix provider (the one the language
 * server serves as code actions) and applied as text edits to the editor's document.
 */
public final class QuickFixes {

	/**
	 * One fix: its label and the edits it makes to the text it was computed for.
	 *
	 * @param text the document's text the edits apply to
	 */
	public record Fix(String label, List<TextEdit> edits, String text) {

		/** Applies the edits; {@code false} when the document no longer holds the text they were computed for. */
		public boolean applyTo(IDocument document) throws BadLocationException {
			return TextEdits.apply(document, text, edits);
		}
	}

	private QuickFixes() {
	}

	/** Whether the provider has fixes for findings with the code (it may still offer none for a given finding). */
	public static boolean handles(String code) {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setCode(Either.forLeft(code));
		// the provider looks only at diagnostics that have a message and a severity
		diagnostic.setMessage(code);
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		return TransformLanguage.injector().getInstance(IQuickFixProvider.class).handlesDiagnostic(diagnostic);
	}

	/** The fixes of one finding of the plan, in the order the provider offers them. */
	public static List<Fix> of(EditedPlan plan, Issue issue) {
		IQuickFixProvider provider = TransformLanguage.injector().getInstance(IQuickFixProvider.class);
		Diagnostic diagnostic = Findings.diagnostic(issue, plan.document());
		if (!provider.handlesDiagnostic(diagnostic)) {
			return List.of();
		}
		Options options = new Options();
		options.setDocument(plan.document());
		options.setResource(plan.resource());
		options.setURI(plan.uri());
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new EditorServerAccess(plan));
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(plan.uri()), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<Fix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
			WorkspaceEdit edit = resolution.apply();
			List<TextEdit> edits = edit == null || edit.getChanges() == null ? null : edit.getChanges().get(plan.uri());
			if (edits != null && !edits.isEmpty()) {
				fixes.add(new Fix(resolution.getLabel(), List.copyOf(edits), plan.document().getContents()));
			}
		}
		return fixes;
	}

	/** The finding of the plan's issues that is the one described: same code, at the offset if known, else with the message. */
	public static Issue find(List<Issue> issues, String code, Integer offset, String text) {
		Issue byMessage = null;
		Issue byCode = null;
		for (Issue issue : issues) {
			if (!Objects.equals(code, Findings.code(issue))) {
				continue;
			}
			if (offset != null && offset.equals(issue.getOffset())) {
				return issue;
			}
			if (byMessage == null && Objects.equals(text, Findings.text(issue))) {
				byMessage = issue;
			}
			if (byCode == null) {
				byCode = issue;
			}
		}
		return byMessage != null ? byMessage : byCode;
	}
}
