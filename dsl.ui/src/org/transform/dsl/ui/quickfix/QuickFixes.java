package org.transform.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.ui.TransformLanguage;
import org.transform.dsl.ui.workspace.PlanCores;
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

	/**
	 * The fixes of one finding of the plan read from the workspace core (the finding as the core published
	 * it for the text read), in the order the provider offers them.
	 */
	public static List<Fix> of(ILanguageServerAccess.Context context, Finding finding, ILanguageServerAccess access) {
		IQuickFixProvider provider = PlanCores.service(context, IQuickFixProvider.class);
		Document document = context.getDocument();
		Diagnostic diagnostic = Findings.diagnostic(finding, document);
		if (!provider.handlesDiagnostic(diagnostic)) {
			return List.of();
		}
		String uri = context.getResource().getURI().toString();
		Options options = new Options();
		options.setDocument(document);
		options.setResource((XtextResource) context.getResource());
		options.setURI(uri);
		options.setCancelIndicator(context.getCancelChecker());
		options.setLanguageServerAccess(access);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<Fix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : provider.getResolutions(options, diagnostic)) {
			List<TextEdit> edits = edits(resolution.apply(), uri);
			if (!edits.isEmpty()) {
				fixes.add(new Fix(resolution.getLabel(), List.copyOf(edits), document.getContents()));
			}
		}
		return fixes;
	}

	/**
	 * The fixes of findings of the document's plan: the plan is read in the workspace core as the document
	 * holds it now, {@code choose} picks findings among the core's current findings of it, and each gets
	 * its fixes (in the order chosen).
	 */
	public static List<List<Fix>> of(IDocument document, Function<List<Finding>, List<Finding>> choose) throws CoreException {
		return PlanCores.await(PlanCores.get().read(document, (core, context) -> {
			List<List<Fix>> fixes = new ArrayList<>();
			for (Finding finding : choose.apply(core.findings(context.getResource().getURI()))) {
				fixes.add(finding == null ? List.of() : of(context, finding, core.access()));
			}
			return fixes;
		}), null);
	}

	/** The edits of the plan's file in a workspace edit, however the edit carries them (with or without the document's version). */
	private static List<TextEdit> edits(WorkspaceEdit edit, String uri) {
		List<TextEdit> edits = new ArrayList<>();
		if (edit == null) {
			return edits;
		}
		if (edit.getChanges() != null && edit.getChanges().get(uri) != null) {
			edits.addAll(edit.getChanges().get(uri));
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ResourceOperation> change : edit.getDocumentChanges()) {
				if (change.isLeft() && uri.equals(change.getLeft().getTextDocument().getUri())) {
					change.getLeft().getEdits().stream().filter(Either::isLeft).map(Either::getLeft).forEach(edits::add);
				}
			}
		}
		return edits;
	}

	/** The finding among the plan's that is the one described: same code, at the offset if known, else with the message. */
	public static Finding find(List<Finding> findings, String code, Integer offset, String text) {
		Finding byMessage = null;
		Finding byCode = null;
		for (Finding finding : findings) {
			if (!Objects.equals(code, finding.code())) {
				continue;
			}
			if (offset != null && offset == finding.offset()) {
				return finding;
			}
			if (byMessage == null && Objects.equals(text, finding.text())) {
				byMessage = finding;
			}
			if (byCode == null) {
				byCode = finding;
			}
		}
		return byMessage != null ? byMessage : byCode;
	}
}
