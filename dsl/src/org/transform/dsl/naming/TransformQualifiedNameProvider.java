package org.transform.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.util.Tuples;
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

	@Override
	public QualifiedName getFullyQualifiedName(EObject obj) {
		return cache.get(Tuples.pair(obj, "fqn"), obj.eResource(), () -> compute(obj));
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
