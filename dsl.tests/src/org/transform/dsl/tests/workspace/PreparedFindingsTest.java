package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.workspace.CoreFindings;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.validation.Workspace;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Inject;

/**
 * A build that validates on several threads turns each file's issues into findings there
 * ({@link CoreFindings#prepare}); the core publishes those findings when it is handed the very issues of
 * the very resource they were made from, and makes them again from anything else.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class PreparedFindingsTest {

	private static final String PLAN = """
			plan Sales
			goal CloseFaster { lower NoSuchIndicator to 60 }
			practice Nothing { lowers AlsoMissing }
			""";

	@Inject
	private Workspace workspace;

	private Resource resource;
	private URI uri;
	private List<Issue> issues;
	private final CoreFindings findings = new CoreFindings();

	@BeforeEach
	void validatePlan(@TempDir Path folder) {
		workspace.in(folder);
		TransformFile file = workspace.fileAsTyped("plan.transform", PLAN);
		resource = file.eResource();
		uri = resource.getURI();
		issues = workspace.validate(file);
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.BROKEN_REFERENCE.equals(i.getCode())), "the plan has findings: " + issues);
		findings.keep();
	}

	@Test
	public void theFindingsMadeAheadArePublishedForTheSameIssues() {
		List<Finding> prepared = findings.prepare(uri, issues, resource);

		findings.accept(uri, null, new ArrayList<>(issues), resource);

		assertSame(prepared, findings.of(uri));
		assertEquals(fresh().of(uri), prepared, "the findings of the issues, as made on publishing");
	}

	@Test
	public void otherIssuesOfTheFileAreMadeIntoFindingsAgain() {
		List<Finding> prepared = findings.prepare(uri, issues, resource);
		List<Issue> againValidated = workspace.validate((TransformFile) resource.getContents().get(0));

		findings.accept(uri, null, againValidated, resource);

		assertNotSame(prepared, findings.of(uri));
		assertEquals(prepared, findings.of(uri), "the same file validated again: the same findings, made again");
	}

	@Test
	public void fewerIssuesThanPreparedAreMadeIntoFindingsAgain() {
		findings.prepare(uri, issues, resource);

		findings.accept(uri, null, issues.subList(0, 1), resource);

		assertEquals(1, findings.of(uri).size(), "the one issue published: " + findings.of(uri));
	}

	@Test
	public void nothingIsPreparedWhileFindingsAreNotKept() {
		CoreFindings notKept = new CoreFindings();

		assertEquals(List.of(), notKept.prepare(uri, issues, resource));
		notKept.keep();
		notKept.accept(uri, null, issues, resource);
		assertEquals(fresh().of(uri), notKept.of(uri));
	}

	/** The findings of the plan's issues made on publishing them, with nothing prepared. */
	private CoreFindings fresh() {
		CoreFindings fresh = new CoreFindings();
		fresh.keep();
		fresh.accept(uri, null, issues, resource);
		return fresh;
	}
}
