package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.transform.dsl.validation.IssueCodes.MEASUREMENT_FILE;
import static org.transform.dsl.validation.IssueCodes.MEASUREMENT_OUT_OF_RANGE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.analysis.MeasurementFile;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;

/**
 * A plan is shared, and its findings are published: the file a {@code measurements … from} names is
 * read only when it is a regular file inside the plan's workspace, and a finding never quotes more
 * than a short, harmless excerpt of what it read. Each refusal is one {@code measurement-file} error
 * on the block, and the secret next door never appears in any message.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class MeasurementConfinementTest {

	private static final String SECRET = "root:$6$secret-hash-that-must-not-leak:20228:0:99999:7:::";

	@Inject
	private Workspace workspace;

	@TempDir
	Path root;

	/** The workspace is {@code root/ws}; {@code root/secret.txt} lies outside it. */
	private TransformFile planReading(String from) throws Exception {
		Files.writeString(root.resolve("secret.txt"), SECRET + "\n");
		workspace.in(root.resolve("ws"));
		return workspace.file("plan.transform", """
				plan Sales { period 2026-01 to 2027-12 }
				indicator SalesCycle { unit days  better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				measurements SalesCycle from "%s"
				""".formatted(from));
	}

	private Issue refused(TransformFile plan, String... messageParts) {
		Measurements block = (Measurements) plan.getElements().get(1);
		Issue issue = workspace.assertError(block, MEASUREMENT_FILE, messageParts);
		List<Issue> all = workspace.validate(plan);
		for (Issue each : all) {
			assertFalse(each.getMessage().contains("secret-hash"), () -> "a finding quotes the file outside the workspace: " + each.getMessage());
		}
		workspace.assertNoIssue(plan, MEASUREMENT_OUT_OF_RANGE);
		return issue;
	}

	@Test
	public void anAbsolutePathIsRefusedWithoutReadingTheFile() throws Exception {
		TransformFile plan = planReading(root.resolve("secret.txt").toString().replace('\\', '/'));
		refused(plan, "is not a path relative to this plan file", "copy the file next to the plan");
	}

	@Test
	public void aFileUriIsRefused() throws Exception {
		refused(planReading(root.resolve("secret.txt").toUri().toString()), "is not a path relative to this plan file");
	}

	@Test
	public void aPathLeavingTheWorkspaceIsRefused() throws Exception {
		refused(planReading("../secret.txt"), "lies outside the plan's workspace", MeasurementFile.MARKER);
	}

	@Test
	public void aHomeFolderPathIsRefused() throws Exception {
		refused(planReading("~/.ssh/id_rsa"), "is not a path relative to this plan file");
	}

	@Test
	public void aSymbolicLinkLeadingOutOfTheWorkspaceIsRefused() throws Exception {
		TransformFile plan = planReading("data/linked.csv");
		Path link = root.resolve("ws/data/linked.csv");
		Files.createDirectories(link.getParent());
		try {
			Files.createSymbolicLink(link, root.resolve("secret.txt"));
		} catch (UnsupportedOperationException | java.io.IOException e) {
			assumeTrue(false, "symbolic links are not supported here: " + e);
		}
		refused(plan, "is a symbolic link to a place outside the plan's workspace");
	}

	@Test
	public void aPipeIsRefusedWithoutBlocking() throws Exception {
		TransformFile plan = planReading("data/pipe.csv");
		Path pipe = root.resolve("ws/data/pipe.csv");
		Files.createDirectories(pipe.getParent());
		int made;
		try {
			made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
		} catch (java.io.IOException e) {
			made = -1;
		}
		assumeTrue(made == 0 && Files.exists(pipe), "mkfifo is not available here");
		// opening a pipe with no writer blocks forever: the check must not open it
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused(plan, "is not a regular file (a pipe or a device)"));
	}

	@Test
	public void aFolderIsRefused() throws Exception {
		TransformFile plan = planReading("data");
		Files.createDirectories(root.resolve("ws/data"));
		refused(plan, "is a folder");
	}

	@Test
	public void aWorkspaceMarkerLetsPlansInSubfoldersReadSharedData() throws Exception {
		workspace.in(root);
		Files.writeString(root.resolve(MeasurementFile.MARKER), "");
		workspace.data("data/sales-cycle.csv", "2026-02-28,92\n");
		TransformFile plan = workspace.file("plans/plan.transform", """
				plan Sales { period 2026-01 to 2027-12 }
				indicator SalesCycle { unit days  better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				measurements SalesCycle from "../data/sales-cycle.csv"
				""");
		workspace.assertNoIssues(plan);
	}

	@Test
	public void withoutAMarkerTheWorkspaceIsThePlansFolder() throws Exception {
		workspace.in(root);
		workspace.data("data/sales-cycle.csv", "2026-02-28,92\n");
		TransformFile plan = workspace.file("plans/plan.transform", """
				plan Sales { period 2026-01 to 2027-12 }
				indicator SalesCycle { unit days  better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
				measurements SalesCycle from "../data/sales-cycle.csv"
				""");
		workspace.assertError(plan.getElements().get(1), MEASUREMENT_FILE, "lies outside the plan's workspace");
	}

	@Test
	public void aBadRowIsQuotedShortAndWithoutControlCharacters() throws Exception {
		TransformFile plan = planReading("data/rows.csv");
		workspace.data("data/rows.csv", "2026-02-28,92\n\u001B]0;pwned\u0007\u001B[2J" + "x".repeat(500) + "\n");
		Issue issue = workspace.assertError(plan.getElements().get(1), MEASUREMENT_OUT_OF_RANGE, "data/rows.csv:2: expected 'date,value'");
		String message = issue.getMessage();
		assertTrue(message.chars().noneMatch(Character::isISOControl), () -> "control characters in: " + message);
		assertFalse(message.contains("x".repeat(30)), () -> "more than a short excerpt of the row: " + message);
		assertTrue(message.contains("?]0;pwned??[2J"), () -> "the excerpt shows where the row is: " + message);
	}

	@Test
	public void aFileWithinTheWorkspaceIsStillRead() throws Exception {
		TransformFile plan = planReading("data/sales.csv");
		workspace.data("data/sales.csv", "2026-02-28,92\n2031-01-31,60\n");
		Issue issue = workspace.assertError(plan.getElements().get(1), MEASUREMENT_OUT_OF_RANGE, "data/sales.csv:2");
		assertEquals(1, workspace.issues(plan, MEASUREMENT_OUT_OF_RANGE).size(), issue::getMessage);
	}
}
