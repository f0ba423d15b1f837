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
		// JFace's reconciler waits for a change on a delay of 0 (Object.wait(0)), even before the first check of an
		// opened plan: 1 ms is the smallest pause that checks the plan as soon as it opens
		setDelay(Math.max(1, delay));
	}

	/** The pause, in milliseconds, after which the plan is checked. */
	public int delay() {
		return delay;
	}
}
