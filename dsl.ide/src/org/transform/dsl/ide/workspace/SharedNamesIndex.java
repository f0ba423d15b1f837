package org.transform.dsl.ide.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.transform.dsl.workspace.NameOwners;

/**
 * The core's index of a workspace (each file's description and, for each exported name, the files
 * exporting it), answering exactly as Xtext's {@link ResourceDescriptionsData} answers, without copying
 * the name table on every build.
 *
 * <p>Xtext's language server copies a project's whole index twice per build (the build's own copy and
 * the builder's "old state"), name table included, and then takes every exported name of the edited
 * file out of the table and puts it back: at 5,000 lines, a tenth of the allocation per keystroke. Here
 * the name table maps a name to the <em>files</em> that export it, not to their descriptions, so a file
 * whose new description exports the same names as its old one (typing in a title, a number, a
 * description: most edits) leaves the table as it is — only the file's description is replaced — and
 * copies share the table until one of them changes it (copy on write).
 *
 * <p>Order is kept as Xtext keeps it, because linking and scoping see it: files in the order they were
 * (re)added, and for a name exported by several files, those files in the order they (re)registered
 * it. A file that re-registers a name it shares with another file moves behind it in Xtext; so the table
 * is left untouched only when none of the file's names is shared.
 */
public final class SharedNamesIndex extends ResourceDescriptionsData implements NameOwners {

	/** The files' descriptions, in the order they were added (re-adding moves a file to the end, as in Xtext). */
	private final LinkedHashMap<URI, IResourceDescription> descriptions;
	/** Lower-case name → the URI of the one file exporting it, or a {@code LinkedHashSet<URI>} of two or more. */
	private Map<QualifiedName, Object> names;
	/** Whether {@link #names} (and its sets) may be read by another copy: then it is copied before any change. */
	private boolean namesShared;
	/** How many names are exported by more than one file (entries of {@link #names} holding a set). */
	private int sharedNames;

	private SharedNamesIndex(LinkedHashMap<URI, IResourceDescription> descriptions, Map<QualifiedName, Object> names, boolean namesShared,
			int sharedNames) {
		super(Collections.emptyMap(), Collections.emptyMap());
		this.descriptions = descriptions;
		this.names = names;
		this.namesShared = namesShared;
		this.sharedNames = sharedNames;
	}

	/** An index holding the same descriptions as {@code data}, in its order. */
	public static SharedNamesIndex of(ResourceDescriptionsData data) {
		SharedNamesIndex index = new SharedNamesIndex(new LinkedHashMap<>(), new LinkedHashMap<>(), false, 0);
		for (IResourceDescription description : data.getAllResourceDescriptions()) {
			index.addDescription(description.getURI(), description);
		}
		return index;
	}

	@Override
	public ResourceDescriptionsData copy() {
		namesShared = true;
		return new SharedNamesIndex(new LinkedHashMap<>(descriptions), names, true, sharedNames);
	}

	@Override
	protected Map<QualifiedName, Object> copyLookupMap() {
		throw new UnsupportedOperationException("the name table of " + SharedNamesIndex.class.getSimpleName() + " is copied on write");
	}

	@Override
	public Iterable<IResourceDescription> getAllResourceDescriptions() {
		return descriptions.values();
	}

	@Override
	public IResourceDescription getResourceDescription(URI uri) {
		return descriptions.get(uri);
	}

	@Override
	public Set<URI> getAllURIs() {
		return descriptions.keySet();
	}

	@Override
	protected Iterable<IResourceDescription> getSelectables() {
		return descriptions.values();
	}

	@Override
	public void register(Delta delta) {
		IResourceDescription newDescription = delta.getNew();
		if (newDescription == null) {
			removeDescription(delta.getUri());
		} else {
			addDescription(delta.getUri(), newDescription);
		}
	}

	@Override
	public void addDescription(URI uri, IResourceDescription newDescription) {
		IResourceDescription old = descriptions.get(uri);
		if (newDescription != null && old != null && sameNames(old, newDescription) && !sharesAName(old)) {
			// the name table stays as it is: only the description changes (and moves to the end, as Xtext's remove and put do)
			descriptions.remove(uri);
			descriptions.put(uri, newDescription);
			return;
		}
		removeDescription(uri);
		if (newDescription != null) {
			descriptions.put(uri, newDescription);
			register(uri, newDescription);
		}
	}

	@Override
	public void removeDescription(URI uri) {
		IResourceDescription old = descriptions.remove(uri);
		if (old == null) {
			return;
		}
		writableNames();
		for (IEObjectDescription object : old.getExportedObjects()) {
			QualifiedName name = object.getName().toLowerCase();
			Object existing = names.get(name);
			if (uri.equals(existing)) {
				names.remove(name);
			} else if (existing instanceof Set<?> files && files.remove(uri)) {
				if (files.size() == 1) {
					names.put(name, files.iterator().next());
					sharedNames--;
				} else if (files.isEmpty()) { // cannot happen (a set holds two or more), kept as Xtext keeps it
					names.remove(name);
					sharedNames--;
				}
			}
		}
	}

	private void register(URI uri, IResourceDescription description) {
		writableNames();
		for (IEObjectDescription object : description.getExportedObjects()) {
			QualifiedName name = object.getName().toLowerCase();
			Object existing = names.put(name, uri);
			if (existing != null && !existing.equals(uri)) {
				Set<URI> files;
				if (existing instanceof URI other) {
					files = new LinkedHashSet<>(4);
					files.add(other);
					sharedNames++;
				} else {
					@SuppressWarnings("unchecked")
					Set<URI> others = (Set<URI>) existing;
					files = others;
				}
				files.add(uri);
				names.put(name, files);
			}
		}
	}

	/** The name table, copied first if another copy of the index may read it. */
	private void writableNames() {
		if (!namesShared) {
			return;
		}
		Map<QualifiedName, Object> copy = new LinkedHashMap<>(names);
		for (Map.Entry<QualifiedName, Object> entry : copy.entrySet()) {
			if (entry.getValue() instanceof Set<?> files) {
				entry.setValue(new LinkedHashSet<>(files));
			}
		}
		names = copy;
		namesShared = false;
	}

	/** Whether both descriptions export the same names, in the same order, ignoring case (the table's keys). */
	private static boolean sameNames(IResourceDescription old, IResourceDescription now) {
		Iterable<IEObjectDescription> before = old.getExportedObjects();
		Iterable<IEObjectDescription> after = now.getExportedObjects();
		if (before instanceof Collection<?> a && after instanceof Collection<?> b && a.size() != b.size()) {
			return false;
		}
		Iterator<IEObjectDescription> a = before.iterator();
		Iterator<IEObjectDescription> b = after.iterator();
		while (a.hasNext() && b.hasNext()) {
			if (!a.next().getName().equalsIgnoreCase(b.next().getName())) {
				return false;
			}
		}
		return !a.hasNext() && !b.hasNext();
	}

	/** Whether another file exports one of this description's names too (then re-registering changes the order). */
	private boolean sharesAName(IResourceDescription description) {
		if (sharedNames == 0) {
			return false;
		}
		for (IEObjectDescription object : description.getExportedObjects()) {
			if (names.get(object.getName().toLowerCase()) instanceof Set<?>) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName qualifiedName, boolean ignoreCase) {
		Object existing = names.get(qualifiedName.toLowerCase());
		if (existing instanceof URI uri) {
			IResourceDescription description = descriptions.get(uri);
			return description == null ? List.of() : description.getExportedObjects(type, qualifiedName, ignoreCase);
		}
		if (existing instanceof Set<?> files) {
			List<IEObjectDescription> found = new ArrayList<>();
			for (Object file : files) {
				IResourceDescription description = descriptions.get(file);
				if (description != null) {
					description.getExportedObjects(type, qualifiedName, ignoreCase).forEach(found::add);
				}
			}
			return found;
		}
		return List.of();
	}

	@Override
	public Collection<URI> filesExporting(QualifiedName name) {
		Object existing = names.get(name.toLowerCase());
		if (existing instanceof URI uri) {
			return List.of(uri);
		}
		if (existing instanceof Set<?> files) {
			@SuppressWarnings("unchecked")
			Set<URI> uris = (Set<URI>) files;
			return List.copyOf(uris); // a copy: the set changes with the index
		}
		return List.of();
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		IResourceDescription description = getResourceDescription(EcoreUtil2.getPlatformResourceOrNormalizedURI(object).trimFragment());
		return description == null ? List.of() : description.getExportedObjectsByObject(object);
	}
}
