package org.transform.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.transform.dsl.model.TransformFile;

/**
 * Imports, then the file's own namespace: a file sees its header's elements by simple name (also
 * those of other files with the same header, e.g. a plan split over several files), names it
 * imports ({@code import Acme.*}), and anything by qualified name.
 */
public class TransformImportScoping extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = new ArrayList<>(super.internalGetImportedNamespaceResolvers(context, ignoreCase));
		if (context instanceof TransformFile file && file.getHeader() != null && file.getHeader().getName() != null) {
			resolvers.add(new ImportNormalizer(getQualifiedNameConverter().toQualifiedName(file.getHeader().getName()), true, ignoreCase));
		}
		return resolvers;
	}
}
