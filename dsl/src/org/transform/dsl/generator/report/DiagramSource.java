package org.transform.dsl.generator.report;

import java.util.List;

import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;

import com.google.inject.ImplementedBy;

/**
 * Where the report takes its diagrams from: by default {@link GeneratedDiagrams}, the language's
 * diagram generator. A source that gives no diagram makes the report say that none is available.
 */
@ImplementedBy(GeneratedDiagrams.class)
public interface DiagramSource {

	/**
	 * One drawn diagram.
	 *
	 * @param fileName the fixed file name without extension ({@code impact-map}), never taken from the model; only
	 *        letters, digits, {@code _} and {@code -}, so that it cannot leave the report's folder
	 * @param title what the diagram shows, for headings and alternative text
	 * @param svg a complete SVG document without XML prolog; trusted output that escapes its own text
	 */
	record Diagram(String fileName, String title, String svg) {
		public Diagram {
			if (fileName == null || !fileName.matches("[A-Za-z0-9_-]+")) {
				throw new IllegalArgumentException("a diagram's file name is a fixed name of letters, digits, '_' and '-' such as 'impact-map', not: "
						+ fileName);
			}
		}
	}

	/** The diagrams of the workspace, in the order the report shows them; empty if none can be drawn. */
	List<Diagram> diagrams(PlanAnalysis analysis, List<Finding> findings);
}
