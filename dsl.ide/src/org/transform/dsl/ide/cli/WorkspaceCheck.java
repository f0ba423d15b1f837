package org.transform.dsl.ide.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
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
import org.transform.dsl.analysis.Today;
import org.transform.dsl.ide.cli.SourceFiles.SourceFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Checks a workspace of Transform files the way the editor does: every file is loaded into one
 * resource set first, so that references and cross-file checks see the whole workspace, and only
 * then is each file validated (syntax, linking and every check).
 */
public class WorkspaceCheck {

	/** The code given to findings that come without one (none of Transform's own checks does that). */
	public static final String UNCLASSIFIED = "unclassified";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private IResourceValidator validator;

	/** The files of a workspace, loaded into one resource set, in the order they were given. */
	public record LoadedWorkspace(XtextResourceSet resourceSet, Map<XtextResource, SourceFile> files) {
	}

	/** The findings of all files, in {@link Finding#ORDER}. */
	public List<Finding> check(List<SourceFile> files) {
		return check(files, parseThreads());
	}

	/** The findings of all files checked on the day given (indicator-stale counts up to it), in {@link Finding#ORDER}. */
	public List<Finding> check(List<SourceFile> files, LocalDate today) {
		LoadedWorkspace workspace = load(files, parseThreads());
		Today.set(workspace.resourceSet(), today);
		return findings(workspace, validate(workspace));
	}

	/** {@link #check(List)} with the files parsed on {@code threads} threads. */
	public List<Finding> check(List<SourceFile> files, int threads) {
		LoadedWorkspace workspace = load(files, threads);
		return findings(workspace, validate(workspace));
	}

	/**
	 * Loads every file into one resource set before anything is validated, so that references and
	 * cross-file checks see the whole workspace. The files are parsed on {@link #parseThreads()}
	 * threads, each into a resource of its own; only then, on this thread, are they added to the
	 * resource set (which is not thread-safe), in the order given.
	 */
	public LoadedWorkspace load(List<SourceFile> files) {
		return load(files, parseThreads());
	}

	/** {@link #load(List)} with the files parsed on {@code threads} threads (1: one after another, on this thread). */
	public LoadedWorkspace load(List<SourceFile> files, int threads) {
		List<XtextResource> parsed = parse(files, threads);
		XtextResourceSet resourceSet = resourceSets.get();
		Map<XtextResource, SourceFile> resources = new LinkedHashMap<>();
		for (int i = 0; i < files.size(); i++) {
			resourceSet.getResources().add(parsed.get(i));
			resources.put(parsed.get(i), files.get(i));
		}
		// An index of what every file exports. Without one, each reference to another file asks every
		// file of the resource set in turn (ResourceSetBasedResourceDescriptions), which made checking
		// a workspace quadratic in its number of files.
		List<IResourceDescription> descriptions = resources.keySet().stream()
				.map(r -> r.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(r)).toList();
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
		return new LoadedWorkspace(resourceSet, resources);
	}

	/**
	 * How many threads parse: the system property {@value #PARSE_THREADS_PROPERTY} if it is a positive
	 * number, else one per processor, at most {@value #MAX_PARSE_THREADS}. Parsing is most of a large
	 * check's time and each file's parse is independent of the others'.
	 */
	static int parseThreads() {
		Integer given = Integer.getInteger(PARSE_THREADS_PROPERTY);
		if (given != null && given > 0) {
			return given;
		}
		return Math.max(1, Math.min(MAX_PARSE_THREADS, Runtime.getRuntime().availableProcessors()));
	}

	/** The system property that sets how many threads parse, e.g. {@code -Dtransform.parseThreads=1}. */
	public static final String PARSE_THREADS_PROPERTY = "transform.parseThreads";

	private static final int MAX_PARSE_THREADS = 4;

	/** Files per thread below which a second thread costs more than it saves. */
	private static final int FILES_PER_THREAD = 8;

	/** Deeply nested or huge input must not overflow a parser's stack (as on the command line's own thread). */
	private static final long PARSER_STACK_BYTES = 64L * 1024 * 1024;

	/** The files parsed, each into a resource outside any resource set, in the order given. */
	private List<XtextResource> parse(List<SourceFile> files, int threads) {
		int used = Math.max(1, Math.min(threads, files.size() / FILES_PER_THREAD));
		XtextResource[] parsed = new XtextResource[files.size()];
		if (used == 1) {
			for (int i = 0; i < files.size(); i++) {
				parsed[i] = parse(files.get(i));
			}
			return Arrays.asList(parsed);
		}
		// the first file is parsed here, alone: the language's services fill their lazily built tables
		// (token names, value converters) on the first parse, before other threads read them
		parsed[0] = parse(files.get(0));
		AtomicInteger next = new AtomicInteger(1);
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(used, task -> {
			Thread thread = new Thread(null, task, "transform-parse-" + threadNumber.incrementAndGet(), PARSER_STACK_BYTES);
			thread.setDaemon(true); // a thread still parsing when another failed does not keep the process alive
			return thread;
		});
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < used; t++) {
				// each thread takes the next file not yet taken: files differ in size, so fixed shares would leave a thread idle
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < parsed.length; i = next.getAndIncrement()) {
						parsed[i] = parse(files.get(i));
					}
				}));
			}
			for (Future<?> worker : workers) {
				await(worker);
			}
		} finally {
			pool.shutdownNow();
		}
		return Arrays.asList(parsed);
	}

	private XtextResource parse(SourceFile file) {
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createFileURI(file.path().toAbsolutePath().toString()));
		try {
			resource.load(new LazyStringInputStream(file.text(), StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			// the text is already in memory: a failure here is not the user's file system
			throw new IllegalStateException("could not parse " + file.shownPath() + ": " + e, e);
		}
		return resource;
	}

	/** Waits for a parsing thread; what it threw is thrown here, as if the file had been parsed on this thread. */
	private static void await(Future<?> worker) {
		try {
			worker.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while parsing the workspace", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** Validates every file of the workspace (syntax, linking and every check): the issues per file. */
	public Map<XtextResource, List<Issue>> validate(LoadedWorkspace workspace) {
		Map<XtextResource, List<Issue>> issues = new LinkedHashMap<>();
		workspace.files().keySet().forEach(resource -> issues.put(resource, validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)));
		return issues;
	}

	/** The issues as findings with the files' paths as shown to the user, in {@link Finding#ORDER}. */
	public List<Finding> findings(LoadedWorkspace workspace, Map<XtextResource, List<Issue>> issues) {
		List<Finding> findings = new ArrayList<>();
		issues.forEach((resource, list) -> {
			SourceFile file = workspace.files().get(resource);
			for (Issue issue : list) {
				Finding finding = toFinding(file, issue);
				if (finding != null) {
					findings.add(finding);
				}
			}
		});
		findings.sort(Finding.ORDER);
		return findings;
	}

	private static Finding toFinding(SourceFile file, Issue issue) {
		Finding.Level level = switch (issue.getSeverity()) {
			case ERROR -> Finding.Level.ERROR;
			case WARNING -> Finding.Level.WARNING;
			case INFO -> Finding.Level.INFO;
			default -> null;
		};
		if (level == null) {
			return null;
		}
		Position start = position(file.text(), issue.getLineNumber(), issue.getColumn(), issue.getOffset());
		Integer endOffset = issue.getOffset() == null || issue.getLength() == null ? null : issue.getOffset() + issue.getLength();
		Position end = position(file.text(), issue.getLineNumberEnd(), issue.getColumnEnd(), endOffset);
		if (end.line < start.line || end.line == start.line && end.column < start.column) {
			end = start;
		}
		String message = issue.getMessage() == null || issue.getMessage().isBlank() ? "(no message)" : issue.getMessage();
		return new Finding(file.shownPath(), start.line, start.column, end.line, end.column, level, code(issue), message);
	}

	/**
	 * The issue's code. The runtime gives syntax errors and broken references Transform's codes
	 * ({@code TransformSyntaxErrorMessages}, {@code TransformLinkingDiagnostics}), so the command
	 * line shows the codes the editor and the language server show.
	 */
	static String code(Issue issue) {
		String code = issue.getCode();
		return code == null || code.isBlank() ? UNCLASSIFIED : code;
	}

	private record Position(int line, int column) {
	}

	/** A 1-based position: as Xtext computed it, else from the offset, else the file's start. */
	private static Position position(String text, Integer line, Integer column, Integer offset) {
		if (line != null && line > 0 && column != null && column > 0) {
			return new Position(line, column);
		}
		if (offset == null || offset < 0) {
			return new Position(1, 1);
		}
		int l = 1;
		int lineStart = 0;
		int limit = Math.min(offset, text.length());
		for (int i = 0; i < limit; i++) {
			if (text.charAt(i) == '\n') {
				l++;
				lineStart = i + 1;
			}
		}
		return new Position(l, limit - lineStart + 1);
	}
}
