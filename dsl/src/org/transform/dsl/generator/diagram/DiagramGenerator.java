package org.transform.dsl.generator.diagram;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.PlanAnalysis;

/**
 * Draws the diagrams of a plan analysis: the impact map, team alignment, the roadmap and the tool
 * landscape, as SVG text and PNG bytes. Each diagram is built once as a {@link Scene} (laid out with
 * ELK where it is a graph) and rendered twice, so both files show the same picture; the same input
 * gives the same bytes. Findings are drawn on the elements they concern.
 */
public class DiagramGenerator {

	/** The diagram of everything in the analysis, as a complete SVG document that starts with {@code <svg}. */
	public String svg(DiagramKind kind, PlanAnalysis analysis, List<Issue> findings) {
		return svg(kind, analysis, findings, null);
	}

	/**
	 * The diagram of one plan of the analysis (the files whose header is {@code plan <planName>}), or of
	 * everything when {@code planName} is null, as SVG.
	 */
	public String svg(DiagramKind kind, PlanAnalysis analysis, List<Issue> findings, String planName) {
		return SvgRenderer.render(scene(kind, analysis, findings, planName));
	}

	/** The diagram of everything in the analysis as a PNG image. */
	public byte[] png(DiagramKind kind, PlanAnalysis analysis, List<Issue> findings) {
		return png(kind, analysis, findings, null);
	}

	/** The diagram of one plan of the analysis, or of everything when {@code planName} is null, as PNG. */
	public byte[] png(DiagramKind kind, PlanAnalysis analysis, List<Issue> findings, String planName) {
		return PngRenderer.render(scene(kind, analysis, findings, planName));
	}

	Scene scene(DiagramKind kind, PlanAnalysis analysis, List<Issue> findings, String planName) {
		Subject subject = new Subject(analysis, new Findings(findings), planName);
		return switch (kind) {
			case IMPACT_MAP -> ImpactMap.build(subject);
			case TEAM_ALIGNMENT -> TeamAlignment.build(subject);
			case ROADMAP -> Roadmap.build(subject);
			case TOOL_LANDSCAPE -> ToolLandscape.build(subject);
		};
	}
}
