package org.transform.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

/**
 * Imports, then the file's own namespace on top: a file sees its header's elements by simple name
 * (also those of other files with the same header, e.g. a plan split over several files), names it
 * imports ({@code import Acme.*}), and anything by qualified name.
 *
 * <p>The own namespace is a layer of its own, above the imports, so a plan that declares
 * {@code team Sales} and imports an organization that also has a {@code Sales} means its own team.
 * In one layer, the two would make the name ambiguous and it would resolve to nothing.
 */
public class TransformImportScoping extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	/**
	 * One scope per file and referenced type. Elements are a flat list with no named children, so a
	 * reference sees the same names from anywhere in its file; the default provider would still build
	 * a chain of scopes per reference (one layer per container up to the file), which made linking
	 * the largest cost of re-validating a file while its author types. The cache is the resource's
	 * own and forgets the scope on the next change of the file. Outside a live scope, the scope
	 * remembers what each name resolved to ({@link MemoizingScope}).
	 */
	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null || !(EcoreUtil.getRootContainer(context) instanceof TransformFile file)) {
			return super.getScope(context, reference);
		}
		return cache.get(Tuples.create(TransformImportScoping.class, reference.getEReferenceType(), isIgnoreCase(reference)), resource, () -> {
			IScope scope = super.getScope(file, reference);
			return isLive(resource) ? scope : new MemoizingScope(scope);
		});
	}

	/** Whether the resource set sees changes of other resources made in memory (a rename does). */
	private static boolean isLive(Resource resource) {
		return resource.getResourceSet() == null
				|| Boolean.TRUE.equals(resource.getResourceSet().getLoadOptions().get(ResourceDescriptionsProvider.LIVE_SCOPE));
	}

	/**
	 * The file's own named objects, the lowest layer of its scopes: its header and its elements, the only
	 * objects the grammar names (nothing inside an element has a name). Xtext's provider walks every object
	 * of the file and asks each for its name, a fifth of linking a file; the file's first level gives the
	 * same names of the same objects in the same order.
	 */
	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof TransformFile file)) {
			return super.internalGetAllDescriptions(resource);
		}
		return new MultimapBasedSelectable(Scopes.scopedElementsFor(file.eContents(), getQualifiedNameProvider()));
	}

	@Override
	protected IScope getLocalElementsScope(IScope parent, EObject context, EReference reference) {
		IScope imports = super.getLocalElementsScope(parent, context, reference);
		if (context instanceof TransformFile file && file.getHeader() != null && file.getHeader().getName() != null) {
			boolean ignoreCase = isIgnoreCase(reference);
			ImportNormalizer ownNamespace = new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(file.getHeader().getName()),
					true, ignoreCase);
			return createImportScope(imports, List.of(ownNamespace), null, reference.getEReferenceType(), ignoreCase);
		}
		return imports;
	}
}
