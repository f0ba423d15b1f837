package org.transform.dsl.tests.formatting;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

/**
 * A model written out as indented text: each object with its type and attributes, its contents
 * nested below it, and cross-references by the qualified name of their target (or, unresolved, by
 * the text written). Two texts that parse to the same model give the same structure; when they
 * do not, the difference shows where.
 */
public class ModelStructure {

	@Inject
	private IQualifiedNameProvider names;

	public String of(EObject root) {
		StringBuilder out = new StringBuilder();
		write(root, "", out);
		return out.toString();
	}

	private void write(EObject object, String indentation, StringBuilder out) {
		out.append(indentation).append(object.eClass().getName()).append('\n');
		String inner = indentation + "    ";
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			out.append(inner).append(attribute.getName()).append(" = ").append(object.eGet(attribute)).append('\n');
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer()) {
				continue;
			}
			out.append(inner).append(reference.getName()).append(" ->");
			List<EObject> targets = targets(object, reference);
			List<INode> written = NodeModelUtils.findNodesForFeature(object, reference);
			for (int i = 0; i < targets.size(); i++) {
				EObject target = targets.get(i);
				out.append(' ');
				if (target.eIsProxy()) {
					String text = i < written.size() ? NodeModelUtils.getTokenText(written.get(i)) : "?";
					out.append("unresolved '").append(text).append('\'');
				} else {
					QualifiedName name = names.getFullyQualifiedName(target);
					out.append(name == null ? "unnamed " + target.eClass().getName() : name.toString());
				}
			}
			out.append('\n');
		}
		for (EObject child : object.eContents()) {
			write(child, inner, out);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> targets(EObject object, EReference reference) {
		Object value = object.eGet(reference, false);
		if (value == null) {
			return List.of();
		}
		return reference.isMany() ? (List<EObject>) value : List.of((EObject) value);
	}
}
