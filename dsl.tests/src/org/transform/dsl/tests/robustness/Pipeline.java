package org.transform.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.examples.ExampleWorkspaces;

import com.google.inject.Injector;

/**
 * One fuzz case through everything the language does with a file: parse, link (every reference of
 * the workspace resolved), validate (every check) and format. A failure of any stage is an
 * exception; a finding whose range lies outside the document is a failed assertion.
 *
 * <p>The injector is made here rather than by Xtext's {@code InjectionExtension}: jqwik runs its
 * properties outside JUnit Jupiter's extension model. As the extension does, every case sets up
 * EMF's global registries for the language and restores them afterwards ({@link #inLanguage}), so
 * that the tests of other classes do not see this injector's registrations.
 *
 * <p>The formatter runs as in the editor and the language server, whose formatter requests log a
 * problem and go on: a problem is collected ({@link Outcome#formatterProblems()}) rather than thrown.
 */
final class Pipeline {

	private static TransformInjectorProvider provider;
	private static Injector injector;

	/** The test injector, made on first use (not when the test classes are discovered). */
	static synchronized Injector injector() {
		if (injector == null) {
			provider = new TransformInjectorProvider();
			provider.setupRegistry(); // creates the injector, between snapshots of the global registries
			injector = provider.getInjector();
			provider.restoreRegistry();
		}
		return injector;
	}

	/** Runs the work with EMF's global registries set up for the language, and restores them afterwards. */
	static synchronized <T> T inLanguage(java.util.function.Supplier<T> work) {
		injector();
		provider.setupRegistry();
		try {
			return work.get();
		} finally {
			provider.restoreRegistry();
		}
	}

	/** The organization the random token streams may refer to. */
	static final String ORGANIZATION = """
			organization Acme "Acme Corp"
			team Commercial "Commercial division"
			team Sales "Field sales" { part-of Commercial }
			tool Crm "Salesforce" { category crm  used-by Sales }
			""";

	/** What one case produced. */
	record Outcome(String document, List<Issue> issues, String formatted, boolean syntaxErrors, List<Exception> formatterProblems) {
	}

	private Pipeline() {
	}

	/** The text as a file beside the organization file, in a fresh resource set. */
	static Outcome run(String text) {
		return inLanguage(() -> {
			XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
			load(resourceSet, URI.createURI("memory:/fuzz/acme.transform"), ORGANIZATION);
			XtextResource resource = load(resourceSet, URI.createURI("memory:/fuzz/fuzzed.transform"), text);
			EcoreUtil.resolveAll(resourceSet);
			return checkAndFormat(resource);
		});
	}

	/** The text in place of an example file, in its example workspace (the other files from disk). */
	static Outcome runInExample(Path exampleFile, String text) {
		return inLanguage(() -> {
			XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
			ExampleWorkspaces.load(resourceSet, ExampleWorkspaces.workspaceOf(exampleFile), Map.of(exampleFile.toAbsolutePath().normalize(), text));
			return checkAndFormat(ExampleWorkspaces.resource(resourceSet, exampleFile));
		});
	}

	static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private static Outcome checkAndFormat(XtextResource resource) {
		List<Issue> issues = injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		// the text as the resource has it (a lone surrogate became '?' on the way through UTF-8)
		String document = resource.getParseResult().getRootNode().getText();
		List<Exception> problems = new java.util.ArrayList<>();
		ITextRegionAccess access = injector().getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector().getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		request.setExceptionHandler(problems::add);
		String formatted = access.getRewriter().renderToString(injector().getInstance(IFormatter2.class).format(request));
		return new Outcome(document, issues, formatted, !resource.getErrors().isEmpty(), problems);
	}

	/** Every finding's range lies inside the document: offset and length, first and last line, columns. */
	static void assertRangesInside(Outcome outcome) {
		String document = outcome.document();
		int lineCount = lineCount(document);
		for (Issue issue : outcome.issues()) {
			String what = issue.getCode() + " '" + issue.getMessage() + "' at offset " + issue.getOffset() + ", length " + issue.getLength()
					+ ", line " + issue.getLineNumber() + ":" + issue.getColumn() + " to " + issue.getLineNumberEnd() + ":" + issue.getColumnEnd()
					+ " (document: " + document.length() + " characters, " + lineCount + " lines)";
			assertTrue(issue.getCode() != null && !issue.getCode().isBlank(), () -> "a finding without a code: " + what);
			if (issue.getOffset() != null) {
				assertTrue(issue.getOffset() >= 0 && issue.getOffset() <= document.length(), () -> "offset outside the document: " + what);
				assertTrue(issue.getLength() != null && issue.getLength() >= 0 && issue.getOffset() + issue.getLength() <= document.length(),
						() -> "range beyond the document's end: " + what);
			}
			if (issue.getLineNumber() != null) {
				assertTrue(issue.getLineNumber() >= 1 && issue.getLineNumber() <= lineCount, () -> "line outside the document: " + what);
				assertTrue(issue.getColumn() != null && issue.getColumn() >= 1, () -> "column before the line: " + what);
			}
			if (issue.getLineNumberEnd() != null) {
				assertTrue(issue.getLineNumberEnd() >= issue.getLineNumber() && issue.getLineNumberEnd() <= lineCount,
						() -> "last line outside the document: " + what);
			}
		}
	}

	/** Lines as Xtext and LSP count them: CRLF, LF and a lone CR each end a line. */
	static int lineCount(String text) {
		return text.split("\r\n|\r|\n", -1).length;
	}

	/**
	 * The formatter had no problem, on any input. (It used to find conflicting spaces on some files with
	 * syntax errors; it now leaves an element with a syntax error as written, and 20,000 cases of each
	 * fuzz property found no problem.)
	 */
	static void assertFormatterHadNoProblem(Outcome outcome) {
		for (Exception problem : outcome.formatterProblems()) {
			throw new AssertionError("the formatter failed: " + problem, problem);
		}
	}

	/** Formatting changed only whitespace. */
	static void assertOnlyWhitespaceChanged(Outcome outcome) {
		assertEquals(withoutWhitespace(outcome.document()), withoutWhitespace(outcome.formatted()), "the formatter changed more than whitespace");
	}

	static String withoutWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}
}
