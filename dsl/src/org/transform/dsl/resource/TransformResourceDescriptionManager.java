package org.transform.dsl.resource;

import java.util.Collection;

import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Several rules look at the whole workspace rather than at what a file references: two tools of
 * one category in two files, two plans pushing one team toward opposing goals. A change to any
 * exported element of another file can therefore change this file's findings, so every Transform
 * file is re-validated when another one changes what it exports.
 */
public class TransformResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		for (IResourceDescription.Delta delta : deltas) {
			if (!delta.getUri().equals(candidate.getURI()) && delta.haveEObjectDescriptionsChanged()
					&& "transform".equals(delta.getUri().fileExtension())) {
				return true;
			}
		}
		return super.isAffected(deltas, candidate, context);
	}
}
