package org.transform.dsl.parser;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.transform.dsl.model.Element;

/**
 * Which of an element's choices ({@code better lower}, {@code cadence monthly}, {@code lever technology}: its
 * enum attributes) the parser read from the text. An enum attribute holds its first literal when nothing was
 * written, so "better higher" and no "better" at all look alike in the model; they were told apart by walking
 * the element's nodes, for every indicator and change of the edited plan on every keystroke (a twentieth of the
 * language server's work per edit at 5,000 lines). The parser says it as it builds the element
 * ({@link TransformElementFactory}); a re-parsed element is a new object with its own record, and the others
 * keep theirs, since their text did not change.
 *
 * <p>Kept as an adapter of the element (EMF's way to hang data on a model object it does not declare): one
 * bit per feature of the element's class.
 */
public final class WrittenChoices extends AdapterImpl {

	private long features;

	private WrittenChoices() {
	}

	/** Whether the parser records the feature of the object: an enum attribute of a plan's element. */
	public static boolean isRecorded(EObject object, EStructuralFeature feature) {
		return object instanceof Element && feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum
				&& object.eClass().getFeatureID(feature) < Long.SIZE;
	}

	/** The parser read the feature's value from the text. */
	static void record(EObject object, EStructuralFeature feature) {
		WrittenChoices choices = of(object);
		if (choices == null) {
			choices = new WrittenChoices();
			object.eAdapters().add(choices);
		}
		choices.features |= 1L << object.eClass().getFeatureID(feature);
	}

	/**
	 * Whether the parser read the feature (one {@link #isRecorded recorded}) of the object from the text; only for an
	 * object the parser made (one with a node). A change made to the model later (a Sirius tool) is not text the
	 * parser read: the record does not follow it.
	 */
	public static boolean wasWritten(EObject object, EStructuralFeature feature) {
		WrittenChoices choices = of(object);
		return choices != null && (choices.features & 1L << object.eClass().getFeatureID(feature)) != 0;
	}

	private static WrittenChoices of(EObject object) {
		return (WrittenChoices) EcoreUtil.getExistingAdapter(object, WrittenChoices.class);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == WrittenChoices.class;
	}
}
