package org.transform.dsl.sirius.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.model.TransformFile;

/**
 * The findings the editor shows, found on the elements a diagram draws: the language's validation (the same rules,
 * codes and messages as the editor, the language server and the command line) runs once per state of a file, and
 * each finding belongs to the element of the file it lies in (a goal's move is its goal's). Sirius calls these
 * methods from the findings layer's decorations and the filters; nothing here needs Sirius.
 */
public class PlanFindings {

	private static final String CACHE_KEY = PlanFindings.class.getName();

	private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::level).thenComparing(Finding::code);

	/** The findings on the element (and what it contains), errors first. */
	public List<Finding> findings(EObject element) {
		if (element == null || !(element.eResource() instanceof XtextResource resource)) {
			return List.of();
		}
		IResourceScopeCache cache = resource.getResourceServiceProvider().get(IResourceScopeCache.class);
		Map<EObject, List<Finding>> byElement = cache.get(CACHE_KEY, resource, () -> findingsByElement(resource));
		return byElement.getOrDefault(element, List.of());
	}

	/** Whether the element has a finding of that severity ({@code error}, {@code warning} or {@code info}). */
	public boolean hasFinding(EObject element, String severity) {
		Finding.Level wanted = Finding.Level.valueOf(severity.toUpperCase(Locale.ROOT));
		return findings(element).stream().anyMatch(finding -> finding.level() == wanted);
	}

	/** Whether the element has any finding. */
	public boolean hasFindings(EObject element) {
		return !findings(element).isEmpty();
	}

	/** The findings as the author reads them in a tooltip: one per line, its severity, code and message. */
	public String findingsText(EObject element) {
		return findings(element).stream()
				.map(finding -> finding.level().label() + " " + finding.text())
				.collect(Collectors.joining("\n"));
	}

	private static Map<EObject, List<Finding>> findingsByElement(XtextResource resource) {
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		Map<EObject, List<Finding>> byElement = new HashMap<>();
		for (Issue issue : issues) {
			EObject element = elementOf(resource, issue);
			Finding finding = element == null ? null : Finding.of(issue, resource);
			if (finding != null) {
				byElement.computeIfAbsent(element, e -> new ArrayList<>()).add(finding);
			}
		}
		byElement.values().forEach(findings -> findings.sort(MOST_SEVERE_FIRST));
		return byElement;
	}

	/** The element of the file (or its header) the finding lies in; null for a finding on the file itself. */
	private static EObject elementOf(Resource resource, Issue issue) {
		if (issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null) {
			return null;
		}
		EObject problem = resource.getEObject(issue.getUriToProblem().fragment());
		while (problem != null && !(problem.eContainer() instanceof TransformFile)) {
			problem = problem.eContainer();
		}
		return problem;
	}
}
