package org.transform.dsl.generator.report;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.PlanAnalysis;

/** The diagram source of a build without the diagram generator: the report says diagrams are not available. */
public class NoDiagrams implements DiagramSource {

	@Override
	public List<Diagram> diagrams(PlanAnalysis analysis, List<Issue> findings) {
		return List.of();
	}
}
