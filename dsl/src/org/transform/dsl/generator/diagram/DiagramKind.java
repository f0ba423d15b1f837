package org.transform.dsl.generator.diagram;

/** The diagrams generated from a plan (LANGUAGE.md, "Generated from the model"). */
public enum DiagramKind {
	/** Goal → indicator → practice → change, changes coloured by lever kind, findings on their elements. */
	IMPACT_MAP("impact-map", "Impact map"),
	/** Teams, {@code part-of}, the goals they own, opposing goals in red. */
	TEAM_ALIGNMENT("team-alignment", "Team alignment"),
	/** Changes on a time line against indicator baselines and goal targets: technology last. */
	ROADMAP("roadmap", "Roadmap"),
	/** Tools by category, channels, the CRM each feeds, redundant categories marked. */
	TOOL_LANDSCAPE("tool-landscape", "Tool landscape");

	private final String fileName;
	private final String title;

	DiagramKind(String fileName, String title) {
		this.fileName = fileName;
		this.title = title;
	}

	/** The kind's part of a file name: {@code impact-map}, {@code team-alignment}, ... */
	public String fileName() {
		return fileName;
	}

	/** The kind's title as a reader sees it: "Impact map". */
	public String title() {
		return title;
	}
}
