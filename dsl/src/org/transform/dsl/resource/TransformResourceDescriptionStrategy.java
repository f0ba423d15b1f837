package org.transform.dsl.resource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Exports every named element with a digest of the element's text (its prose left out), so that the index sees a change to a goal's moves or a
 * team's {@code part-of} in another file as a change, and re-validates the files whose
 * workspace-wide findings may depend on it (see {@link TransformResourceDescriptionManager}).
 */
public class TransformResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String DIGEST = "digest";

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(eObject);
		if (name == null) {
			return true;
		}
		Map<String, String> data = new HashMap<>();
		ICompositeNode node = NodeModelUtils.getNode(eObject);
		if (node != null) {
			data.put(DIGEST, Integer.toHexString(digest(node)));
		}
		acceptor.accept(EObjectDescription.create(name, eObject, data));
		// the header is named, but the file's elements are its siblings, not its children
		return true;
	}

	/** Prose for readers: no rule of any file reads it, so typing it re-validates no other file. */
	private static final Set<String> PROSE = Set.of("title", "description", "definition", "source");

	/**
	 * A hash of the element's tokens, whitespace, comments and prose left out, computed without
	 * building the token text, since every element of a changed file is digested on every change.
	 */
	static int digest(ICompositeNode node) {
		String text = node.getRootNode().getText();
		int hash = 1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && !isProse(leaf)) {
				hash = 31 * hash + ' ';
				for (int i = leaf.getOffset(), end = leaf.getEndOffset(); i < end; i++) {
					hash = 31 * hash + text.charAt(i);
				}
			}
		}
		return hash;
	}

	private static boolean isProse(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof RuleCall call && call.eContainer() instanceof Assignment assignment
				&& PROSE.contains(assignment.getFeature());
	}
}
