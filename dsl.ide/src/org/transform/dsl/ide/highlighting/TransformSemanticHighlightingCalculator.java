package org.transform.dsl.ide.highlighting;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.services.TransformGrammarAccess;

import com.google.inject.Inject;

/**
 * Semantic highlighting: the names of teams, indicators, goals, practices and tools, where they are
 * declared and wherever they are referred to, each kind in its own style; lever kinds; dates. The
 * styles are LSP semantic token types, which Xtext's semantic tokens service reports to the editor.
 */
public class TransformSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	public static final String TEAM = "class";
	public static final String INDICATOR = "variable";
	public static final String GOAL = "event";
	public static final String PRACTICE = "function";
	public static final String TOOL = "interface";
	public static final String LEVER = "enumMember";
	public static final String DATE = "number";

	private static final Map<EClass, String> STYLES = Map.of(ModelPackage.Literals.TEAM, TEAM, ModelPackage.Literals.INDICATOR,
			INDICATOR, ModelPackage.Literals.GOAL, GOAL, ModelPackage.Literals.PRACTICE, PRACTICE, ModelPackage.Literals.TOOL, TOOL);

	@Inject
	private TransformGrammarAccess grammar;

	@Override
	protected void doProvideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		super.doProvideHighlightingFor(resource, acceptor, cancelIndicator);
		if (resource.getParseResult() == null) {
			return;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof RuleCall call && call.getRule() == grammar.getDATERule()) {
				highlightNode(acceptor, leaf, DATE);
			}
		}
	}

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		String own = STYLES.get(object.eClass());
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (own != null && name instanceof EAttribute) {
			highlightFeature(acceptor, object, name, own);
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			String style = reference.isContainment() ? null : STYLES.get(reference.getEReferenceType());
			if (style != null) {
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					highlightNode(acceptor, node, style);
				}
			}
		}
		if (object instanceof LeverChange) {
			highlightFeature(acceptor, object, ModelPackage.Literals.LEVER_CHANGE__LEVER, LEVER);
		}
		return false;
	}
}
