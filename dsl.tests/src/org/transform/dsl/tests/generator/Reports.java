package org.transform.dsl.tests.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.examples.ExampleWorkspaces;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Inject;

/**
 * What a report is generated from, as the command line gathers it: the plan analysis of a whole
 * workspace and the findings of validating every file of it.
 */
public final class Reports {

	/** The analysis of a workspace and its findings. */
	public record Input(PlanAnalysis analysis, List<Finding> findings) {
	}

	@Inject
	private PlanAnalyzer analyzer;

	/** An example workspace, as the workspace core loads, links and validates it for the command line. */
	public Input example(String name) {
		Path workspace = ExampleWorkspaces.workspace(name);
		try (PlanCore core = PlanCore.start(List.of(workspace))) {
			URI first = core.findings().isEmpty() ? PlanCore.uri(ExampleWorkspaces.transformFiles(workspace).get(0))
					: core.findings().keySet().iterator().next();
			return new Input(core.read(first, context -> analyzer.analyze(context.getResource())).join(), core.allFindings());
		}
	}

	/** The files of a workspace already loaded into one resource set. */
	public Input of(TransformFile... files) {
		return of(List.of(files).stream().map(TransformFile::eResource).toList());
	}

	private Input of(List<Resource> resources) {
		List<Finding> findings = new ArrayList<>();
		for (Resource resource : resources) {
			findings.addAll(Finding.of(((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl), resource));
		}
		return new Input(analyzer.analyze(resources.get(0)), findings);
	}
}
