package org.transform.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.generator.diagram.LayeredLayout.Edge;
import org.transform.dsl.generator.diagram.LayeredLayout.Node;
import org.transform.dsl.generator.diagram.LayeredLayout.Place;
import org.transform.dsl.generator.diagram.LayeredLayout.Result;
import org.transform.dsl.generator.diagram.Scene.Box;
import org.transform.dsl.generator.diagram.Scene.Group;
import org.transform.dsl.generator.diagram.Scene.Text;
import org.transform.dsl.model.Adoption;
import org.transform.dsl.model.Channel;
import org.transform.dsl.model.Tool;

/**
 * The tool landscape: tools grouped by category (a category with two or more tools is marked
 * redundant), the integrations between tools, and the channels with the tools they feed, so that a
 * channel or social tool that feeds no CRM stands out.
 */
final class ToolLandscape {

	private static final double GROUP_TITLE_SIZE = 12;
	private static final double GROUP_PADDING = 10;
	private static final String NO_CATEGORY = "(no category)";

	private ToolLandscape() {
	}

	static Scene build(Subject subject) {
		PlanAnalysis analysis = subject.analysis();
		String title = DiagramKind.TOOL_LANDSCAPE.title() + " of the " + subject.describe();

		List<Channel> channels = analysis.channels().stream().filter(subject::covers).toList();
		Set<Tool> tools = new LinkedHashSet<>(analysis.tools());
		if (tools.isEmpty() && channels.isEmpty()) {
			return Frame.empty(title, "Nothing to draw: the " + subject.describe() + " has no tools and no channels yet.");
		}
		Map<String, List<Tool>> categories = new LinkedHashMap<>();
		for (Tool tool : tools) {
			String category = PlanAnalysis.category(tool);
			categories.computeIfAbsent(category == null ? NO_CATEGORY : category, k -> new ArrayList<>()).add(tool);
		}

		Map<String, Node> groups = new LinkedHashMap<>();
		Map<String, String> groupTitles = new LinkedHashMap<>();
		List<Node> nodes = new ArrayList<>();
		for (Map.Entry<String, List<Tool>> entry : categories.entrySet()) {
			String category = entry.getKey();
			boolean redundant = redundant(analysis, category);
			String groupTitle = category + (redundant ? " - " + entry.getValue().size() + " tools: redundant" : "");
			double titleHeight = GROUP_TITLE_SIZE * Figure.LINE_FACTOR + 6;
			Node group = Node.group(Scene.textWidth(groupTitle, GROUP_TITLE_SIZE) + 2 * GROUP_PADDING, titleHeight + 2 * GROUP_PADDING,
					new double[] { GROUP_PADDING + titleHeight, GROUP_PADDING, GROUP_PADDING, GROUP_PADDING });
			groups.put(category, group);
			groupTitles.put(category, groupTitle);
			nodes.add(group);
		}

		Map<EObject, Figure> figures = new LinkedHashMap<>();
		Map<EObject, Node> boxes = new LinkedHashMap<>();
		for (Map.Entry<String, List<Tool>> entry : categories.entrySet()) {
			for (Tool tool : entry.getValue()) {
				Figure figure = new Figure(Subject.qualifiedName(tool), "tool", Subject.name(tool), tool.getTitle(),
						PlanAnalysis.isCrm(tool) ? Palette.CRM : Palette.TOOL, subject.findings().on(tool));
				String users = Subject.teams(tool.getUsedBy());
				if (!users.isEmpty()) {
					figure.detail("used by " + users);
				}
				if (tool.getAdoption() == Adoption.BOTTOM_UP) {
					figure.detail("adopted bottom-up");
				}
				figures.put(tool, figure);
				Node node = Node.in(groups.get(entry.getKey()), figure.width(), figure.height());
				boxes.put(tool, node);
				nodes.add(node);
			}
		}
		for (Channel channel : channels) {
			Figure figure = new Figure(Subject.qualifiedName(channel), "channel", Subject.name(channel), channel.getTitle(), Palette.CHANNEL,
					subject.findings().on(channel));
			if (channel.getKind() != null) {
				figure.detail("kind " + channel.getKind());
			}
			String maintainers = Subject.teams(channel.getMaintainers());
			figure.detail(maintainers.isEmpty() ? "no maintaining team" : "maintained by " + maintainers);
			figure.detail(channel.getFeeds().stream().anyMatch(PlanAnalysis::isCrm) ? "feeds a CRM" : "feeds no CRM");
			figures.put(channel, figure);
			Node node = Node.box(figure.width(), figure.height());
			boxes.put(channel, node);
			nodes.add(node);
		}

		List<Edge> feeds = new ArrayList<>();
		for (Channel channel : channels) {
			for (Tool tool : new LinkedHashSet<>(channel.getFeeds())) {
				if (boxes.containsKey(tool)) {
					feeds.add(new Edge(boxes.get(channel), boxes.get(tool)));
				}
			}
		}
		List<Edge> integrations = new ArrayList<>();
		for (Tool tool : tools) {
			for (Tool other : new LinkedHashSet<>(tool.getIntegratesWith())) {
				if (boxes.containsKey(other) && other != tool) {
					integrations.add(new Edge(boxes.get(tool), boxes.get(other)));
				}
			}
		}
		List<Edge> edges = new ArrayList<>(feeds);
		edges.addAll(integrations);

		Frame frame = new Frame(title);
		frame.legend(Palette.CHANNEL, false, "channel").legend(Palette.TOOL, false, "tool").legend(Palette.CRM, false, "CRM")
				.legend(Palette.WARNING, true, "redundant category or warning").legend(Palette.ERROR, true, "error");
		Result layout = LayeredLayout.rightwards().layout(nodes, edges);
		double dx = frame.left();
		double dy = frame.top();
		groups.forEach((category, group) -> {
			Place p = layout.places().get(group);
			boolean redundant = redundant(analysis, category);
			double x = dx + p.x();
			double y = dy + p.y();
			frame.add(new Group("category", category, redundant ? "redundant-tools: " + categories.get(category).size() + " tools of category "
					+ category + "; rationalise the landscape" : "category " + category,
					List.of(new Box("group", x, y, p.width(), p.height(), 6, Palette.GROUP, redundant ? Palette.WARNING : "#999999",
							redundant ? 2.5 : 1, redundant ? 0 : 4),
							new Text("group-label", x + GROUP_PADDING, y + GROUP_PADDING + GROUP_TITLE_SIZE, groupTitles.get(category),
									GROUP_TITLE_SIZE, redundant ? Palette.WARNING : Palette.INK, true, "start"))));
		});
		for (Edge edge : feeds) {
			line(frame, layout, edge, dx, dy, "feeds", Palette.EDGE, 0);
		}
		for (Edge edge : integrations) {
			line(frame, layout, edge, dx, dy, "integrates-with", Palette.OUTLINE, 4);
		}
		figures.forEach((element, figure) -> {
			Place p = layout.places().get(boxes.get(element));
			frame.add(figure.draw(dx + p.x(), dy + p.y(), p.width(), p.height()));
		});
		return frame.scene(dx + layout.width(), dy + layout.height());
	}

	private static boolean redundant(PlanAnalysis analysis, String category) {
		return !NO_CATEGORY.equals(category) && analysis.toolsOfCategory(category).size() > 1;
	}

	private static void line(Frame frame, Result layout, Edge edge, double dx, double dy, String role, String color, double dash) {
		double[] route = layout.routes().get(edge);
		if (route != null) {
			frame.add(new Scene.Line(role, ImpactMap.shift(route, dx, dy), color, 1.2, dash, true));
		}
	}
}
