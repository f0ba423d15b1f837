package org.transform.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Header;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.ModelPackage;

/**
 * The plan element a finding is on, as the Problems view shows it: the innermost element (or the file's
 * header) around the finding's start, by its qualified name ({@code Acme.Sales.SalesCycle}) and its kind,
 * the model's class name ({@code Indicator}, {@code Goal}, {@code LeverChange} ...). A measurements block
 * has no name of its own: it goes by the indicator it measures (qualified when the reference resolves,
 * as written when it does not). A finding outside every element (on an import) has none.
 */
public record FindingElement(String name, String kind) {

	/** The element around the offset of the resource's text, if there is one with a name. */
	public static Optional<FindingElement> at(XtextResource resource, int offset) {
		EObject found = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, offset);
		for (EObject object = found; object != null; object = object.eContainer()) {
			if (object instanceof Element || object instanceof Header) {
				String name = name(object, resource.getResourceServiceProvider().get(IQualifiedNameProvider.class));
				return name == null || name.isEmpty() ? Optional.empty() : Optional.of(new FindingElement(name, object.eClass().getName()));
			}
		}
		return Optional.empty();
	}

	private static String name(EObject element, IQualifiedNameProvider names) {
		if (element instanceof Measurements block) {
			Indicator indicator = block.getIndicator();
			if (indicator != null && !indicator.eIsProxy()) {
				return name(indicator, names);
			}
			List<INode> written = NodeModelUtils.findNodesForFeature(block, ModelPackage.Literals.MEASUREMENTS__INDICATOR);
			return written.isEmpty() ? null : NodeModelUtils.getTokenText(written.get(0));
		}
		QualifiedName name = names.getFullyQualifiedName(element);
		return name == null ? null : name.toString();
	}
}
