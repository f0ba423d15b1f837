package org.transform.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.transform.benchmarks.PlanGenerator.SourceText;
import org.transform.benchmarks.PlanGenerator.Workspace;
import org.transform.dsl.ide.TransformIdeSetup;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Transform's language services in this process, set up as the command line sets them up
 * ({@link TransformIdeSetup}, log4j off), and the two passes the in-process benchmarks time: the
 * generated ANTLR lexer run to the end of the text, and the command line's check as
 * {@code WorkspaceCheck} does it (every file loaded into one resource set with the index of its names,
 * all references resolved, every file validated), timed phase by phase.
 */
final class Language {

	/** The times of one check, in nanoseconds, and what it found. */
	record CheckTimes(long parse, long index, long link, long validate, int errors, int warnings, int infos, XtextResourceSet resourceSet) {
		long total() {
			return parse + index + link + validate;
		}
	}

	private final Injector injector;
	private final Provider<Lexer> lexers;

	Language() {
		LogManager.resetConfiguration();
		Logger.getRootLogger().setLevel(Level.OFF);
		injector = new TransformIdeSetup().createInjectorAndDoEMFRegistration();
		lexers = injector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
	}

	/** Runs the generated lexer over the text to its end; returns the number of tokens. */
	int tokenize(String text) {
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		int tokens = 0;
		while (lexer.nextToken().getType() != Token.EOF) {
			tokens++;
		}
		return tokens;
	}

	/** Every file tokenized, one lexer per file as the parser does it. */
	int tokenize(Workspace workspace) {
		int tokens = 0;
		for (SourceText file : workspace.files()) {
			tokens += tokenize(file.text());
		}
		return tokens;
	}

	/** Parse, link and validate the workspace as {@code transform check} does; the resource set is kept in the result. */
	CheckTimes check(Workspace workspace) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		IResourceDescription.Manager descriptions = injector.getInstance(IResourceDescription.Manager.class);
		Path root = Path.of("/benchmark/workspace");
		long start = System.nanoTime();
		List<XtextResource> resources = new ArrayList<>();
		for (SourceText file : workspace.files()) {
			XtextResource resource = (XtextResource) factory.createResource(URI.createFileURI(root.resolve(file.path()).toString()));
			resourceSet.getResources().add(resource);
			try {
				resource.load(new LazyStringInputStream(file.text(), StandardCharsets.UTF_8.name()),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			resources.add(resource);
		}
		long parsed = System.nanoTime();
		// the command line's index of the workspace's names (WorkspaceCheck)
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(resources.stream().map(descriptions::getResourceDescription).toList()));
		long indexed = System.nanoTime();
		EcoreUtil.resolveAll(resourceSet);
		long linked = System.nanoTime();
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (XtextResource resource : resources) {
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				switch (issue.getSeverity()) {
					case ERROR -> errors++;
					case WARNING -> warnings++;
					case INFO -> infos++;
					default -> {
					}
				}
			}
		}
		long validated = System.nanoTime();
		return new CheckTimes(parsed - start, indexed - parsed, linked - indexed, validated - linked, errors, warnings, infos, resourceSet);
	}

	/** Writes the workspace's files below the folder. */
	static void write(Workspace workspace, Path folder) {
		try {
			for (SourceText file : workspace.files()) {
				Path path = folder.resolve(file.path());
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.text(), StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
