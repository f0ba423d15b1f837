package org.transform.dsl.ui.workspace;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.transform.dsl.validation.TransformValidator;
import org.transform.dsl.workspace.Finding;

/** The workspace core's findings as Eclipse shows them: marker severities, the quick fixes' diagnostics, failures of the editor. */
public final class Findings {

	/** The marker attribute naming the plan element a finding is on, by its qualified name ({@code Acme.Sales.SalesCycle}). */
	public static final String ELEMENT = "transform.element";

	/** The marker attribute holding the kind of that element, its model class ({@code Indicator}, {@code LeverChange} ...). */
	public static final String ELEMENT_KIND = "transform.elementKind";

	private Findings() {
	}

	/** The text of a finding that reports a failure of the editor itself rather than of the plan. */
	public static String internalError(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return TransformValidator.INTERNAL_ERROR + ": the plan could not be checked (" + cause.getClass().getSimpleName()
				+ (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "); the other findings may be incomplete";
	}

	public static int markerSeverity(Finding finding) {
		return switch (finding.level()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
		};
	}

	/** Whether the finding covers the offset (a finding between two characters covers both sides). */
	public static boolean covers(Finding finding, int offset) {
		return finding.offset() <= offset && offset <= finding.offset() + finding.length();
	}

	/** The finding as the IDE services' quick fixes take it: range, code, message and data, placed in the document it was found in. */
	public static Diagnostic diagnostic(Finding finding, Document document) {
		int textLength = document.getContents().length();
		int offset = Math.min(finding.offset(), textLength);
		int end = Math.min(offset + finding.length(), textLength);
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setRange(new org.eclipse.lsp4j.Range(document.getPosition(offset), document.getPosition(end)));
		diagnostic.setMessage(finding.message());
		diagnostic.setCode(Either.forLeft(finding.code()));
		diagnostic.setSeverity(switch (finding.level()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			case INFO -> DiagnosticSeverity.Information;
		});
		diagnostic.setData(finding.data().toArray(String[]::new));
		return diagnostic;
	}
}
