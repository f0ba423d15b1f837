package org.transform.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildContext;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.service.OperationCanceledManager;

import com.google.inject.Inject;

/**
 * Xtext's indexer, which takes a file's index entry from the thread that parsed it when there is one
 * ({@link IndexedOnLoad}): the first build of a large workspace spent a quarter of its builder's time
 * indexing one file after the other while the parse threads were done. Otherwise a changed file's
 * exported names are copied once per build ({@link ExportedCopies.CopyingIndexer}).
 */
public class TransformIndexer extends ExportedCopies.CopyingIndexer {

	@Inject
	private OperationCanceledManager operationCanceledManager;

	@Override
	protected IResourceDescription.Delta addToIndex(Resource resource, boolean isPreIndexing, ResourceDescriptionsData oldIndex, BuildContext context) {
		IResourceDescription entry = IndexedOnLoad.take(resource);
		if (entry == null) {
			return super.addToIndex(resource, isPreIndexing, oldIndex, context);
		}
		operationCanceledManager.checkCanceled(context.getCancelIndicator());
		URI uri = resource.getURI();
		IResourceDescription.Manager manager = context.getResourceServiceProvider(uri).getResourceDescriptionManager();
		return manager.createDelta(oldIndex != null ? oldIndex.getResourceDescription(uri) : null, entry);
	}
}
