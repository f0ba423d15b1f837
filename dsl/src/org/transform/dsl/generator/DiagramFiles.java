package org.transform.dsl.generator;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

/**
 * The diagram files of a plan: {@code <PlanName>-<kind>.svg} and {@code .png}. Plan names come from
 * the model, so they are reduced to {@code [A-Za-z0-9_-]}: no name can make a file leave the folder
 * it is written to, and names alike after the reduction are told apart ({@link #fileBase}). Used by the language's generator and by the command line alike.
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
	public List<DiagramFile> files(String planName, PlanAnalysis analysis, List<Finding> findings, Collection<DiagramKind> kinds,
			Collection<Format> formats) {
		List<DiagramFile> files = new ArrayList<>();
		String start = fileBase(planName, alikeNames(analysis));
		for (DiagramKind kind : DiagramKind.values()) {
			if (!kinds.contains(kind)) {
				continue;
			}
			String base = start + "-" + kind.fileName();
			if (formats.contains(Format.SVG)) {
				files.add(new DiagramFile(base + ".svg", diagrams.svg(kind, analysis, findings, planName).getBytes(StandardCharsets.UTF_8)));
			}
			if (formats.contains(Format.PNG)) {
				files.add(new DiagramFile(base + ".png", diagrams.png(kind, analysis, findings, planName)));
			}
		}
		return files;
	}

	/** Longer plan names are cut, with a hash of the whole name, so that a file name stays within a file system's limits. */
	static final int MAX_BASE = 80;

	/**
	 * The start of a plan's diagram file names: its name made safe ({@link #fileName(String)}), unique
	 * among the workspace's plans and short. When the reduction makes two plans' names alike
	 * ({@code A.B} and {@code A_B}), or a name is longer than {@value #MAX_BASE} characters, the name
	 * gets a hash of the plan's whole name ({@code A_B-1f3a9c0d}), so that one plan's files never
	 * overwrite another's and the same plan always gets the same files.
	 */
	public static String fileBase(String planName, Collection<String> planNames) {
		return fileBase(planName, alike(planNames));
	}

	private static String fileBase(String planName, Set<String> alikeNames) {
		String reduced = fileName(planName);
		if (!alikeNames.contains(reduced) && reduced.length() <= MAX_BASE) {
			return reduced;
		}
		return reduced.substring(0, Math.min(reduced.length(), MAX_BASE)) + "-" + hash(planName);
	}

	private static String hash(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(name).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** The reduced names that two or more different plan names reduce to. */
	private static Set<String> alike(Collection<String> planNames) {
		Map<String, String> first = new HashMap<>();
		Set<String> alike = new HashSet<>();
		for (String name : planNames) {
			String reduced = fileName(name);
			String before = first.putIfAbsent(reduced, name);
			if (before != null && !before.equals(name)) {
				alike.add(reduced);
			}
		}
		return alike;
	}

	/** {@link #alike(Collection)} of the workspace's plans, found once per analysis (each plan's files ask). */
	private synchronized Set<String> alikeNames(PlanAnalysis analysis) {
		if (alikeOf.get() != analysis) {
			List<String> names = new ArrayList<>();
			for (TransformFile file : analysis.files()) {
				if (file.getHeader() instanceof Plan plan && plan.getName() != null) {
					names.add(plan.getName());
				}
			}
			alikeOf = new WeakReference<>(analysis);
			alikeNames = alike(names);
		}
		return alikeNames;
	}

	private WeakReference<PlanAnalysis> alikeOf = new WeakReference<>(null);
	private Set<String> alikeNames = Set.of();

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
