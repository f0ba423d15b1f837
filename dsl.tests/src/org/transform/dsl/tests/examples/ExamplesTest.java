package org.transform.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.transform.dsl.ide.workspace.PlanCore;


/**
 * The example workspaces say what the validator says about them: the sales workspace is clean, the
 * social-business workspace has exactly its deliberate problems (each marked by a comment in the
 * files). A finding that appears or vanishes fails the test; so does a new workspace without an
 * expectation here.
 */
public class ExamplesTest {

	/** One finding, as {@code file:line severity code}; the file relative to its workspace. */
	private record Line(String file, int line, String severity, String code) {
		@Override
		public String toString() {
			return file + ":" + line + " " + severity + " " + code;
		}
	}

	@Test
	public void everyWorkspaceHasItsExpectation() {
		assertEquals(List.of("maven", "sales", "social-business"),
				ExampleWorkspaces.workspaces().stream().map(w -> w.getFileName().toString()).toList());
	}

	/** A sound plan whose two targets are truly behind: LeadAcceptanceRate and SalesCycle (examples/sales/README.md). */
	@Test
	public void salesIsSoundButTwoTargetsAreOffTrack() {
		assertEquals("""
				marketing-effectiveness.transform:31 warning target-off-track
				sales-transformation.transform:61 warning target-off-track
				""", findings("sales"));
	}

	/** The Maven example's plans (a copy of the sales workspace) build without an error. */
	@Test
	public void mavenHasTheSalesFindings() {
		assertEquals("""
				src/main/transform/marketing-effectiveness.transform:31 warning target-off-track
				src/main/transform/sales-transformation.transform:61 warning target-off-track
				""", findings("maven"));
	}

	@Test
	public void socialBusinessHasExactlyItsDeliberateProblems() {
		assertEquals("""
				orbis.transform:63 warning redundant-tools
				orbis.transform:71 warning redundant-tools
				social-business.transform:21 warning indicator-missing
				social-business.transform:96 error opposing-goals-in-team
				social-business.transform:101 error opposing-goals-in-team
				social-business.transform:103 warning goal-without-practice
				social-business.transform:103 warning target-off-track
				social-business.transform:139 warning technology-only
				social-business.transform:195 error technology-before-indicator
				social-business.transform:223 warning technology-without-training
				social-business.transform:253 info bottom-up-ignored
				social-business.transform:273 warning redundant-tools
				social-business.transform:296 warning policy-without-goal
				social-presence.transform:10 warning redundant-tools
				social-presence.transform:19 warning redundant-tools
				social-presence.transform:27 warning social-silo
				social-presence.transform:35 error channel-without-goal-or-maintainer
				""", findings("social-business"));
	}

	/**
	 * The findings of the workspace as the workspace core gives them to every face (loaded, linked and
	 * validated by the language server's builder), sorted by file and line, one a line.
	 */
	private String findings(String name) {
		Path workspace = ExampleWorkspaces.workspace(name);
		try (PlanCore core = PlanCore.start(List.of(workspace))) {
			return core.allFindings().stream()
					.map(f -> new Line(workspace.relativize(Path.of(f.uri().toFileString())).toString().replace('\\', '/'), f.line(),
							f.level().label(), f.code()))
					.sorted(Comparator.comparing(Line::file).thenComparingInt(Line::line).thenComparing(Line::severity).thenComparing(Line::code))
					.map(line -> line + "\n").collect(Collectors.joining());
		}
	}
}
