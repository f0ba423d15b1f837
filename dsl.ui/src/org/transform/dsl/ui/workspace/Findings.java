package org.transform.dsl.ui.workspace;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.validation.TransformValidator;

/** A finding as the editor shows it: the issue code, then the message; placed by offsets into the plan's text. */
public final class Findings {

	/** The marker attribute naming the plan element a finding is on, by its qualified name ({@code Acme.Sales.SalesCycle}). */
	public static final String ELEMENT = "transform.element";

	/** The marker attribute holding the kind of that element, its model class ({@code Indicator}, {@code LeverChange} ...). */
	public static final String ELEMENT_KIND = "transform.elementKind";

	/** The code of findings that come without one (none of Transform's own checks does that). */
	public static final String UNCLASSIFIED = "unclassified";

	private Findings() {
	}

	public static String code(Issue issue) {
		return issue.getCode() == null || issue.getCode().isBlank() ? UNCLASSIFIED : issue.getCode();
	}

	/** {@code code: message}, the text of annotations and markers. */
	public static String text(Issue issue) {
		String message = issue.getMessage() == null || issue.getMessage().isBlank() ? "(no message)" : issue.getMessage();
		return code(issue) + ": " + message;
	}

	/** The text of a finding that reports a failure of the editor itself rather than of the plan. */
	public static String internalError(Throwable failure) {
		return TransformValidator.INTERNAL_ERROR + ": the plan could not be checked (" + failure.getClass().getSimpleName()
				+ (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + "); the other findings may be incomplete";
	}

	/** The issues worth showing: errors, warnings and infos (Xtext's IGNORE severity is not shown). */
	public static List<Issue> shown(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() != null && i.getSeverity() != Severity.IGNORE).toList();
	}

	public static int markerSeverity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}

	/** The offset of the finding, clamped into the text. */
	public static int offset(Issue issue, int textLength) {
		Integer offset = issue.getOffset();
		return offset == null || offset < 0 ? 0 : Math.min(offset, textLength);
	}

	/** The length of the finding, clamped into the text. */
	public static int length(Issue issue, int textLength) {
		int offset = offset(issue, textLength);
		Integer length = issue.getLength();
		return length == null || length < 0 ? 0 : Math.min(length, textLength - offset);
	}

	/** The finding as the IDE services' quick fixes take it: range, code, message and data. */
	public static Diagnostic diagnostic(Issue issue, Document document) {
		int length = document.getContents().length();
		int offset = offset(issue, length);
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setRange(new org.eclipse.lsp4j.Range(document.getPosition(offset), document.getPosition(offset + length(issue, length))));
		diagnostic.setMessage(issue.getMessage());
		diagnostic.setCode(Either.forLeft(code(issue)));
		diagnostic.setSeverity(switch (issue.getSeverity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		diagnostic.setData(issue.getData());
		return diagnostic;
	}
}
