package org.transform.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.transform.dsl.workspace.Finding;

/**
 * The findings of a workspace, found again on the elements a diagram draws: a finding concerns the
 * element it names ({@link Finding#element()}, the innermost named element it was reported on, so
 * that a goal's move belongs to its goal).
 */
final class ElementFindings {

	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::level)
			.thenComparing(Finding::code)
			.thenComparing(Finding::message);

	private final Map<String, List<Finding>> byElement = new HashMap<>();

	ElementFindings(List<Finding> findings) {
		if (findings != null) {
			for (Finding finding : findings) {
				if (finding.element() != null) {
					byElement.computeIfAbsent(finding.element(), k -> new ArrayList<>()).add(finding);
				}
			}
			byElement.values().forEach(list -> list.sort(ORDER));
		}
	}

	/** The findings on the element, errors first, then by code. */
	List<Finding> on(EObject element) {
		if (byElement.isEmpty() || element == null || element.eResource() == null) {
			return List.of();
		}
		String name = Finding.qualifiedName(element);
		return name == null ? List.of() : byElement.getOrDefault(name, List.of());
	}

	/** The colour that marks the most severe of the findings, or null if there are none. */
	static String color(List<Finding> findings) {
		return findings.isEmpty() ? null : Palette.severity(findings.get(0).severity());
	}
}
