package org.transform.dsl.ide.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Singleton;

/**
 * The findings of every file of the workspace core, as its builder last validated them, and who wants
 * to hear of new ones. Fed by the workspace manager after each file's validation; kept only when an
 * in-process face asked for them ({@link #keep()}): the language server alone sends them to its client
 * as diagnostics and needs no copy. The issues they come from are kept in any case, as published, with the
 * document's version they are for ({@link #published(URI)}): the hover reads those at the hovered place
 * instead of validating the file again. It finds them through the resource set of the file it hovers
 * ({@link #of(ResourceSet)}): the hover is a service of the language, shared by every core of the process.
 */
@Singleton
public class CoreFindings {

	/** Hears the findings of a file each time the core has validated it. */
	public interface Listener {
		/**
		 * @param uri the file
		 * @param version the open document's version the findings are for, {@code null} for a file not open
		 * @param findings all its findings now, in {@link Finding#WITHIN_FILE} order (empty: none, or the file is gone)
		 */
		void published(URI uri, Integer version, List<Finding> findings);
	}

	/** The issues of a file as the core last published them, for the document's version given ({@code null}: a file not open). */
	public record Published(Integer version, List<Issue> issues) {
	}

	private final Map<URI, List<Finding>> byFile = new ConcurrentHashMap<>();
	private final Map<URI, Published> issuesByFile = new ConcurrentHashMap<>();
	private final Map<URI, Prepared> prepared = new ConcurrentHashMap<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private volatile boolean kept;

	/** From now on, findings are kept and told to the listeners. */
	public void keep() {
		kept = true;
	}

	public boolean isKept() {
		return kept;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** The issues of a file just validated, turned into findings once, here. */
	public void accept(URI uri, Integer version, Iterable<? extends Issue> issues, Resource resource) {
		List<Issue> all = new ArrayList<>();
		issues.forEach(all::add);
		issuesByFile.put(uri, new Published(version, List.copyOf(all)));
		if (resource != null && resource.getResourceSet() != null) {
			attachTo(resource.getResourceSet());
		}
		if (!kept) {
			return;
		}
		Prepared ready = prepared.remove(uri);
		List<Finding> published = ready != null && ready.isFor(all, resource) ? ready.findings() : findingsOf(uri, all, resource);
		if (published.isEmpty()) {
			byFile.remove(uri);
		} else {
			byFile.put(uri, published);
		}
		for (Listener listener : listeners) {
			listener.published(uri, version, published);
		}
	}

	/**
	 * Turns a file's issues into findings ahead of their {@link #accept}, on the calling thread: a build that
	 * validates files on several threads ({@code ParallelBuild}, the command line's) calls it there, and
	 * {@link #accept}, on the builder's one thread, then takes the findings made here when it is given the same
	 * issues (the same objects) of the same resource. Does nothing while findings are not kept.
	 *
	 * @return the findings made, in {@link Finding#WITHIN_FILE} order; none while findings are not kept
	 */
	public List<Finding> prepare(URI uri, List<Issue> issues, Resource resource) {
		if (!kept) {
			return List.of();
		}
		List<Finding> made = findingsOf(uri, issues, resource);
		prepared.put(uri, new Prepared(List.copyOf(issues), resource, made));
		return made;
	}

	/** The findings {@link #prepare} made of a file's issues. */
	private record Prepared(List<Issue> issues, Resource resource, List<Finding> findings) {
		/** Whether these are the findings of those very issues of the resource. */
		boolean isFor(List<Issue> given, Resource givenResource) {
			if (resource != givenResource || issues.size() != given.size()) {
				return false;
			}
			for (int i = 0; i < issues.size(); i++) {
				if (issues.get(i) != given.get(i)) {
					return false;
				}
			}
			return true;
		}
	}

	/** The file's findings, in {@link Finding#WITHIN_FILE} order (issues not shown left out). */
	private static List<Finding> findingsOf(URI uri, List<Issue> issues, Resource resource) {
		List<Finding> findings = new ArrayList<>();
		for (Issue issue : issues) {
			Finding finding = Finding.of(issue, resource);
			if (finding != null) {
				findings.add(uri.equals(finding.uri()) ? finding : moved(finding, uri));
			}
		}
		findings.sort(Finding.WITHIN_FILE);
		return List.copyOf(findings);
	}

	/** A finding of a file whose resource was not at hand: it belongs to the file it was published for. */
	private static Finding moved(Finding f, URI uri) {
		return new Finding(uri, f.offset(), f.length(), f.line(), f.column(), f.endLine(), f.endColumn(), f.level(), f.code(), f.message(),
				f.element(), f.elementKind(), f.data());
	}

	/** A file that is gone: no findings, told to the listeners. */
	void forget(URI uri) {
		issuesByFile.remove(uri);
		if (byFile.remove(uri) != null) {
			for (Listener listener : listeners) {
				listener.published(uri, null, List.of());
			}
		}
	}

	/** The issues of the file as last published, {@code null} if the core has published none for it yet. */
	public Published published(URI uri) {
		return issuesByFile.get(uri);
	}

	/** The findings of the core whose files the resource set holds, {@code null} for a resource set of no core. */
	public static CoreFindings of(ResourceSet resourceSet) {
		Adapter attached = resourceSet == null ? null : EcoreUtil.getAdapter(resourceSet.eAdapters(), CoreFindings.class);
		return attached instanceof Attached findings ? findings.findings : null;
	}

	private void attachTo(ResourceSet resourceSet) {
		if (of(resourceSet) != this) {
			synchronized (resourceSet) {
				if (of(resourceSet) != this) {
					// a resource set handed from one core to another points to the last one only (a second adapter would be
					// found after the first, never, and one more added on every publication)
					resourceSet.eAdapters().removeIf(Attached.class::isInstance);
					resourceSet.eAdapters().add(new Attached(this));
				}
			}
		}
	}

	/** Where a resource set of the core points to the core's findings. */
	private static final class Attached extends AdapterImpl {
		final CoreFindings findings;

		Attached(CoreFindings findings) {
			this.findings = findings;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == CoreFindings.class;
		}
	}

	public List<Finding> of(URI uri) {
		return byFile.getOrDefault(uri, List.of());
	}

	/** Every file's findings, by file URI. */
	public Map<URI, List<Finding>> all() {
		Map<URI, List<Finding>> all = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
		all.putAll(byFile);
		return all;
	}
}
