package org.transform.dsl.ide.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Singleton;

/**
 * The findings of every file of the workspace core, as its builder last validated them, and who wants
 * to hear of new ones. Fed by the workspace manager after each file's validation; kept only when an
 * in-process face asked for them ({@link #keep()}): the language server alone sends them to its client
 * as diagnostics and needs no copy.
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

	private final Map<URI, List<Finding>> byFile = new ConcurrentHashMap<>();
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
		if (!kept) {
			return;
		}
		List<Finding> findings = new ArrayList<>();
		for (Issue issue : issues) {
			Finding finding = Finding.of(issue, resource);
			if (finding != null) {
				findings.add(uri.equals(finding.uri()) ? finding : moved(finding, uri));
			}
		}
		findings.sort(Finding.WITHIN_FILE);
		List<Finding> published = List.copyOf(findings);
		if (published.isEmpty()) {
			byFile.remove(uri);
		} else {
			byFile.put(uri, published);
		}
		for (Listener listener : listeners) {
			listener.published(uri, version, published);
		}
	}

	/** A finding of a file whose resource was not at hand: it belongs to the file it was published for. */
	private static Finding moved(Finding f, URI uri) {
		return new Finding(uri, f.offset(), f.length(), f.line(), f.column(), f.endLine(), f.endColumn(), f.level(), f.code(), f.message(),
				f.element(), f.elementKind(), f.data());
	}

	/** A file that is gone: no findings, told to the listeners. */
	void forget(URI uri) {
		if (byFile.remove(uri) != null) {
			for (Listener listener : listeners) {
				listener.published(uri, null, List.of());
			}
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
