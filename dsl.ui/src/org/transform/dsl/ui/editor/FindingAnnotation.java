package org.transform.dsl.ui.editor;

import java.util.Set;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.transform.dsl.workspace.Finding;

/** A finding shown in the editor while the author types (squiggle, ruler, overview): text {@code code: message}. */
public class FindingAnnotation extends Annotation {

	public static final String ERROR = "org.transform.dsl.ui.error";
	public static final String WARNING = "org.transform.dsl.ui.warning";
	public static final String INFO = "org.transform.dsl.ui.info";
	public static final Set<String> TYPES = Set.of(ERROR, WARNING, INFO);

	private final String code;
	/** Replaced when a newer check finds the same finding where the annotation stands ({@link PlanAnnotations}). */
	private volatile Finding finding;

	/** The annotation of one of the workspace core's findings. */
	public FindingAnnotation(Finding finding) {
		super(type(finding.severity()), false, finding.text());
		this.code = finding.code();
		this.finding = finding;
	}

	/** An annotation that is not one of the plan's findings (a failure of the editor itself: {@code internal-error}). */
	public FindingAnnotation(Severity severity, String code, String text) {
		super(type(severity), false, text);
		this.code = code;
		this.finding = null;
	}

	/** The finding as the workspace core published it (its offsets are those of the text it was found in), or {@code null}. */
	public Finding getFinding() {
		return finding;
	}

	/** The same finding as found in a newer text: its offsets and fix data are that text's. */
	void refresh(Finding newer) {
		this.finding = newer;
	}

	/** The finding's message, without its code. */
	public String getMessage() {
		String text = getText();
		return text != null && text.startsWith(code + ": ") ? text.substring(code.length() + 2) : text;
	}

	public boolean isError() {
		return ERROR.equals(getType());
	}

	public boolean isWarning() {
		return WARNING.equals(getType());
	}

	/** The finding's issue code ({@code technology-before-indicator}, {@code internal-error} ...). */
	public String getCode() {
		return code;
	}

	@Override
	public String toString() {
		return getText();
	}

	private static String type(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
		};
	}
}
