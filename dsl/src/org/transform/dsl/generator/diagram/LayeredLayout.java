package org.transform.dsl.generator.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places boxes and routes the lines between them with ELK's layered algorithm. The graph is split
 * into its connected components, each laid out on its own (a goal's subtree is one) and stacked
 * one below the other: many small layouts are much faster than one large one, and the result reads
 * top to bottom. Boxes may sit in one level of groups (a tool in its category).
 */
final class LayeredLayout {

	/** A box to place: its size, and the group it sits in (or null). Nodes are told apart by identity. */
	static final class Node {
		private final double width;
		private final double height;
		private final Node group;
		private final double[] groupPadding;

		private Node(double width, double height, Node group, double[] groupPadding) {
			this.width = width;
			this.height = height;
			this.group = group;
			this.groupPadding = groupPadding;
		}

		static Node box(double width, double height) {
			return new Node(width, height, null, null);
		}

		/** A group whose title needs {@code padding} = top, right, bottom, left around its boxes. */
		static Node group(double minWidth, double minHeight, double[] padding) {
			return new Node(minWidth, minHeight, null, padding);
		}

		static Node in(Node group, double width, double height) {
			return new Node(width, height, group, null);
		}

		double width() {
			return width;
		}

		double height() {
			return height;
		}

		Node group() {
			return group;
		}

		double[] groupPadding() {
			return groupPadding;
		}

		boolean isGroup() {
			return groupPadding != null;
		}
	}

	/** A line from one box to another. Edges are told apart by identity. */
	static final class Edge {
		private final Node from;
		private final Node to;

		Edge(Node from, Node to) {
			this.from = from;
			this.to = to;
		}

		Node from() {
			return from;
		}

		Node to() {
			return to;
		}
	}

	/** Where a box ended up (absolute). */
	record Place(double x, double y, double width, double height) {
	}

	/** The layout: boxes' places, lines' points (x0, y0, x1, y1, ...), and the size of it all. */
	record Result(Map<Node, Place> places, Map<Edge, double[]> routes, double width, double height) {
	}

	private static final double COMPONENT_GAP = 32;

	private final Direction direction;
	private final double nodeSpacing;
	private final double layerSpacing;

	LayeredLayout(Direction direction, double nodeSpacing, double layerSpacing) {
		this.direction = direction;
		this.nodeSpacing = nodeSpacing;
		this.layerSpacing = layerSpacing;
	}

	static LayeredLayout rightwards() {
		return new LayeredLayout(Direction.RIGHT, 16, 56);
	}

	static LayeredLayout downwards() {
		return new LayeredLayout(Direction.DOWN, 24, 48);
	}

	/** Lays out the boxes (in their order) and lines; the result starts at (0, 0). */
	Result layout(List<Node> nodes, List<Edge> edges) {
		ElkMetaData.ensureRegistered();
		List<List<Node>> components = components(nodes, edges);
		Map<Node, Place> places = new LinkedHashMap<>();
		Map<Edge, double[]> routes = new LinkedHashMap<>();
		Map<Node, Integer> componentOf = new java.util.IdentityHashMap<>();
		for (int c = 0; c < components.size(); c++) {
			for (Node n : components.get(c)) {
				componentOf.put(n, c);
			}
		}
		List<List<Edge>> edgesOf = new ArrayList<>();
		for (int c = 0; c < components.size(); c++) {
			edgesOf.add(new ArrayList<>());
		}
		for (Edge e : edges) {
			edgesOf.get(componentOf.get(e.from())).add(e);
		}
		double y = 0;
		double width = 0;
		for (int c = 0; c < components.size(); c++) {
			double height = layoutComponent(components.get(c), edgesOf.get(c), 0, y, places, routes);
			for (Node n : components.get(c)) {
				Place p = places.get(n);
				width = Math.max(width, p.x() + p.width());
			}
			y += height + COMPONENT_GAP;
		}
		return new Result(places, routes, width, Math.max(0, y - COMPONENT_GAP));
	}

	/** @return the component's height */
	private double layoutComponent(List<Node> nodes, List<Edge> edges, double dx, double dy, Map<Node, Place> places,
			Map<Edge, double[]> routes) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, direction);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, nodeSpacing);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		boolean grouped = nodes.stream().anyMatch(Node::isGroup);
		if (grouped) {
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		}
		Map<Node, ElkNode> elk = new LinkedHashMap<>();
		for (Node n : nodes) {
			if (n.group() == null) {
				elk.put(n, create(root, n));
			}
		}
		for (Node n : nodes) {
			if (n.group() != null) {
				elk.put(n, create(elk.get(n.group()), n));
			}
		}
		Map<Edge, ElkEdge> elkEdges = new LinkedHashMap<>();
		for (Edge e : edges) {
			elkEdges.put(e, ElkGraphUtil.createSimpleEdge(elk.get(e.from()), elk.get(e.to())));
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		for (Map.Entry<Node, ElkNode> entry : elk.entrySet()) {
			ElkNode n = entry.getValue();
			double[] origin = origin(n.getParent());
			places.put(entry.getKey(), new Place(dx + origin[0] + n.getX(), dy + origin[1] + n.getY(), n.getWidth(), n.getHeight()));
		}
		for (Map.Entry<Edge, ElkEdge> entry : elkEdges.entrySet()) {
			ElkEdge e = entry.getValue();
			if (e.getSections().isEmpty()) {
				continue;
			}
			double[] origin = origin(e.getContainingNode());
			ElkEdgeSection s = e.getSections().get(0);
			double[] points = new double[4 + 2 * s.getBendPoints().size()];
			int i = 0;
			points[i++] = dx + origin[0] + s.getStartX();
			points[i++] = dy + origin[1] + s.getStartY();
			for (ElkBendPoint b : s.getBendPoints()) {
				points[i++] = dx + origin[0] + b.getX();
				points[i++] = dy + origin[1] + b.getY();
			}
			points[i++] = dx + origin[0] + s.getEndX();
			points[i++] = dy + origin[1] + s.getEndY();
			routes.put(entry.getKey(), points);
		}
		return root.getHeight();
	}

	private static ElkNode create(ElkNode parent, Node n) {
		ElkNode node = ElkGraphUtil.createNode(parent);
		node.setDimensions(n.width(), n.height());
		if (n.isGroup()) {
			double[] p = n.groupPadding();
			node.setProperty(CoreOptions.PADDING, new ElkPadding(p[0], p[1], p[2], p[3]));
			node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(n.width(), n.height()));
		}
		return node;
	}

	/** The absolute position of a node's top left corner; the root is at (0, 0). */
	private static double[] origin(ElkNode node) {
		double x = 0;
		double y = 0;
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			x += n.getX();
			y += n.getY();
		}
		return new double[] { x, y };
	}

	/** The connected components, each in the order of {@code nodes}, ordered by their first node. */
	private static List<List<Node>> components(List<Node> nodes, List<Edge> edges) {
		Map<Node, Integer> index = new java.util.IdentityHashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i), i);
		}
		int[] parent = new int[nodes.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (Edge e : edges) {
			union(parent, index.get(e.from()), index.get(e.to()));
		}
		for (Node n : nodes) {
			if (n.group() != null) {
				union(parent, index.get(n), index.get(n.group()));
			}
		}
		Map<Integer, List<Node>> byRoot = new LinkedHashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(nodes.get(i));
		}
		return new ArrayList<>(byRoot.values());
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		int ra = find(parent, a);
		int rb = find(parent, b);
		if (ra != rb) {
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	}

	/** ELK inside OSGi does not discover its algorithms: they are registered once, here. */
	private static final class ElkMetaData {
		static {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}

		static void ensureRegistered() {
			// the static initialiser has run
		}
	}
}
