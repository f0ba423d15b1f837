package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.Today;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A workspace of {@code .transform} files for tests: each file is written under a folder (a JUnit
 * {@code @TempDir}) and loaded from its real {@code file:} URI into one resource set, so that
 * references, the plan analysis and measurement CSV files resolve across files as they do for the
 * command line. Inject one per test and point it at the test's folder with {@link #in(Path)}.
 */
public final class Workspace {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ValidationTestHelper validation;

	/**
	 * The organization most tests plan for: Commercial contains Sales and Marketing (siblings), Sales
	 * contains PreSales; Support stands alone.
	 */
	public static final String ACME = """
			organization Acme "Acme Corp"
			team Commercial "Commercial division"
			team Sales "Field sales" { part-of Commercial }
			team PreSales "Pre-sales engineering" { part-of Sales }
			team Marketing "Marketing" { part-of Commercial }
			team Support "Customer support"
			""";

	private Path folder;
	private XtextResourceSet resourceSet;

	/** Starts an empty workspace in the folder. */
	public Workspace in(Path folder) {
		this.folder = folder;
		this.resourceSet = resourceSets.get();
		return this;
	}

	/** Fixes the day that rules comparing with the calendar (indicator-stale) count up to. */
	public Workspace today(LocalDate date) {
		Today.set(resourceSet, date);
		return this;
	}

	/** Writes and loads a file that must parse without syntax errors. */
	public TransformFile file(String path, String text) {
		TransformFile file = fileAsTyped(path, text);
		List<Resource.Diagnostic> errors = file.eResource().getErrors();
		assertTrue(errors.isEmpty(), () -> path + " does not parse: " + errors.stream().map(Resource.Diagnostic::getMessage).toList());
		return file;
	}

	/** Writes {@link #ACME} to {@code acme.transform}. */
	public TransformFile organization() {
		return file("acme.transform", ACME);
	}

	/** Writes and loads a file as an author may have typed it, syntax errors included. */
	public TransformFile fileAsTyped(String path, String text) {
		URI uri = URI.createFileURI(write(path, text).toString());
		Resource resource = resourceSet.getResource(uri, true);
		assertTrue(!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TransformFile,
				() -> path + " yields no Transform file");
		return (TransformFile) resource.getContents().get(0);
	}

	/** Writes a data file (a measurement CSV) next to the plans. */
	public Path data(String path, String text) {
		return write(path, text);
	}

	private Path write(String path, String text) {
		Objects.requireNonNull(folder, "call in(folder) first");
		Path target = folder.resolve(path).toAbsolutePath().normalize();
		try {
			Files.createDirectories(target.getParent());
			Files.writeString(target, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	/** All findings on the file: syntax, linking and validation, as the editor and the CLI show them. */
	public List<Issue> validate(TransformFile file) {
		return validation.validate(file);
	}

	/** The findings with the code on the file. */
	public List<Issue> issues(TransformFile file, String code) {
		return validate(file).stream().filter(i -> code.equals(i.getCode())).toList();
	}

	/** The element of the file with the type and name. */
	public <T extends EObject> T element(TransformFile file, Class<T> type, String name) {
		for (T candidate : EcoreUtil2.getAllContentsOfType(file, type)) {
			Object value = candidate.eGet(candidate.eClass().getEStructuralFeature("name"));
			if (name.equals(value)) {
				return candidate;
			}
		}
		return fail("no " + type.getSimpleName() + " named " + name + " in " + file.eResource().getURI().lastSegment());
	}

	/**
	 * Asserts that exactly one finding with the code and severity is on the element itself (not on
	 * an element inside or around it) and that its message contains the parts; returns it.
	 */
	public Issue assertIssue(EObject element, Severity severity, String code, String... messageParts) {
		TransformFile file = (TransformFile) EcoreUtil2.getRootContainer(element);
		List<Issue> all = validate(file);
		List<Issue> onElement = all.stream()
				.filter(i -> code.equals(i.getCode()) && i.getSeverity() == severity && problemOf(i) == element)
				.toList();
		assertEquals(1, onElement.size(), () -> "expected one " + severity + " '" + code + "' on " + describe(element) + ", found: "
				+ render(all));
		Issue issue = onElement.get(0);
		for (String part : messageParts) {
			assertTrue(issue.getMessage().contains(part), () -> "message lacks '" + part + "': " + issue.getMessage());
		}
		return issue;
	}

	public Issue assertError(EObject element, String code, String... messageParts) {
		return assertIssue(element, Severity.ERROR, code, messageParts);
	}

	public Issue assertWarning(EObject element, String code, String... messageParts) {
		return assertIssue(element, Severity.WARNING, code, messageParts);
	}

	public Issue assertInfo(EObject element, String code, String... messageParts) {
		return assertIssue(element, Severity.INFO, code, messageParts);
	}

	/** Asserts that no finding with the code is anywhere in the file. */
	public void assertNoIssue(TransformFile file, String code) {
		List<Issue> found = issues(file, code);
		assertTrue(found.isEmpty(), () -> "expected no '" + code + "' in " + file.eResource().getURI().lastSegment() + ", found: "
				+ render(found));
	}

	/** Asserts that the files have no finding at all, of any severity. */
	public void assertNoIssues(TransformFile... files) {
		for (TransformFile file : files) {
			List<Issue> found = validate(file);
			assertTrue(found.isEmpty(), () -> "expected no findings in " + file.eResource().getURI().lastSegment() + ", found: "
					+ render(found));
		}
	}

	/** The element a finding is on. */
	public EObject problemOf(Issue issue) {
		return issue.getUriToProblem() == null ? null : resourceSet.getEObject(issue.getUriToProblem(), true);
	}

	private String render(List<Issue> issues) {
		if (issues.isEmpty()) {
			return "nothing";
		}
		return issues.stream().map(i -> "\n  " + i.getSeverity() + " " + i.getCode() + " on " + describe(problemOf(i)) + ": " + i.getMessage())
				.collect(Collectors.joining());
	}

	private static String describe(EObject element) {
		if (element == null) {
			return "?";
		}
		var name = element.eClass().getEStructuralFeature("name");
		return element.eClass().getName() + (name == null ? "" : " " + element.eGet(name))
				+ (element.eResource() == null ? "" : " (" + element.eResource().getURI().lastSegment() + ")");
	}
}
