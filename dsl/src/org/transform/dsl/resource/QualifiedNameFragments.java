package org.transform.dsl.resource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Names an element in its file's URIs by its qualified name ({@code Acme.Sales}) instead of its position
 * ({@code //@elements.3}), so that whatever keeps a link to it — a Sirius representation, the index, a proxy in
 * another file — still finds it after the file's elements were reordered or reformatted. What lies inside an
 * element is named from its element: {@code Acme.CloseFaster/@moves.0}.
 * <p>
 * A name that is not unique in its file (a duplicate, being typed, is an error the author sees), an element
 * without a name (a {@code measurements} block, an element the parser could not finish) and the file's root
 * keep EMF's positional fragment, which always resolves. Fragments are found in a map of the file's names,
 * built once per state of the file: Xtext's {@link IResourceScopeCache} forgets it when the file changes.
 */
@Singleton
public class QualifiedNameFragments implements IFragmentProvider {

	/** A name that several elements of the file carry: none of them is named by it. */
	private static final EObject AMBIGUOUS = new org.eclipse.emf.ecore.impl.MinimalEObjectImpl.Container();

	private static final String CACHE_KEY = QualifiedNameFragments.class.getName();

	/** Separates the element's name from the path inside it; no qualified name contains it. */
	private static final char PATH = '/';

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		EObject container = object.eContainer();
		if (container == null) {
			return fallback.getFragment(object);
		}
		if (container instanceof TransformFile) { // an element or the header: most fragments asked for
			String name = object.eResource() == null ? null : names(object.eResource()).nameOf().get(object);
			return name != null ? name : fallback.getFragment(object);
		}
		Deque<String> path = new ArrayDeque<>();
		EObject current = object;
		while (current.eContainer() != null && !(current.eContainer() instanceof TransformFile)) {
			InternalEObject parent = (InternalEObject) current.eContainer();
			path.push(parent.eURIFragmentSegment(current.eContainingFeature(), current));
			current = parent;
		}
		Resource resource = current.eResource();
		if (resource == null || current.eContainer() == null) {
			return fallback.getFragment(object);
		}
		String name = names(resource).nameOf().get(current);
		if (name == null) {
			return fallback.getFragment(object);
		}
		StringBuilder fragment = new StringBuilder(name);
		for (String segment : path) {
			fragment.append(PATH).append(segment);
		}
		return fragment.toString();
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		if (fragment.isEmpty() || fragment.charAt(0) == PATH) {
			return fallback.getEObject(fragment);
		}
		int end = fragment.indexOf(PATH);
		EObject current = names(resource).byName().get(end < 0 ? fragment : fragment.substring(0, end));
		if (current == null || current == AMBIGUOUS) {
			return fallback.getEObject(fragment);
		}
		while (end >= 0 && current != null) {
			int next = fragment.indexOf(PATH, end + 1);
			String segment = next < 0 ? fragment.substring(end + 1) : fragment.substring(end + 1, next);
			current = ((InternalEObject) current).eObjectForURIFragmentSegment(segment);
			end = next;
		}
		return current;
	}

	/**
	 * The file's names: the header and the elements by their qualified names ({@link #AMBIGUOUS} for a
	 * shared name), and the other way round for each element whose name is its own. Every URI of the file
	 * (each exported name, each reference of the index, each finding) asks for a fragment: the name of
	 * each element is converted to text once per state of the file, not once per question. With them, the
	 * state of the file's names they were made in ({@link TransformResource#namesState()}) and the file's
	 * parts (header, imports, elements) then.
	 */
	private record Names(Map<String, EObject> byName, Map<EObject, String> nameOf, Object namesState, List<EObject> parts) {
	}

	private Names names(Resource resource) {
		return cache.get(CACHE_KEY, resource, () -> {
			TransformResource transformResource = resource instanceof TransformResource r ? r : null;
			Object namesState = transformResource == null ? null : transformResource.namesState();
			TransformFile file = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof TransformFile root) ? null : root;
			List<EObject> parts = file == null ? List.of() : new ArrayList<>(file.eContents());
			Names before = transformResource == null ? null : (Names) transformResource.fragmentNames;
			Names names = namesState != null && before != null && before.namesState() == namesState && resource.getContents().size() == 1
					&& before.parts().size() == parts.size() ? carriedOver(before, parts) : made(resource, namesState, parts);
			if (transformResource != null) {
				transformResource.fragmentNames = names;
			}
			return names;
		});
	}

	/**
	 * The names of a state of the file whose names stayed since {@code before} (no element renamed, added,
	 * removed or moved, the header and imports the same objects): each name is the same, but the edited
	 * elements are new objects in the places of the old ones, which take their names over. Making them anew
	 * (every element asked for its qualified name) was, on every keystroke, a fifth of the cost of the edited
	 * plan's index entry, for the one new element the index asked about.
	 */
	private static Names carriedOver(Names before, List<EObject> parts) {
		Map<String, EObject> byName = new HashMap<>(before.byName());
		Map<EObject, String> nameOf = new IdentityHashMap<>(before.nameOf());
		for (int i = 0; i < parts.size(); i++) {
			EObject was = before.parts().get(i);
			EObject part = parts.get(i);
			if (part != was) {
				String name = nameOf.remove(was);
				if (name != null) {
					byName.put(name, part);
					nameOf.put(part, name);
				}
			}
		}
		return new Names(byName, nameOf, before.namesState(), parts);
	}

	private Names made(Resource resource, Object namesState, List<EObject> parts) {
		Map<String, EObject> byName = new HashMap<>();
		for (EObject root : resource.getContents()) {
			if (root instanceof TransformFile file) {
				for (EObject element : file.eContents()) {
					QualifiedName name = names.getFullyQualifiedName(element);
					if (name != null) {
						byName.merge(converter.toString(name), element, (one, other) -> AMBIGUOUS);
					}
				}
			}
		}
		Map<EObject, String> nameOf = new IdentityHashMap<>(byName.size() * 2);
		byName.forEach((name, element) -> {
			if (element != AMBIGUOUS) {
				nameOf.put(element, name);
			}
		});
		return new Names(byName, nameOf, namesState, parts);
	}
}
