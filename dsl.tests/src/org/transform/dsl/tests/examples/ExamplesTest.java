package org.transform.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The example workspaces say what the validator says about them: the sales workspace is clean, the
 * social-business workspace has exactly its deliberate problems (each marked by a comment in the
 * files). A finding that appears or vanishes fails the test; so does a new workspace without an
 * expectation here.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ExamplesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** One finding, as {@code file:line severity code}; the file relative to its workspace. */
	private record Finding(String file, int line, String severity, String code) {
		@Override
		public String toString() {
			return file + ":" + line + " " + severity + " " + code;
		}
	}

	@Test
	public void everyWorkspaceHasItsExpectation() {
		assertEquals(List.of("maven", "sales", "social-business"),
				ExampleWorkspaces.workspaces().stream().map(w -> w.getFileName().toString()).toList());
	}

	/** A sound plan whose two targets are truly behind: LeadAcceptanceRate and SalesCycle (examples/sales/README.md). */
	@Test
	public void salesIsSoundButTwoTargetsAreOffTrack() {
		assertEquals("""
				marketing-effectiveness.transform:31 warning target-off-track
				sales-transformation.transform:61 warning target-off-track
				""", findings("sales"));
	}

	/** The Maven example's plans (a copy of the sales workspace) build without an error. */
	@Test
	public void mavenHasTheSalesFindings() {
		assertEquals("""
				src/main/transform/marketing-effectiveness.transform:31 warning target-off-track
				src/main/transform/sales-transformation.transform:61 warning target-off-track
				""", findings("maven"));
	}

	@Test
	public void socialBusinessHasExactlyItsDeliberateProblems() {
		assertEquals("""
				orbis.transform:63 warning redundant-tools
				orbis.transform:71 warning redundant-tools
				social-business.transform:21 warning indicator-missing
				social-business.transform:96 error opposing-goals-in-team
				social-business.transform:101 error opposing-goals-in-team
				social-business.transform:103 warning goal-without-practice
				social-business.transform:103 warning target-off-track
				social-business.transform:139 warning technology-only
				social-business.transform:195 error technology-before-indicator
				social-business.transform:223 warning technology-without-training
				social-business.transform:253 info bottom-up-ignored
				social-business.transform:273 warning redundant-tools
				social-business.transform:296 warning policy-without-goal
				social-presence.transform:10 warning redundant-tools
				social-presence.transform:19 warning redundant-tools
				social-presence.transform:27 warning social-silo
				social-presence.transform:35 error channel-without-goal-or-maintainer
				""", findings("social-business"));
	}

	/**
	 * Loads every file of the workspace into one resource set, validates each (syntax, linking and
	 * all checks) and lists the findings sorted by file and line, one a line.
	 */
	private String findings(String name) {
		Path workspace = ExampleWorkspaces.workspace(name);
		XtextResourceSet resourceSet = resourceSets.get();
		ExampleWorkspaces.load(resourceSet, workspace);
		List<Finding> findings = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			Path file = Path.of(resource.getURI().toFileString());
			String relative = workspace.relativize(file).toString().replace('\\', '/');
			for (Issue issue : ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				findings.add(new Finding(relative, issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
						issue.getSeverity().name().toLowerCase(Locale.ROOT), issue.getCode()));
			}
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::severity)
				.thenComparing(Finding::code, Comparator.nullsFirst(Comparator.naturalOrder())));
		return findings.stream().map(f -> f + "\n").collect(Collectors.joining());
	}
}
