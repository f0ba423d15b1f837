package org.transform.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Loads the files a build is about to index on several threads, before Xtext's builder loads them one after
 * the other on its own: the first build of a workspace (the command line's check, report and diagram, the
 * language server's and the editor's start) spent a quarter of its time parsing, on one core. Each file
 * not yet loaded is read through the resource set's URI converter (an editor's open document as the
 * builder would read it) and parsed into a resource of its own, outside the resource set; the resources
 * are then added to the resource set on the builder's thread, in the build's order, so the builder finds
 * them loaded and everything after loading is unchanged. Each file's index entry is computed on its parse
 * thread too ({@link IndexedOnLoad}, taken by {@link TransformIndexer}): it depends on the file alone. A file that
 * cannot be read or parsed here is left to the builder, which reports it as it always does.
 *
 * <p>Below {@value #FILES_PER_THREAD} files a thread, or with one processor, nothing is done here.
 * {@code -Dtransform.parseThreads=N} sets the number of threads (1: none, the builder loads every file).
 */
final class ParallelLoad {

	/** The system property that sets how many threads parse, e.g. {@code -Dtransform.parseThreads=1}. */
	static final String PARSE_THREADS_PROPERTY = "transform.parseThreads";

	private static final int MAX_THREADS = 4;

	/** Files per thread below which a second thread costs more than it saves. */
	private static final int FILES_PER_THREAD = 8;

	/** Deeply nested or huge input must not overflow a parser's or a validator's stack (as on the builder's own thread). */
	static final long STACK_BYTES = 64L * 1024 * 1024;

	private ParallelLoad() {
	}

	static int threads() {
		Integer given = Integer.getInteger(PARSE_THREADS_PROPERTY);
		if (given != null && given > 0) {
			return given;
		}
		return defaultThreads();
	}

	/** One thread per processor, at most {@value #MAX_THREADS}. */
	static int defaultThreads() {
		return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
	}

	/** Loads the files of {@code dirty} (less {@code deleted}) that the resource set does not hold loaded. */
	static void load(List<URI> dirty, List<URI> deleted, XtextResourceSet resourceSet, CancelIndicator cancel) {
		Set<URI> gone = new HashSet<>(deleted);
		List<URI> toLoad = new ArrayList<>();
		Set<URI> seen = new HashSet<>();
		for (URI uri : dirty) {
			Resource loaded = resourceSet.getResource(uri, false);
			if (!gone.contains(uri) && seen.add(uri) && (loaded == null || !loaded.isLoaded()) && "transform".equals(uri.fileExtension())) {
				toLoad.add(uri);
			}
		}
		int threads = Math.min(threads(), toLoad.size() / FILES_PER_THREAD);
		if (threads < 2) {
			return;
		}
		Map<Object, Object> options = resourceSet.getLoadOptions();
		// the factories are looked up here, in the resource set's registry, on the builder's thread; each resource is
		// created by its parse thread (a factory of the language asks the language's injector, which is thread-safe:
		// a thousand resources' injection was a tenth of a second on the builder's thread while the others waited)
		Resource.Factory[] factories = new Resource.Factory[toLoad.size()];
		for (int i = 0; i < factories.length; i++) {
			factories[i] = resourceSet.getResourceFactoryRegistry().getFactory(toLoad.get(i));
		}
		XtextResource[] parsed = new XtextResource[toLoad.size()];
		// the first file is parsed here, alone: the language's services fill their lazily built tables
		// (token names, value converters) on the first parse, before other threads read them
		boolean[] ok = new boolean[parsed.length];
		parsed[0] = created(factories[0], toLoad.get(0));
		ok[0] = parse(parsed[0], toLoad.get(0), resourceSet, options);
		AtomicInteger next = new AtomicInteger(1);
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(null, task, "transform-parse-" + threadNumber.incrementAndGet(), STACK_BYTES);
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				// each thread takes the next file not yet taken: files differ in size, so fixed shares would leave a thread idle
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < parsed.length && !cancel.isCanceled(); i = next.getAndIncrement()) {
						parsed[i] = created(factories[i], toLoad.get(i));
						ok[i] = parse(parsed[i], toLoad.get(i), resourceSet, options);
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return; // the builder loads them
		} catch (ExecutionException e) {
			return; // a parse that failed unexpectedly: the builder loads every file and reports what it finds
		} finally {
			pool.shutdownNow();
		}
		for (int i = 0; i < parsed.length; i++) {
			if (ok[i] && resourceSet.getResource(toLoad.get(i), false) == null) {
				resourceSet.getResources().add(parsed[i]);
			}
		}
	}

	/** A new resource of the file from its factory, {@code null} for one that is no Xtext resource or none made. */
	private static XtextResource created(Resource.Factory factory, URI uri) {
		Resource resource;
		try {
			resource = factory == null ? null : factory.createResource(uri);
		} catch (RuntimeException e) {
			return null; // the builder creates and loads it, and reports what it finds
		}
		return resource instanceof XtextResource xtext ? xtext : null;
	}

	/**
	 * Whether the file was read and parsed into the resource; if not, the builder loads it as usual. A file
	 * parsed also gets its index entry here ({@link IndexedOnLoad}), on the same thread.
	 */
	private static boolean parse(XtextResource resource, URI uri, XtextResourceSet resourceSet, Map<Object, Object> options) {
		if (resource == null) {
			return false;
		}
		try (InputStream in = resourceSet.getURIConverter().createInputStream(uri, options)) {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			return false;
		}
		if (!resource.isLoaded()) {
			return false;
		}
		try {
			IndexedOnLoad.compute(resource);
		} catch (RuntimeException e) {
			// the builder's indexer computes the entry as usual
		}
		return true;
	}
}
