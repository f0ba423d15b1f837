package org.transform.dsl.resource;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.AbstractEObjectDescription;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescriptionProvider;
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

	private static final String NAME = "name";

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		if (eObject instanceof Element && eObject.eClass().getEStructuralFeature(NAME) != null && eObject.eResource() instanceof TransformResource resource) {
			ICompositeNode node = NodeModelUtils.getNode(eObject);
			if (node != null) {
				return createElementDescription(eObject, node, resource, acceptor);
			}
		}
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(eObject);
		if (name == null) {
			// the file's root holds the names; nothing inside an element has one (a measurements block's values
			// were each asked for a name on every keystroke)
			return !(eObject instanceof Element);
		}
		Map<String, String> data = new HashMap<>();
		ICompositeNode node = NodeModelUtils.getNode(eObject);
		if (node != null) {
			data.put(DIGEST, digests.of(node).text());
		}
		acceptor.accept(EObjectDescription.create(name, eObject, data));
		// the header is named, but the file's elements are its siblings, not its children; nothing
		// inside an element has a name
		return !(eObject instanceof Element);
	}

	/** An element's name as {@link #createEObjectDescriptions} exports it, kept for the next state of its file. */
	private boolean createElementDescription(EObject element, ICompositeNode node, TransformResource resource,
			IAcceptor<IEObjectDescription> acceptor) {
		Object namesState = resource.namesState();
		Digests.Digest digest = digests.of(node);
		Exported exported = digest.exported();
		if (exported != null && exported.namesState() != namesState && exported.eClass() == element.eClass()
				&& exported.resourceURI().equals(resource.getURI())
				&& TransformResource.namesKept(namesState, exported.namesState(), exported.name().getLastSegment())) {
			// the renames since did not reach this name: its qualified name and URI are the same
			exported = new Exported(namesState, exported.resourceURI(), exported.eClass(), exported.name(), exported.uri(), exported.digest());
			digests.remember(node, digest, exported);
		}
		if (exported == null || exported.namesState() != namesState || exported.eClass() != element.eClass()
				|| !exported.resourceURI().equals(resource.getURI())) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(element);
			if (name == null) {
				return false; // an element whose name the parser could not read: nothing inside it has one
			}
			URI uri = EObjectDescription.create(name, element).getEObjectURI();
			exported = new Exported(namesState, resource.getURI(), element.eClass(), name, uri, digest.text());
			digests.remember(node, digest, exported);
		}
		acceptor.accept(new ExportedDescription(element, exported));
		return false;
	}

	/**
	 * An element's exported name, URI and digest, kept with its node for the next state of its file. While an
	 * author types, the index asks for every element of the plan on each keystroke: their qualified names and
	 * URIs made anew were most of the index entry's cost at 5,000 lines. They are reused for an element whose
	 * node has the same text (see {@link Digests}) while its file's names stay, or renames did not reach its
	 * name (see {@link TransformResource#namesState()}, {@link TransformResource#namesKept}), of the same class,
	 * in a file of the same URI. No model object is held: the node is a weak key.
	 */
	private record Exported(Object namesState, URI resourceURI, EClass eClass, QualifiedName name, URI uri, String digest) {
	}

	/**
	 * The exported name of an element of this state of its file, made from what was kept; the index copies it
	 * as Xtext copies any name (a serializable copy of its own, not shared between index states).
	 */
	private static final class ExportedDescription extends AbstractEObjectDescription implements SerializableEObjectDescriptionProvider {
		private final EObject element;
		private final Exported exported;

		ExportedDescription(EObject element, Exported exported) {
			this.element = element;
			this.exported = exported;
		}

		@Override
		public QualifiedName getName() {
			return exported.name();
		}

		@Override
		public QualifiedName getQualifiedName() {
			return exported.name();
		}

		@Override
		public EObject getEObjectOrProxy() {
			return element;
		}

		@Override
		public URI getEObjectURI() {
			return exported.uri();
		}

		@Override
		public EClass getEClass() {
			return exported.eClass();
		}

		@Override
		public String getUserData(String key) {
			return DIGEST.equals(key) ? exported.digest() : null;
		}

		@Override
		public String[] getUserDataKeys() {
			return new String[] { DIGEST };
		}

		@Override
		public SerializableEObjectDescription toSerializableEObjectDescription() {
			SerializableEObjectDescription copy = new SerializableEObjectDescription();
			copy.setEClass(exported.eClass());
			copy.setEObjectURI(exported.uri());
			copy.setQualifiedName(exported.name());
			HashMap<String, String> data = new HashMap<>(2);
			data.put(DIGEST, exported.digest());
			copy.setUserData(data);
			return copy;
		}
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
		/** A node's digest ({@link #text()} as exported), and what its element exported, if kept. */
		record Digest(int length, long textHash, int digest, Exported exported) {
			String text() {
				return Integer.toHexString(digest);
			}
		}

		/**
		 * The digests kept, in shards by the node's identity: the files of a first build are indexed on several
		 * threads at once ({@code ParallelLoad}), which waited for each other's turn at one synchronized map.
		 */
		private final List<Map<ICompositeNode, Digest>> known = Stream.generate(() -> Collections.synchronizedMap(new WeakHashMap<ICompositeNode, Digest>()))
				.limit(SHARDS).toList();

		private static final int SHARDS = 16;

		private Map<ICompositeNode, Digest> knownOf(ICompositeNode node) {
			return known.get(System.identityHashCode(node) & (SHARDS - 1));
		}

		Digest of(ICompositeNode node) {
			String text = node.getRootNode().getText();
			int offset = node.getTotalOffset();
			int length = node.getTotalLength();
			long textHash = textHash(text, offset, offset + length);
			Map<ICompositeNode, Digest> shard = knownOf(node);
			Digest digest = shard.get(node);
			if (digest == null || digest.length() != length || digest.textHash() != textHash) {
				digest = new Digest(length, textHash, digest(node), null);
				shard.put(node, digest);
			}
			return digest;
		}

		/** Keeps what the node's element exported with the node's digest. */
		void remember(ICompositeNode node, Digest digest, Exported exported) {
			knownOf(node).put(node, new Digest(digest.length(), digest.textHash(), digest.digest(), exported));
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
				// a leaf that is not hidden starts and ends where its total region does (getOffset and getEndOffset
				// make an iterator over the node tree to find that out, for every leaf of the file)
				for (int i = leaf.getTotalOffset(), end = leaf.getTotalEndOffset(); i < end; i++) {
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
