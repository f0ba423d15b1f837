package org.transform.dsl.scoping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * A scope that remembers what each name resolved to. The scope of a file is a stack of layers (its
 * own namespace over its imports over the workspace) and a look-up walks every layer; a plan names
 * the same teams, indicators and practices many times, so each name is looked up once.
 *
 * <p>Only for a scope whose answers cannot change while it lives: it lives as long as its file is
 * unchanged (Xtext's resource cache forgets it on the file's next change), and a builder links a
 * file again when another file changes what it exports under a name the file looked up (Xtext's
 * {@code isAffected}: the file's imported names, which every look-up through the global scope records,
 * found or not). A live-scoped resource set (a rename,
 * which changes names in memory and asks the scope again) gets the plain scope.
 */
final class MemoizingScope implements IScope {

	/** Stands for "no element of that name" in the map, which holds no nulls. */
	private static final Object NONE = new Object();

	private final IScope delegate;
	private final Map<QualifiedName, Object> resolved = new ConcurrentHashMap<>();

	MemoizingScope(IScope delegate) {
		this.delegate = delegate;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		Object element = resolved.get(name);
		if (element == null) {
			IEObjectDescription found = delegate.getSingleElement(name);
			element = found == null ? NONE : found;
			resolved.put(name, element);
		}
		return element == NONE ? null : (IEObjectDescription) element;
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		return delegate.getElements(name);
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return delegate.getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return delegate.getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return delegate.getAllElements();
	}

	@Override
	public String toString() {
		return "memoizing " + delegate;
	}
}
