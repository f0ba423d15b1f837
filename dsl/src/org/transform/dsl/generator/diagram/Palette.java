package org.transform.dsl.generator.diagram;

import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.transform.dsl.model.LeverKind;

/** The colours of the diagrams, in one place. */
final class Palette {

	static final String INK = "#222222";
	static final String MUTED = "#555555";
	static final String OUTLINE = "#444444";
	static final String EDGE = "#6b6b6b";
	static final String GOAL = "#fde2a7";
	static final String INDICATOR = "#cfe6fb";
	static final String PRACTICE = "#d6f0cf";
	static final String TEAM = "#e4e4f4";
	static final String TOOL = "#eeeeee";
	static final String CRM = "#ffd8a8";
	static final String CHANNEL = "#f7d4e6";
	static final String GROUP = "#fafafa";
	static final String UNKNOWN_LEVER = "#ffffff";
	static final String ERROR = "#d62728";
	static final String WARNING = "#e08a00";
	static final String INFO = "#1f77b4";
	static final String OPPOSED = ERROR;
	static final String BASELINE = "#1f5fa8";
	static final String TARGET = "#2e8b3a";
	static final String DEADLINE = "#777777";
	static final String PERIOD = "#f1f4f8";

	private static final Map<LeverKind, String> LEVERS = Map.of(
			LeverKind.LEADERSHIP, "#c7b5ee",
			LeverKind.ORGANIZATION, "#a9cdf0",
			LeverKind.SKILLS, "#b5e3bf",
			LeverKind.JOB, "#f1df9c",
			LeverKind.TRAINING, "#f6c39b",
			LeverKind.GOVERNANCE, "#cfcfcf",
			LeverKind.POLICY, "#ebbbd6",
			LeverKind.TECHNOLOGY, "#7fb0cc");

	private Palette() {
	}

	static String lever(LeverKind kind) {
		return kind == null ? UNKNOWN_LEVER : LEVERS.get(kind);
	}

	static String severity(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			default -> INFO;
		};
	}
}
