package org.transform.dsl.naming;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.transform.dsl.model.Header;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

/**
 * Names every element after its file's header: team {@code Sales} in {@code organization Acme} is
 * {@code Acme.Sales}. Elements are not nested in the header (a file reads as a flat list), so the
 * default nesting-based provider does not apply.
 */
public class TransformQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IQualifiedNameConverter converter;

	@Inject
	private IResourceScopeCache cache;

	/**
	 * The names of a resource's objects for one state of it, in the resource's cache (which forgets them
	 * on the next change). One map per state: a key and a lambda per question, thousands of times per
	 * keystroke (the index, linking, the rules), were a twentieth of the language server's allocation.
	 * Read from several threads at once (the language server answers reads in parallel), hence concurrent.
	 */
	private static final Object NAMES = new Object();
	/** Stands for "no name" in {@link #NAMES}' maps, which hold no nulls. */
	private static final Object NONE = new Object();

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		Map<EObject, Object> names = cache.get(NAMES, obj.eResource(), ConcurrentHashMap::new);
		Object name = names.get(obj);
		if (name == null) {
			QualifiedName computed = compute(obj);
			name = computed == null ? NONE : computed;
			names.put(obj, name);
		}
		return name == NONE ? null : (QualifiedName) name;
	}

	private QualifiedName compute(EObject obj) {
		if (obj instanceof Header header) {
			return header.getName() == null ? null : converter.toQualifiedName(header.getName());
		}
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(obj);
		if (name == null || name.isEmpty()) {
			return null;
		}
		if (obj.eContainer() instanceof TransformFile file && file.getHeader() != null && file.getHeader().getName() != null) {
			// the header's name is split once per state of the file, not once per element
			return getFullyQualifiedName(file.getHeader()).append(name);
		}
		return QualifiedName.create(name);
	}
}
