package org.transform.dsl.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.inject.Singleton;

/**
 * Finds the files a change affects from what changed in the changed files' exports, computed once per change
 * rather than once per other file of the workspace.
 *
 * <p>Xtext's manager asks, for each other file of the workspace, whether it looked up any name the changed file
 * exports, before or after the change: it copies the candidate's imported names into a new set and looks up each
 * of the changed file's exported names in it, old and new. With a 5,000-line plan (about 700 names) edited in a
 * project of a hundred files, that was an eighth of the work of a keystroke, done before the edited plan was
 * validated. And a file linking to anything of the changed file was affected, whatever changed.
 *
 * <p>Here a change is first reduced to what it changes ({@link Change}, computed once per delta and kept as long
 * as the delta): the names whose descriptions differ (added, removed, or with another URI, type or digest —
 * {@link TransformResourceDescriptionStrategy} exports an element's digest, so a change to its text counts), and
 * the URIs of those descriptions. A candidate is affected when it looked up one of those names, or links to one of
 * those URIs or to an object of the changed file that the file does not export (which a change may move; Xtext's
 * rule, kept for them). A candidate that links only to unchanged elements of the changed file keeps its links:
 * elements are named in URIs by their qualified names ({@link QualifiedNameFragments}), which the change did not
 * touch. Same names looked up means the same answers, so this is Xtext's test, narrowed to what changed.
 */
@Singleton
public class TransformResourceDescriptionManager extends DefaultResourceDescriptionManager {

	/** What a delta changes; kept while the delta lives (the builder holds it for one build). */
	private final LoadingCache<Delta, Change> changes = CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(Change::of));

	/** What one changed file changes in the index. */
	static final class Change {
		private static final Change NONE = new Change(null, false, Set.of(), Set.of(), Set.of());

		/** The changed file. */
		final URI file;

		/** Whether the change deleted it. */
		final boolean deleted;

		/** The names whose descriptions differ, in lower case (as imported names are recorded). */
		final Set<QualifiedName> names;

		/** The URIs of the objects those descriptions name, before and after. */
		final Set<URI> objects;

		/** The URIs of the objects the file exported before the change. */
		final Set<URI> exported;

		private Change(URI file, boolean deleted, Set<QualifiedName> names, Set<URI> objects, Set<URI> exported) {
			this.file = file;
			this.deleted = deleted;
			this.names = names;
			this.objects = objects;
			this.exported = exported;
		}

		boolean isEmpty() {
			return names.isEmpty() && objects.isEmpty();
		}

		static Change of(Delta delta) {
			if (!delta.haveEObjectDescriptionsChanged()) {
				return NONE;
			}
			List<IEObjectDescription> before = exported(delta.getOld());
			List<IEObjectDescription> after = exported(delta.getNew());
			// an edit changes a few descriptions in the middle of the file's list: those before and after them are
			// the same, in the same order; a name all of whose descriptions lie there is unchanged
			int prefix = 0;
			int shorter = Math.min(before.size(), after.size());
			while (prefix < shorter && same(before.get(prefix), after.get(prefix))) {
				prefix++;
			}
			int suffix = 0;
			while (suffix < shorter - prefix && same(before.get(before.size() - 1 - suffix), after.get(after.size() - 1 - suffix))) {
				suffix++;
			}
			// in between, a name is unchanged if it describes there the same objects as before (an element moved)
			Map<QualifiedName, List<Object>> middleBefore = byName(before.subList(prefix, before.size() - suffix));
			Map<QualifiedName, List<Object>> middleAfter = byName(after.subList(prefix, after.size() - suffix));
			Set<QualifiedName> names = new HashSet<>();
			for (Map<QualifiedName, List<Object>> middle : List.of(middleBefore, middleAfter)) {
				for (QualifiedName name : middle.keySet()) {
					if (!Objects.equals(middleBefore.get(name), middleAfter.get(name))) {
						names.add(name);
					}
				}
			}
			Set<URI> objects = new HashSet<>();
			Set<URI> exported = new HashSet<>();
			for (List<IEObjectDescription> descriptions : List.of(before, after)) {
				for (IEObjectDescription object : descriptions) {
					if (descriptions == before) {
						exported.add(object.getEObjectURI());
					}
					if (names.contains(object.getName().toLowerCase())) {
						objects.add(object.getEObjectURI());
					}
				}
			}
			return new Change(delta.getUri(), delta.getNew() == null, names, objects, exported);
		}

		/** The descriptions by lower-case name, each as what a link to it depends on: its URI, type and data. */
		private static Map<QualifiedName, List<Object>> byName(List<IEObjectDescription> descriptions) {
			Map<QualifiedName, List<Object>> byName = new HashMap<>();
			for (IEObjectDescription object : descriptions) {
				Map<String, String> data = new HashMap<>();
				for (String key : object.getUserDataKeys()) {
					data.put(key, object.getUserData(key));
				}
				byName.computeIfAbsent(object.getName().toLowerCase(), name -> new ArrayList<>())
						.add(List.of(object.getEObjectURI(), object.getEClass(), data));
			}
			return byName;
		}

		private static List<IEObjectDescription> exported(IResourceDescription description) {
			List<IEObjectDescription> exported = new ArrayList<>();
			if (description != null) {
				description.getExportedObjects().forEach(exported::add);
			}
			return exported;
		}

		/** Whether a link to the one is a link to the other: the same name, URI, type and data (Xtext's delta compares them so). */
		private static boolean same(IEObjectDescription before, IEObjectDescription after) {
			if (before == after) {
				return true;
			}
			if (before.getEClass() != after.getEClass() || !before.getName().equals(after.getName())
					|| !before.getEObjectURI().equals(after.getEObjectURI())) {
				return false;
			}
			String[] keys = before.getUserDataKeys();
			if (keys.length != after.getUserDataKeys().length) {
				return false;
			}
			for (String key : keys) {
				if (!Objects.equals(before.getUserData(key), after.getUserData(key))) {
					return false;
				}
			}
			return true;
		}
	}

	@Override
	public boolean isAffected(Collection<Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		Map<URI, Change> changed = null;
		for (Delta delta : deltas) {
			if (hasChanges(delta, candidate)) {
				Change change = changes.getUnchecked(delta);
				if (!change.isEmpty()) {
					if (changed == null) {
						changed = new HashMap<>();
					}
					changed.put(delta.getUri(), change);
				}
			}
		}
		if (changed == null) {
			return isAffectedByExtensions(deltas, candidate, context);
		}
		for (IReferenceDescription reference : candidate.getReferenceDescriptions()) {
			URI target = reference.getTargetEObjectUri();
			Change change = target == null ? null : changed.get(target.trimFragment());
			if (change != null && (change.objects.contains(target) || !change.exported.contains(target))) {
				return true;
			}
		}
		List<IContainer> containers = null;
		for (QualifiedName imported : candidate.getImportedNames()) {
			for (Change change : changed.values()) {
				if (change.names.contains(imported)) {
					URI uri = change.file;
					if (change.deleted || !(uri.isPlatform() || uri.isArchive())) {
						return true;
					}
					// as Xtext: a file of another project (still there) counts only where the candidate's project sees it
					if (containers == null) {
						containers = getContainerManager().getVisibleContainers(candidate, context);
					}
					for (IContainer container : containers) {
						if (container.hasResourceDescription(uri)) {
							return true;
						}
					}
				}
			}
		}
		return isAffectedByExtensions(deltas, candidate, context);
	}
}
