package org.transform.dsl.parser;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Builds the model as the parser reads it, without a second error for a value that is missing. When
 * the parser recovers from a syntax error (a name where {@code size} expects a number), it may set a
 * number feature from no text at all; Xtext then added "ValueConverter returned null for primitive
 * feature size" beside the parser's own, clear message. The feature keeps its default instead: the
 * syntax error already says what is expected there. It also records which choices of an element the text
 * writes ({@link WrittenChoices}).
 */
public class TransformElementFactory extends DefaultEcoreElementFactory {

	@Override
	public void set(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
		EStructuralFeature structuralFeature = object.eClass().getEStructuralFeature(feature);
		if (structuralFeature != null && ruleName != null && isPrimitive(structuralFeature) && getTokenAsStringIfPossible(value) == null) {
			return;
		}
		super.set(object, feature, value, ruleName, node);
		if (structuralFeature != null && WrittenChoices.isRecorded(object, structuralFeature)) {
			WrittenChoices.record(object, structuralFeature);
		}
	}

	private static boolean isPrimitive(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return type != null && type.isPrimitive();
	}
}
