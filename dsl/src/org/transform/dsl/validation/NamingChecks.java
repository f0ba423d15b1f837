package org.transform.dsl.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.ModelPackage;

import org.transform.dsl.workspace.NameOwners;
import org.transform.dsl.workspace.WorkspaceIndex;

import com.google.inject.Inject;

/**
 * A qualified name means one thing in the whole workspace. Duplicates inside one file are found by
 * Xtext's {@code NamesAreUniqueValidator} (see {@link TransformNamesAreUnique}); this finds the
 * same qualified name declared in two files, e.g. two files with header {@code Acme} that both
 * declare {@code team Sales} (or one a team and the other a tool named Sales, as inside one file).
 * Where three files or more declare the name, the finding names the other file first by path.
 */
public class NamingChecks extends TransformCheck {

	@Inject
	private IResourceDescriptionsProvider indexProvider;

	@Inject
	private IQualifiedNameProvider names;

	@Check(CheckType.NORMAL)
	public void nameIsUniqueInWorkspace(Element element) {
		if (element.eResource() == null || element.eResource().getResourceSet() == null || element.eClass().getEStructuralFeature("name") == null) {
			return;
		}
		QualifiedName name = names.getFullyQualifiedName(element);
		if (name == null) {
			return;
		}
		Resource resource = element.eResource();
		URI here = resource.getURI();
		IResourceDescriptions index = index(resource);
		// the file named is the first by path, not by the index's order, which follows the order files were
		// built and edited in: the finding is the same whatever the history of the workspace
		IEObjectDescription first = null;
		String firstPath = null;
		for (IEObjectDescription other : declaredElsewhere(index, name, here)) {
			if (isOf(other, resource)) {
				continue;
			}
			URI there = other.getEObjectURI().trimFragment();
			if (!there.equals(here) && (firstPath == null || there.toString().compareTo(firstPath) < 0)) {
				first = other;
				firstPath = there.toString();
			}
		}
		if (first != null) {
			String otherKind = Labels.kind(first.getEClass());
			String kind = Labels.kind(element.eClass());
			error("The " + kind + " '" + name + "' is also declared in " + first.getEObjectURI().trimFragment().lastSegment()
					+ (otherKind.equals(kind) ? "" : " (as " + Labels.withArticle(otherKind) + ")")
					+ ": a name means one thing in the workspace — rename one of them.", nameFeature(element), IssueCodes.DUPLICATE_NAME);
		}
	}

	/**
	 * The index's elements of the name, leaving out this file's where the index tells the files
	 * exporting a name from its name table ({@link NameOwners}, the core's index): a name that only
	 * this file exports (nearly every name, on every edit) is answered by one table look-up, without
	 * reading the file's own new description. Other indexes are asked for the described elements.
	 */
	private static Iterable<IEObjectDescription> declaredElsewhere(IResourceDescriptions index, QualifiedName name, URI here) {
		if (!(index instanceof NameOwners owners)) {
			return index.getExportedObjects(ModelPackage.Literals.ELEMENT, name, false);
		}
		Collection<URI> files = owners.filesExporting(name);
		if (files.isEmpty() || files.size() == 1 && files.contains(here)) {
			return List.of();
		}
		List<IEObjectDescription> found = new ArrayList<>();
		for (URI file : files) {
			IResourceDescription description = file.equals(here) ? null : index.getResourceDescription(file);
			if (description != null) {
				description.getExportedObjects(ModelPackage.Literals.ELEMENT, name, false).forEach(found::add);
			}
		}
		return found;
	}

	/**
	 * Whether the index describes an element of this file. The builder's index holds copies with their
	 * URI, which is compared (their object would be a new proxy per question); the index of loaded files
	 * holds the elements themselves, whose URI (a fragment built for every element of the workspace) is
	 * not needed to tell.
	 */
	private static boolean isOf(IEObjectDescription description, Resource resource) {
		if (description instanceof SerializableEObjectDescription copy) {
			return copy.getEObjectURI().trimFragment().equals(resource.getURI());
		}
		EObject described = description.getEObjectOrProxy();
		return described != null && !described.eIsProxy() && described.eResource() == resource;
	}

	/** The workspace's index, looked up once per validation of a file rather than for each of its elements. */
	private IResourceDescriptions index(Resource resource) {
		Map<Object, Object> context = getContext();
		if (context != null && context.get(IResourceDescriptions.class) instanceof IResourceDescriptions cached) {
			return cached;
		}
		IResourceDescriptions index = WorkspaceIndex.of(resource.getResourceSet(), indexProvider);
		if (context != null) {
			try {
				context.put(IResourceDescriptions.class, index);
			} catch (UnsupportedOperationException e) {
				// a read-only context: the provider is asked again for the next element
			}
		}
		return index;
	}
}
