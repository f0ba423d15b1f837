package org.transform.dsl.serializer;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.serializer.sequencer.LegacyTransientValueService;

/**
 * Writes a clause whose value is its kind's first choice when a program set it on purpose.
 * <p>
 * An optional enum clause such as {@code better higher} holds the enum's first value when it is not written, so EMF
 * cannot tell "chosen higher" from "not said"; Xtext's serializer then writes the clause only if the text had it. A
 * program that edits a plan (the Sirius viewpoint's tools: a new indicator whose direction is chosen in the table)
 * marks the clause it chose with {@link #write}, and the serializer writes it.
 */
public class WrittenClauses extends LegacyTransientValueService {

	/** Marks the element's feature as chosen: saved, it is written even when it holds the first value. */
	public static void write(EObject element, EStructuralFeature feature) {
		Chosen chosen = (Chosen) element.eAdapters().stream().filter(Chosen.class::isInstance).findFirst().orElse(null);
		if (chosen == null) {
			chosen = new Chosen();
			element.eAdapters().add(chosen);
		}
		chosen.features.add(feature);
	}

	@Override
	public ValueTransient isValueTransient(EObject semanticObject, EStructuralFeature feature) {
		ValueTransient transient_ = super.isValueTransient(semanticObject, feature);
		if (transient_ == ValueTransient.PREFERABLY && semanticObject.eAdapters().stream()
				.anyMatch(adapter -> adapter instanceof Chosen chosen && chosen.features.contains(feature))) {
			return ValueTransient.NO;
		}
		return transient_;
	}

	private static final class Chosen extends AdapterImpl {
		private final Set<EStructuralFeature> features = new HashSet<>();
	}
}
