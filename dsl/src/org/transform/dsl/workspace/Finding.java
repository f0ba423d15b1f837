package org.transform.dsl.workspace;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.ModelPackage;

/**
 * One finding of the plans, as every face shows it: the command line's lines, JSON and SARIF, the
 * language server's diagnostics, the editor's annotations and markers, the diagrams' badges and the
 * report's list. Made once, from the validator's issue, by {@link #of(Issue, Resource)}.
 *
 * @param uri the file
 * @param offset where it starts in the file's text (0-based)
 * @param length how many characters it spans (0 for a place between characters)
 * @param line 1-based line of the start
 * @param column 1-based column of the start
 * @param endLine 1-based line of the character after the end
 * @param endColumn 1-based column of the character after the end
 * @param level how bad
 * @param code the rule's code ({@code docs/language.md}), {@value #UNCLASSIFIED} for an issue without one
 * @param message what is wrong and what to do, for the plan's author
 * @param element the qualified name of the innermost named plan element the finding is on, or {@code null} (a syntax error, the file as a whole)
 * @param elementKind that element's kind (its EClass's name, e.g. {@code Indicator}), or {@code null}
 * @param data what a quick fix needs (the issue's data), never {@code null}
 */
public record Finding(URI uri, int offset, int length, int line, int column, int endLine, int endColumn, Level level, String code,
		String message, String element, String elementKind, List<String> data) {

	/** The code of findings that come without one (none of Transform's own checks does that). */
	public static final String UNCLASSIFIED = "unclassified";

	/** How bad a finding is; the names are those the command line prints. */
	public enum Level {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public Finding {
		data = data == null ? List.of() : List.copyOf(data);
	}

	/** By position within one file, then level, code and message. */
	public static final Comparator<Finding> WITHIN_FILE = Comparator.comparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::level)
			.thenComparing(Finding::code)
			.thenComparing(Finding::message);

	/** By file, then position; ties broken so that output is stable. */
	public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.uri().toString())
			.thenComparing(Finding.WITHIN_FILE);

	/** {@code code: message}, the text of the editor's annotations and markers. */
	public String text() {
		return code + ": " + message;
	}

	public boolean isError() {
		return level == Level.ERROR;
	}

	/** The level as Xtext names severities (the diagrams' and report's colours are keyed by them). */
	public Severity severity() {
		return switch (level) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			case INFO -> Severity.INFO;
		};
	}

	/**
	 * The finding of a validator's issue on a file of the workspace, or {@code null} for an issue that is
	 * not shown (Xtext's IGNORE severity). Positions are clamped into the file's text, so that every face
	 * can place the finding.
	 *
	 * @param resource the file as it was validated (its text and elements), or {@code null} when it is gone
	 */
	public static Finding of(Issue issue, Resource resource) {
		Level level = issue.getSeverity() == null ? null : switch (issue.getSeverity()) {
			case ERROR -> Level.ERROR;
			case WARNING -> Level.WARNING;
			case INFO -> Level.INFO;
			default -> null;
		};
		if (level == null) {
			return null;
		}
		String text = text(resource);
		int offset = issue.getOffset() == null || issue.getOffset() < 0 ? 0 : issue.getOffset();
		int length = issue.getLength() == null || issue.getLength() < 0 ? 0 : issue.getLength();
		if (text != null) {
			offset = Math.min(offset, text.length());
			length = Math.min(length, text.length() - offset);
		}
		int[] start = position(text, issue.getLineNumber(), issue.getColumn(), offset);
		int[] end = position(text, issue.getLineNumberEnd(), issue.getColumnEnd(), offset + length);
		if (end[0] < start[0] || end[0] == start[0] && end[1] < start[1]) {
			end = start;
		}
		String code = issue.getCode() == null || issue.getCode().isBlank() ? UNCLASSIFIED : issue.getCode();
		String message = issue.getMessage() == null || issue.getMessage().isBlank() ? "(no message)" : issue.getMessage();
		EObject element = elementOf(issue, resource, offset);
		String name = element == null ? null : nameOf(element);
		URI uri = resource != null ? resource.getURI() : issue.getUriToProblem() == null ? null : issue.getUriToProblem().trimFragment();
		return new Finding(uri, offset, length, start[0], start[1], end[0], end[1], level, code, message, name,
				name == null ? null : element.eClass().getName(), issue.getData() == null ? List.of() : List.of(issue.getData()));
	}

	/** The findings of a file's issues, in the order given (issues not shown left out). */
	public static List<Finding> of(List<Issue> issues, Resource resource) {
		List<Finding> findings = new java.util.ArrayList<>(issues.size());
		for (Issue issue : issues) {
			Finding finding = of(issue, resource);
			if (finding != null) {
				findings.add(finding);
			}
		}
		return findings;
	}

	private static String text(Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null && xtext.getParseResult().getRootNode() != null) {
			return xtext.getParseResult().getRootNode().getText();
		}
		return null;
	}

	/** A 1-based line and column: as the issue gives them, else counted from the offset, else the file's start. */
	private static int[] position(String text, Integer line, Integer column, int offset) {
		if (line != null && line > 0 && column != null && column > 0) {
			return new int[] { line, column };
		}
		if (text == null) {
			return new int[] { 1, 1 };
		}
		int l = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				l++;
				lineStart = i + 1;
			}
		}
		return new int[] { l, offset - lineStart + 1 };
	}

	/** The innermost named element of the issue: the element it was reported on, else the one at its offset. */
	private static EObject elementOf(Issue issue, Resource resource, int offset) {
		if (resource == null) {
			return null;
		}
		EObject element = null;
		URI problem = issue.getUriToProblem();
		if (problem != null && problem.fragment() != null && problem.trimFragment().equals(resource.getURI())) {
			try {
				element = resource.getEObject(problem.fragment());
			} catch (RuntimeException e) {
				element = null; // a fragment of an older parse: found again from the offset
			}
		}
		if (element == null && resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			ICompositeNode root = xtext.getParseResult().getRootNode();
			element = root == null ? null : NODE_MODEL.resolveContainedElementAt(xtext, offset);
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (nameOf(e) != null) {
				return e;
			}
		}
		return null;
	}

	/**
	 * The name a finding on the element gives: its qualified name; for a measurements block, which has
	 * none, its indicator's (the block is that indicator's data, so a diagram draws the finding on it),
	 * if that link is already resolved (a finding never loads a file).
	 */
	private static String nameOf(EObject element) {
		if (element instanceof Measurements block) {
			Object indicator = block.eGet(ModelPackage.Literals.MEASUREMENTS__INDICATOR, false);
			return indicator instanceof EObject linked && !linked.eIsProxy() ? qualifiedName(linked) : null;
		}
		return qualifiedName(element);
	}

	private static final EObjectAtOffsetHelper NODE_MODEL = new EObjectAtOffsetHelper();

	/** The qualified name by which findings name the element ({@link #element()}), or {@code null} for an element without one. */
	public static String qualifiedName(EObject element) {
		if (!(element.eResource() instanceof XtextResource resource) || NodeModelUtils.getNode(element) == null) {
			return null;
		}
		IQualifiedNameProvider names = resource.getResourceServiceProvider().get(IQualifiedNameProvider.class);
		QualifiedName name = names == null ? null : names.getFullyQualifiedName(element);
		return name == null ? null : name.toString();
	}
}
