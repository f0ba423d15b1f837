package org.transform.dsl.resource;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.transform.dsl.model.Element;

import com.google.inject.Singleton;

/**
 * Exports every named element with a digest of the element's text (its prose left out), so that the index sees a change to a goal's moves or a
 * team's {@code part-of} in another file as a change: the files that link to it are built again, and the other files, whose
 * workspace-wide findings may depend on it, are validated again after the build ({@code PostponedValidation} in {@code dsl.ide}).
 */
@Singleton
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
			data.put(DIGEST, Integer.toHexString(digests.of(node)));
		}
		acceptor.accept(EObjectDescription.create(name, eObject, data));
		// the header is named, but the file's elements are its siblings, not its children; nothing
		// inside an element has a name
		return !(eObject instanceof Element);
	}

	private final Digests digests = new Digests();

	/**
	 * The digests of elements whose text has not changed since they were last digested. While an author
	 * types, Xtext re-parses only the edited element and keeps the nodes of the others, but the index
	 * asks for the digests of all of them: the walk over a 5,000-line plan's nodes took longer than
	 * the re-parse. A node's digest is kept with a 64-bit hash of its text, and reused while the same
	 * node has text of that hash (a scan of characters, not of nodes). Keys are weak: a node that is
	 * no longer in a model is forgotten.
	 */
	static final class Digests {
		private record Digest(int length, long textHash, int digest) {
		}

		private final Map<ICompositeNode, Digest> known = Collections.synchronizedMap(new WeakHashMap<>());

		int of(ICompositeNode node) {
			String text = node.getRootNode().getText();
			int offset = node.getTotalOffset();
			int length = node.getTotalLength();
			long textHash = textHash(text, offset, offset + length);
			Digest digest = known.get(node);
			if (digest == null || digest.length() != length || digest.textHash() != textHash) {
				digest = new Digest(length, textHash, digest(node));
				known.put(node, digest);
			}
			return digest.digest();
		}

		/** FNV-1a over the characters, 64 bits. */
		private static long textHash(String text, int from, int to) {
			long hash = 0xcbf29ce484222325L;
			for (int i = from; i < to; i++) {
				hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
			}
			return hash;
		}
	}

	/** Prose for readers: no rule of any file reads it, so typing it re-validates no other file. */
	private static final Set<String> PROSE = Set.of("title", "description", "definition", "source");

	/**
	 * A hash of the element's tokens, whitespace, comments and prose left out, computed without
	 * building the token text, since every element of a changed file is digested on every change. The
	 * walk goes from node to node by hand: the node model's tree iterators cost as much again as the
	 * hashing.
	 */
	static int digest(ICompositeNode node) {
		return digest(node, node.getRootNode().getText(), 1);
	}

	private static int digest(ICompositeNode parent, String text, int hash) {
		for (INode child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ICompositeNode composite) {
				hash = digest(composite, text, hash);
			} else if (child instanceof ILeafNode leaf && !leaf.isHidden() && !isProse(leaf)) {
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
