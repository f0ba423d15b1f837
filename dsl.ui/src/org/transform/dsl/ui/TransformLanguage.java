package org.transform.dsl.ui;

import org.transform.dsl.ide.workspace.PlanCore;

import com.google.inject.Injector;

/** The language's injector (runtime plus IDE services) for the editor: the one the workspace core registered. */
public final class TransformLanguage {

	private TransformLanguage() {
	}

	public static Injector injector() {
		return PlanCore.language();
	}
}
