package org.transform.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;

/**
 * A file's entry in the index put together from given parts — its exported names, the names it imports,
 * its references — rather than computed from a loaded resource as Xtext's descriptions are. Xtext has no
 * such class; the builder's index entries are made from these before they are copied for keeping.
 */
public final class GivenResourceDescription extends AbstractResourceDescription {

	private final URI uri;
	private final List<IEObjectDescription> exported;
	private final Iterable<QualifiedName> imported;
	private final Iterable<IReferenceDescription> references;

	public GivenResourceDescription(URI uri, List<IEObjectDescription> exported, Iterable<QualifiedName> imported,
			Iterable<IReferenceDescription> references) {
		this.uri = uri;
		this.exported = exported;
		this.imported = imported;
		this.references = references;
	}

	/** Exported names only: what a file offers to others, without what it imports or references. */
	public static GivenResourceDescription exporting(URI uri, List<IEObjectDescription> exported) {
		return new GivenResourceDescription(uri, exported, List.of(), List.of());
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return exported;
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return imported;
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return references;
	}

	@Override
	public URI getURI() {
		return uri;
	}
}
