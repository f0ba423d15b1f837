package org.transform.dsl.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.model.TransformFile;

import org.transform.dsl.workspace.WorkspaceIndex;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Computes the {@link PlanAnalysis} of the workspace a resource belongs to: every Transform file the
 * index knows (all files given to the command line, the project in Eclipse, the workspace folders
 * in the language server). The result is kept on the resource set and recomputed when a file of the
 * workspace is added, removed or re-parsed, so checking a thousand files analyses them once.
 */
@Singleton
public class PlanAnalyzer {

	@Inject
	private IResourceDescriptionsProvider indexProvider;

	public PlanAnalysis analyze(EObject context) {
		return context == null || context.eResource() == null ? new PlanAnalysis(List.of()) : analyze(context.eResource());
	}

	public PlanAnalysis analyze(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet == null) {
			return new PlanAnalysis(roots(List.of(resource)));
		}
		synchronized (resourceSet) {
			Cache cache = cacheOf(resourceSet);
			// the files of the workspace are looked up in the index only when the resource set gained or
			// lost a resource: a walk over the whole index for each file validated made checking a
			// workspace quadratic in its number of files
			if (cache.workspace == null || !containsIdentical(cache.workspace, resource)) {
				cache.workspace = workspaceOf(resource, WorkspaceIndex.of(resourceSet, indexProvider));
			}
			if (cache.analysis == null || !isStateOf(cache.state, cache.workspace)) {
				cache.analysis = new PlanAnalysis(roots(cache.workspace));
				cache.state = stateOf(cache.workspace);
			}
			return cache.analysis;
		}
	}

	private static boolean containsIdentical(List<Resource> resources, Resource resource) {
		for (Resource r : resources) {
			if (r == resource) {
				return true;
			}
		}
		return false;
	}

	private static List<Resource> workspaceOf(Resource resource, IResourceDescriptions index) {
		ResourceSet resourceSet = resource.getResourceSet();
		Map<URI, Resource> result = new LinkedHashMap<>();
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			URI uri = description.getURI();
			if (!"transform".equals(uri.fileExtension()) || result.containsKey(uri)) {
				continue;
			}
			Resource other;
			try {
				other = uri.equals(resource.getURI()) ? resource : resourceSet.getResource(uri, true);
			} catch (RuntimeException e) {
				continue; // a file that vanished or cannot be read is left out: its own validation says why
			}
			if (other != null) {
				result.put(uri, other);
			}
		}
		result.putIfAbsent(resource.getURI(), resource);
		// in the order of their URIs, not of the index (which follows the order files were built in): the
		// analysis, and every message that lists elements of several files, is the same whichever face
		// loaded the workspace and however it was edited since
		List<Resource> ordered = new ArrayList<>(result.values());
		ordered.sort(Comparator.comparing(r -> r.getURI().toString()));
		return ordered;
	}

	/**
	 * Reads the file's part of the workspace's analysis now, on the calling thread, into the file's cache
	 * ({@link FileContribution}), where the next analysis of the workspace finds it and only puts the parts end
	 * to end. For a build that links files on several threads ({@code ParallelBuild} of the command line): the
	 * parts are read there, on the threads, instead of on one thread while the others wait at the first
	 * validation. A part read before every link of the file was resolved is read again by the analysis, as
	 * always. Call it only while no other thread changes the file.
	 */
	public static void readPartOf(Resource resource) {
		for (TransformFile file : roots(List.of(resource))) {
			FileContribution.of(file);
		}
	}

	private static List<TransformFile> roots(List<Resource> resources) {
		List<TransformFile> files = new ArrayList<>();
		for (Resource r : resources) {
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof TransformFile file) {
				files.add(file);
			}
		}
		return files;
	}

	/**
	 * What identifies the workspace's state: each resource and its parse result. Every parse, full or
	 * partial, yields a new parse result object, so the same objects mean unchanged files.
	 */
	private static Object[] stateOf(List<Resource> resources) {
		Object[] state = new Object[resources.size() * 2];
		for (int i = 0; i < resources.size(); i++) {
			state[2 * i] = resources.get(i);
			state[2 * i + 1] = parseStateOf(resources.get(i));
		}
		return state;
	}

	/**
	 * Whether the resources and their parse results are the ones of the state: compared in place, since
	 * every file validated asks (a list of the state per file validated made a thousand files' check
	 * allocate two million entries).
	 */
	private static boolean isStateOf(Object[] state, List<Resource> resources) {
		if (state.length != resources.size() * 2) {
			return false;
		}
		for (int i = 0; i < resources.size(); i++) {
			Resource r = resources.get(i);
			if (state[2 * i] != r || state[2 * i + 1] != parseStateOf(r)) {
				return false;
			}
		}
		return true;
	}

	private static Object parseStateOf(Resource r) {
		return r instanceof XtextResource x ? x.getParseResult() : r.getContents().isEmpty() ? null : r.getContents().get(0);
	}

	private static Cache cacheOf(ResourceSet resourceSet) {
		for (Adapter adapter : resourceSet.eAdapters()) {
			if (adapter instanceof Cache cache) {
				return cache;
			}
		}
		Cache cache = new Cache();
		resourceSet.eAdapters().add(cache);
		return cache;
	}

	private static final class Cache extends AdapterImpl {
		Object[] state = {};
		PlanAnalysis analysis;
		List<Resource> workspace;

		/** A resource added to or removed from the resource set: the workspace's files are looked up again. */
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeatureID(ResourceSet.class) == ResourceSetImpl.RESOURCE_SET__RESOURCES) {
				workspace = null;
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Cache.class;
		}
	}
}
