package org.transform.dsl.parser;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.impl.AbstractNode;
import org.eclipse.xtext.nodemodel.impl.CompositeNode;
import org.eclipse.xtext.nodemodel.impl.LeafNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.impl.RootNode;

/**
 * Xtext's node model builder with root nodes that find the text's line breaks without boxing each
 * offset. Xtext collects them in a {@code List<Integer>} before copying them to an array, on every
 * parse and on every edit the partial parser takes (the whole file's text is set again): in the
 * language server, a quarter of a 5,000-line plan's allocation per keystroke came from it, and
 * allocation is what makes the garbage collector pause while an author types.
 *
 * <p>It also puts the node of a re-parsed element in place of the old one without visiting the nodes
 * before it ({@link #replaceAndTransferLookAhead}).
 */
public class TransformNodeModelBuilder extends NodeModelBuilder {

	/**
	 * The fields of Xtext's nodes that {@link #replaceAndTransferLookAhead} reads and writes: Xtext's
	 * builder reaches them as a class of their package, which a subclass elsewhere is not.
	 */
	private static final VarHandle FIRST_CHILD;
	private static final VarHandle NEXT_SIBLING;
	private static final VarHandle PARENT;
	private static final VarHandle LEAF_OFFSET;
	static {
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			FIRST_CHILD = MethodHandles.privateLookupIn(CompositeNode.class, lookup).findVarHandle(CompositeNode.class, "firstChild", AbstractNode.class);
			NEXT_SIBLING = MethodHandles.privateLookupIn(AbstractNode.class, lookup).findVarHandle(AbstractNode.class, "next", AbstractNode.class);
			PARENT = MethodHandles.privateLookupIn(AbstractNode.class, lookup).findVarHandle(AbstractNode.class, "parent", CompositeNode.class);
			LEAF_OFFSET = MethodHandles.privateLookupIn(LeafNode.class, lookup).findVarHandle(LeafNode.class, "totalOffset", int.class);
		} catch (ReflectiveOperationException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	/**
	 * As Xtext's builder does it — the new node takes the old one's place and look-ahead, and the leaves
	 * get their offsets anew — but only the leaves from the new node on are given offsets: those before
	 * it kept their text and their offsets. Xtext walked the whole file's node tree on every keystroke the
	 * partial parser took (in a 5,000-line plan, a twentieth of the language server's work per edit),
	 * through an iterator that climbs to the parent for each last child. The offsets are Xtext's: each
	 * leaf's is the length of the text before it ({@code TransformNodeModelBuilderTest}).
	 */
	@Override
	public void replaceAndTransferLookAhead(INode oldNode, INode newRootNode) {
		// the leaves before the old node are unchanged: the new node starts where the old one did
		int start = oldNode.getTotalOffset();
		ICompositeNode root = oldNode.getRootNode();
		AbstractNode newNode = (AbstractNode) FIRST_CHILD.get((CompositeNode) newRootNode);
		replaceWithoutChildren((AbstractNode) oldNode, newNode);
		if (oldNode instanceof ICompositeNode old && newNode instanceof CompositeNode composite) {
			setLookAhead(composite, old.getLookAhead());
		}
		int offset = renumber(newNode, start);
		for (AbstractNode node = newNode; node != root;) {
			CompositeNode parent = (CompositeNode) PARENT.get(node);
			AbstractNode first = (AbstractNode) FIRST_CHILD.get(parent);
			for (AbstractNode sibling = (AbstractNode) NEXT_SIBLING.get(node); sibling != first; sibling = (AbstractNode) NEXT_SIBLING.get(sibling)) {
				offset = renumber(sibling, offset);
			}
			node = parent;
		}
	}

	/** Gives the node's leaves the offsets that follow from its first one's; the offset after the node. */
	private static int renumber(AbstractNode node, int offset) {
		if (node instanceof LeafNode leaf) {
			LEAF_OFFSET.set(leaf, offset);
			return offset + leaf.getTotalLength();
		}
		AbstractNode first = node instanceof CompositeNode composite ? (AbstractNode) FIRST_CHILD.get(composite) : null;
		if (first == null) {
			return offset;
		}
		int next = offset;
		AbstractNode child = first;
		do {
			next = renumber(child, next);
			child = (AbstractNode) NEXT_SIBLING.get(child);
		} while (child != first);
		return next;
	}

	@Override
	public ICompositeNode newRootNode(String input) {
		return new Root(input);
	}

	/** A root node whose line breaks are those of Xtext's, found in one pass into an array. */
	static final class Root extends RootNode {

		Root(String input) {
			basicSetCompleteContent(input);
		}

		/** The offsets of {@code \r\n}, {@code \n} and a lone {@code \r}; of the {@code \r} for {@code \r\n}. */
		@Override
		protected int[] computeLineBreaks(String text) {
			return lineBreaks(text);
		}

		static int[] lineBreaks(String text) {
			int[] breaks = new int[text.length() / 20 + 1];
			int count = 0;
			int length = text.length();
			for (int i = 0; i < length; i++) {
				char c = text.charAt(i);
				if (c == '\r' || c == '\n') {
					if (count == breaks.length) {
						breaks = java.util.Arrays.copyOf(breaks, count * 2);
					}
					breaks[count++] = i;
					if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
						i++;
					}
				}
			}
			return java.util.Arrays.copyOf(breaks, count);
		}
	}
}
