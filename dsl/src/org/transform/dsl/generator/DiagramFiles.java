package org.transform.dsl.generator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.generator.diagram.DiagramKind;

import com.google.inject.Inject;

/**
 * The diagram files of a plan: {@code <PlanName>-<kind>.svg} and {@code .png}. Plan names come from
 * the model, so they are reduced to {@code [A-Za-z0-9_-]}: no name can make a file leave the folder
 * it is written to. Used by the language's generator and by the command line alike.
 */
public class DiagramFiles {

	/** The formats a diagram is written in. */
	public enum Format {
		SVG, PNG;

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** A file to write: its name (no folder) and its content. */
	public record DiagramFile(String name, byte[] content) {
	}

	@Inject
	private DiagramGenerator diagrams;

	/** The files of the plan's diagrams of the given kinds and formats, kinds first, SVG before PNG. */
	public List<DiagramFile> files(String planName, PlanAnalysis analysis, List<Issue> findings, Collection<DiagramKind> kinds,
			Collection<Format> formats) {
		List<DiagramFile> files = new ArrayList<>();
		for (DiagramKind kind : DiagramKind.values()) {
			if (!kinds.contains(kind)) {
				continue;
			}
			String base = fileName(planName) + "-" + kind.fileName();
			if (formats.contains(Format.SVG)) {
				files.add(new DiagramFile(base + ".svg", diagrams.svg(kind, analysis, findings, planName).getBytes(StandardCharsets.UTF_8)));
			}
			if (formats.contains(Format.PNG)) {
				files.add(new DiagramFile(base + ".png", diagrams.png(kind, analysis, findings, planName)));
			}
		}
		return files;
	}

	/**
	 * A name from the model made safe as a file name: every character outside {@code [A-Za-z0-9_-]}
	 * becomes '_' ({@code Acme.Sales} → {@code Acme_Sales}, {@code ../../x} → {@code ______x}); an empty
	 * name becomes {@code plan}.
	 */
	public static String fileName(String planName) {
		if (planName == null || planName.isEmpty()) {
			return "plan";
		}
		StringBuilder name = new StringBuilder(planName.length());
		for (int i = 0; i < planName.length(); i++) {
			char c = planName.charAt(i);
			name.append(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' ? c : '_');
		}
		return name.toString();
	}
}
