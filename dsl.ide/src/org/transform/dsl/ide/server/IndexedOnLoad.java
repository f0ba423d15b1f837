package org.transform.dsl.ide.server;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A file's index entry, computed on the thread that parsed it ({@link ParallelLoad}) rather than by
 * the builder's indexer one file after the other: its exported names, each with its URI and digest, as
 * Xtext's {@code Indexer} would compute them ({@link ResolvedResourceDescription} of the language's
 * description). An entry depends on its own file only — names are the file's header and element names,
 * URIs the file's own fragments, digests its own text — so it is the same wherever it is computed.
 * It is kept on the resource and taken by {@link TransformIndexer} while the resource still has the
 * parse it was computed from; an edited file (a new parse) is indexed again as usual.
 */
final class IndexedOnLoad extends AdapterImpl {

	private final IParseResult parsed;
	private final IResourceDescription entry;

	private IndexedOnLoad(IParseResult parsed, IResourceDescription entry) {
		this.parsed = parsed;
		this.entry = entry;
	}

	/** Computes the index entry of a file just parsed, outside any resource set, and keeps it on the resource. */
	static void compute(XtextResource resource) {
		IParseResult parsed = resource.getParseResult();
		if (parsed == null || resource.getResourceServiceProvider() == null) {
			return;
		}
		IResourceDescription.Manager manager = resource.getResourceServiceProvider().getResourceDescriptionManager();
		IResourceDescription entry = new ResolvedResourceDescription(manager.getResourceDescription(resource));
		resource.eAdapters().add(new IndexedOnLoad(parsed, entry));
	}

	/** The entry computed on loading, if the resource still has that parse; taken off the resource either way. */
	static IResourceDescription take(Resource resource) {
		IndexedOnLoad kept = (IndexedOnLoad) EcoreUtil.getExistingAdapter(resource, IndexedOnLoad.class);
		if (kept == null) {
			return null;
		}
		resource.eAdapters().remove(kept);
		return resource instanceof XtextResource xtext && xtext.getParseResult() == kept.parsed ? kept.entry : null;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == IndexedOnLoad.class;
	}

	@Override
	public void setTarget(Notifier newTarget) {
		// the entry does not listen to the resource: it is checked against the resource's parse when taken
	}
}
