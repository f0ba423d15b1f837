package org.transform.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.transform.dsl.model.TransformFile;

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
