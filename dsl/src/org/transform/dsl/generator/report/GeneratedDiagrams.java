package org.transform.dsl.generator.report;

import java.util.ArrayList;
import java.util.List;

import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.generator.diagram.DiagramKind;

import com.google.inject.Inject;

/** The report's diagrams: every {@link DiagramKind} of the whole workspace, drawn by the language's {@link DiagramGenerator}. */
public class GeneratedDiagrams implements DiagramSource {

	@Inject
	private DiagramGenerator generator;

	@Override
	public List<Diagram> diagrams(PlanAnalysis analysis, List<Finding> findings) {
		List<Diagram> diagrams = new ArrayList<>();
		for (DiagramKind kind : DiagramKind.values()) {
			diagrams.add(new Diagram(kind.fileName(), kind.title(), generator.svg(kind, analysis, findings)));
		}
		return diagrams;
	}
}
