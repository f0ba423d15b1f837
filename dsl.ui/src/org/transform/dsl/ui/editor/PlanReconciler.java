package org.transform.dsl.ui.editor;

import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.transform.dsl.ui.preferences.TransformPreferences;

/**
 * Checks the open plan once the author pauses for the validation delay (Window → Preferences →
 * Transform, 150 ms by default): the Generic Editor's own reconciler waits half a second.
 */
public class PlanReconciler extends MonoReconciler {

	private final int delay;

	public PlanReconciler() {
		super(new TransformReconcilingStrategy(), false);
		delay = TransformPreferences.validationDelay();
		setDelay(delay);
	}

	/** The pause, in milliseconds, after which the plan is checked. */
	public int delay() {
		return delay;
	}
}
