package org.transform.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Proposes each element a reference may name once, by the shortest name that reaches it: the simple
 * name where it resolves (the element is in the file, or imported), the qualified name only where the
 * simple one does not. A scope holds an imported element under both names: Xtext proposed it twice
 * ({@code ListeningAlerts} and {@code SocialBusiness.ListeningAlerts}).
 */
public class TransformCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference, ContentAssistContext context) {
		Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
		for (IEObjectDescription candidate : super.queryScope(scope, crossReference, context)) {
			shortest.merge(candidate.getEObjectURI(), candidate,
					(kept, other) -> other.getName().getSegmentCount() < kept.getName().getSegmentCount() ? other : kept);
		}
		return shortest.values();
	}
}
