package org.transform.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The validation findings of a workspace, found again on the elements a diagram draws: a finding
 * concerns an element when its {@link Issue#getUriToProblem()} is the element's URI or lies inside
 * it (a goal's move belongs to its goal).
 */
final class Findings {

	private static final Comparator<Issue> ORDER = Comparator.comparing((Issue i) -> i.getSeverity().ordinal())
			.thenComparing(i -> String.valueOf(i.getCode()))
			.thenComparing(i -> String.valueOf(i.getMessage()));

	private final List<Issue> issues;

	Findings(List<Issue> issues) {
		this.issues = issues == null ? List.of()
				: issues.stream().filter(i -> i.getUriToProblem() != null && i.getSeverity() != null && i.getSeverity() != Severity.IGNORE)
						.toList();
	}

	/** The findings on the element, errors first, then by code. */
	List<Issue> on(EObject element) {
		if (issues.isEmpty() || element == null || element.eResource() == null) {
			return List.of();
		}
		URI uri = EcoreUtil.getURI(element);
		String fragment = uri.fragment();
		URI file = uri.trimFragment();
		List<Issue> result = new ArrayList<>();
		for (Issue issue : issues) {
			URI problem = issue.getUriToProblem();
			String problemFragment = problem.fragment();
			if (problemFragment != null && file.equals(problem.trimFragment())
					&& (problemFragment.equals(fragment) || problemFragment.startsWith(fragment + "/"))) {
				result.add(issue);
			}
		}
		result.sort(ORDER);
		return result;
	}

	/** The colour that marks the most severe of the findings, or null if there are none. */
	static String color(List<Issue> findings) {
		return findings.isEmpty() ? null : Palette.severity(findings.get(0).getSeverity());
	}
}
