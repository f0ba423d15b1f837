package org.transform.dsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Header;
import org.transform.dsl.model.TransformFile;

/**
 * The clauses of an element may come in any order, and the grammar lets each be written any number
 * of times. For a clause that holds one value ({@code lever}, {@code better}, {@code baseline},
 * {@code owner} of a goal, …) only the last one written would count: {@code lever technology lever
 * leadership} would escape every technology rule, {@code better lower better higher} would flip the
 * indicator. Such a repetition is an error on the second clause.
 *
 * <p>Read from the node model, not the EMF model, which keeps only the last value: a clause is a
 * keyword directly followed in its grammar group by a single-valued assignment ({@code lever=…}),
 * so the rule follows the grammar without a list of keywords to keep in step with it.
 */
public class ClauseChecks extends TransformCheck {

	/** Whether a keyword starts a single-valued clause, per keyword of the grammar (read once). */
	private static final Map<Keyword, Boolean> SINGLE_VALUED = new ConcurrentHashMap<>();

	@Check
	public void noRepeatedClause(Element element) {
		if (element.eContainer() instanceof TransformFile) { // clauses belong to the file's elements; a goal's 'raise … by …' is one clause
			checkClauses(element);
		}
	}

	@Check
	public void noRepeatedClause(Header header) {
		checkClauses(header);
	}

	private void checkClauses(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return;
		}
		// an element has a handful of clauses: a list searched is cheaper than a map, on every element of every edit
		List<String> seen = null;
		for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ILeafNode leaf && !leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword
					&& startsSingleValuedClause(keyword) && leaf.getSemanticElement() == element) {
				if (seen == null) {
					seen = new ArrayList<>();
				}
				String value = keyword.getValue();
				int times = Collections.frequency(seen, value);
				seen.add(value);
				if (times == 1) {
					getMessageAcceptor().acceptError("'" + value + "' is written more than once in " + kindOf(element)
							+ (nameFeature(element) == null ? "" : " " + label(element)) + ": it holds one value, and only the last one written would count — keep one '"
							+ value + "' clause.", element, leaf.getOffset(), leaf.getLength(), IssueCodes.REPEATED_CLAUSE, value);
				}
			}
		}
	}

	private static boolean startsSingleValuedClause(Keyword keyword) {
		Boolean known = SINGLE_VALUED.get(keyword); // asked for every keyword of every element: a read without a lock first
		if (known != null) {
			return known;
		}
		return SINGLE_VALUED.computeIfAbsent(keyword, k -> {
			if (!(k.eContainer() instanceof Group group)) {
				return false;
			}
			int at = group.getElements().indexOf(k);
			return at == 0 && group.getElements().size() > 1 && group.getElements().get(1) instanceof Assignment assignment
					&& "=".equals(assignment.getOperator());
		});
	}

	private static String kindOf(EObject element) {
		return element.eClass().getName().equals("LeverChange") ? "change" : element.eClass().getName().toLowerCase(Locale.ROOT);
	}
}
