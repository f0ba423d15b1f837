package org.transform.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.List;

import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;

/**
 * Draws the diagrams of a plan analysis: the impact map, team alignment, the roadmap and the tool
 * landscape, as SVG text and PNG bytes. Each diagram is built once as a {@link Scene} (laid out with
 * ELK where it is a graph) and rendered twice, so both files show the same picture; the same input
 * gives the same bytes. Findings are drawn on the elements they concern.
 */
public class DiagramGenerator {

	/** The diagram of everything in the analysis, as a complete SVG document that starts with {@code <svg}. */
	public String svg(DiagramKind kind, PlanAnalysis analysis, List<Finding> findings) {
		return svg(kind, analysis, findings, null);
	}

	/**
	 * The diagram of one plan of the analysis (the files whose header is {@code plan <planName>}), or of
	 * everything when {@code planName} is null, as SVG.
	 */
	public String svg(DiagramKind kind, PlanAnalysis analysis, List<Finding> findings, String planName) {
		return SvgRenderer.render(scene(kind, analysis, findings, planName));
	}

	/** The diagram of everything in the analysis as a PNG image. */
	public byte[] png(DiagramKind kind, PlanAnalysis analysis, List<Finding> findings) {
		return png(kind, analysis, findings, null);
	}

	/** The diagram of one plan of the analysis, or of everything when {@code planName} is null, as PNG. */
	public byte[] png(DiagramKind kind, PlanAnalysis analysis, List<Finding> findings, String planName) {
		return PngRenderer.render(scene(kind, analysis, findings, planName));
	}

	/**
	 * Where the elements of a diagram are drawn, for a viewer that lets the reader pick one: the
	 * diagram's size and each element's box, in the diagram's coordinates (the SVG's; the PNG is
	 * {@code pngWidth / width} times larger).
	 *
	 * @param width the diagram's width
	 * @param height the diagram's height
	 * @param elements the elements drawn, each under its qualified name, in drawing order
	 * @param header the height of the band at the top that holds the title and the legend
	 */
	public record Layout(double width, double height, List<Placed> elements, double header) {
	}

	/** An element of the plan drawn in a diagram: its qualified name ({@code Plan.Goal}) and its box. */
	public record Placed(String element, double x, double y, double width, double height) {

		public boolean contains(double px, double py) {
			return px >= x && px <= x + width && py >= y && py <= y + height;
		}
	}

	/** Where the diagram of one plan (or of everything when {@code planName} is null) draws each element. */
	public Layout layout(DiagramKind kind, PlanAnalysis analysis, List<Finding> findings, String planName) {
		Scene scene = scene(kind, analysis, findings, planName);
		List<Placed> placed = new ArrayList<>();
		collect(scene.items(), placed);
		return new Layout(scene.width(), scene.height(), List.copyOf(placed), header(scene));
	}

	/** The bottom of the title and the legend (the frame's top items), with a little space below. */
	private static double header(Scene scene) {
		double bottom = 0;
		for (Scene.Item item : scene.items()) {
			if (item instanceof Scene.Box box && "legend".equals(box.role())) {
				bottom = Math.max(bottom, box.y() + box.h());
			} else if (item instanceof Scene.Text text && ("diagram-title".equals(text.role()) || "legend-label".equals(text.role()))) {
				bottom = Math.max(bottom, text.y());
			}
		}
		return Math.min(scene.height(), bottom + 6);
	}

	private static void collect(List<Scene.Item> items, List<Placed> placed) {
		for (Scene.Item item : items) {
			if (item instanceof Scene.Group group) {
				double[] box = bounds(group.items());
				if (group.element() != null && box != null && !"finding".equals(group.role())) {
					placed.add(new Placed(group.element(), box[0], box[1], box[2] - box[0], box[3] - box[1]));
				}
				collect(group.items(), placed);
			}
		}
	}

	/** The union of the boxes among the items (x0, y0, x1, y1), or null if there is none. */
	private static double[] bounds(List<Scene.Item> items) {
		double[] box = null;
		for (Scene.Item item : items) {
			double[] inner = item instanceof Scene.Box b ? new double[] {b.x(), b.y(), b.x() + b.w(), b.y() + b.h()}
					: item instanceof Scene.Group g ? bounds(g.items()) : null;
			if (inner != null) {
				box = box == null ? inner
						: new double[] {Math.min(box[0], inner[0]), Math.min(box[1], inner[1]), Math.max(box[2], inner[2]), Math.max(box[3], inner[3])};
			}
		}
		return box;
	}

	Scene scene(DiagramKind kind, PlanAnalysis analysis, List<Finding> findings, String planName) {
		Subject subject = new Subject(analysis, new ElementFindings(findings), planName);
		return switch (kind) {
			case IMPACT_MAP -> ImpactMap.build(subject);
			case TEAM_ALIGNMENT -> TeamAlignment.build(subject);
			case ROADMAP -> Roadmap.build(subject);
			case TOOL_LANDSCAPE -> ToolLandscape.build(subject);
		};
	}
}
