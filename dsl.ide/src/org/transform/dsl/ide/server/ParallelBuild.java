package org.transform.dsl.ide.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.PlanAnalyzer;

/**
 * Links and validates the files of a core built once ({@link ReparsingIncrementalBuilder#BUILT_ONCE}: the
 * command line's) on several threads. Xtext's builder takes one file after the other on its own thread:
 * links it, indexes it, validates it — about 4 s of a 1,000-file check, with the other core idle.
 *
 * <p><b>Linking</b> ({@link #link}), once every file is loaded and the index holds every file's exported names:
 * each thread takes the next file not yet linked and resolves its links, as the builder's loop would
 * ({@link EcoreUtil2#resolveLazyCrossReferences}), then resolves the elements in other files they lead to. A
 * file's links are written into its own objects only, by the thread linking it; its scopes are its own (in its
 * resource cache); the index is only read; the elements linked to are found in their files through
 * {@code LazyLinkingResource.getEObject}, which is synchronized, by their names ({@code QualifiedNameFragments},
 * in their file's cache, a concurrent map). The builder's loop then finds every file linked, and validation a
 * model with nothing left to resolve.
 *
 * <p><b>Validation</b> ({@link #validate}), after the builder's loop: validation reads the whole workspace
 * (the plan analysis, other files' names and elements) through caches filled on first use; what they hold
 * is kept in concurrent maps ({@code MemoizingScope}, {@code TransformQualifiedNameProvider}, Xtext's
 * resource cache) or under a lock ({@code PlanAnalysis}, {@code PlanAnalyzer}, Xtext's lazy linking), and
 * the first file is validated alone (the plan analysis of the workspace, the validators' method tables,
 * EMF's registries). The issues are handed on by the builder, on its thread, in the build's order: the
 * findings, and the order in which they are published, are the builder's own.
 *
 * <p>Before either, on the builder's thread ({@link #prepare}): every file gets its resource cache (Xtext's
 * {@link OnChangeEvictingCache} adapter, which whichever thread first asked for one of the file's names would
 * otherwise add to the file's adapter list).
 *
 * <p>Only a core built once builds here: a live core (the language server's, the editor's) is edited while
 * its rules read it, and keeps the builder's own path. Below {@value #FILES_PER_THREAD} files a thread, or
 * with one processor, the builder links and validates as before. {@code -Dtransform.buildThreads=N} sets the
 * number of threads (1: the builder does it all itself).
 */
final class ParallelBuild {

	/** The system property that sets how many threads link and validate, e.g. {@code -Dtransform.buildThreads=1}. */
	static final String BUILD_THREADS_PROPERTY = "transform.buildThreads";

	/** Files per thread below which a second thread costs more than it saves (unless the property asks for threads). */
	private static final int FILES_PER_THREAD = 8;

	private ParallelBuild() {
	}

	/** Whether a build of {@code files} files links and validates here rather than on the builder's thread alone. */
	static boolean pays(int files) {
		return threadsFor(files) >= 2;
	}

	private static int threadsFor(int files) {
		Integer given = Integer.getInteger(BUILD_THREADS_PROPERTY);
		if (given != null && given > 0) {
			return Math.min(given, files);
		}
		return Math.min(ParallelLoad.defaultThreads(), files / FILES_PER_THREAD);
	}

	/** Gives every file its resource cache, on this thread, before threads ask for it. */
	static void prepare(List<Resource> resources) {
		OnChangeEvictingCache caches = new OnChangeEvictingCache();
		for (Resource resource : resources) {
			caches.getOrCreate(resource);
		}
	}

	/**
	 * Resolves every link of every file, the first file's on this thread, then the others' on the threads: its
	 * links by name ({@link EcoreUtil2#resolveLazyCrossReferences}, as the builder's loop would), then the
	 * elements they lead to in other files (until then proxies, which the first rule to read them would resolve
	 * in place). A file's lists are created on its own thread too (EMF creates an object's list when it is first
	 * asked for). Validation then reads a model in which nothing is left to resolve or create. Each file's part
	 * of the plan analysis is read there too ({@link PlanAnalyzer#readPartOf}): the first validation, alone on
	 * its thread, then only puts the parts together.
	 */
	static void link(List<Resource> resources) {
		forEach(resources, resource -> {
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
			for (TreeIterator<EObject> objects = resource.getAllContents(); objects.hasNext();) {
				EObject object = objects.next();
				for (Iterator<EObject> targets = object.eCrossReferences().iterator(); targets.hasNext();) {
					targets.next();
				}
				for (EAttribute attribute : object.eClass().getEAllAttributes()) {
					if (attribute.isMany()) {
						object.eGet(attribute, false);
					}
				}
			}
			PlanAnalyzer.readPartOf(resource);
			return null;
		});
	}

	/**
	 * The issues of each resource, in the order given: the first file's validated on this thread, then the
	 * others' on the threads.
	 *
	 * @param validator one resource's issues; {@code null} when it has no validator
	 * @throws RuntimeException what a validation threw (a cancellation among them), on the calling thread
	 */
	static List<List<Issue>> validate(List<Resource> resources, Function<Resource, List<Issue>> validator) {
		return forEach(resources, validator);
	}

	/** What {@code task} gives for each resource, in their order: the first on this thread, the rest on the threads. */
	@SuppressWarnings("unchecked")
	private static <T> List<T> forEach(List<Resource> resources, Function<Resource, T> task) {
		Object[] results = new Object[resources.size()];
		if (results.length == 0) {
			return List.of();
		}
		results[0] = task.apply(resources.get(0));
		int threads = threadsFor(resources.size());
		AtomicInteger next = new AtomicInteger(1);
		if (threads < 2) {
			for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
				results[i] = task.apply(resources.get(i));
			}
		} else {
			onThreads(threads, () -> {
				// each thread takes the next file not yet taken: files differ in size, so fixed shares would leave a thread idle
				for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
					results[i] = task.apply(resources.get(i));
				}
			}, () -> next.set(results.length));
		}
		List<T> list = new ArrayList<>(results.length);
		for (Object result : results) {
			list.add((T) result);
		}
		return list;
	}

	/**
	 * Runs {@code work} on {@code threads} threads and waits for them; what one of them throws is thrown here,
	 * after {@code stop} has told the others to stop at their next file.
	 */
	private static void onThreads(int threads, Runnable work, Runnable stop) {
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(null, task, "transform-build-" + threadNumber.incrementAndGet(), ParallelLoad.STACK_BYTES);
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(work));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		} catch (InterruptedException e) {
			stop.run();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while building", e);
		} catch (ExecutionException e) {
			stop.run();
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime; // a cancellation, or what the builder's own thread would have thrown
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}
}
