package org.transform.dsl.ui;

import org.transform.dsl.ide.TransformIdeSetup;

import com.google.inject.Injector;

/** The language's injector (runtime plus IDE services) for the editor, created on first use. */
public final class TransformLanguage {

	private static volatile Injector injector;

	private TransformLanguage() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (TransformLanguage.class) {
				result = injector;
				if (result == null) {
					injector = result = new TransformIdeSetup().createInjectorAndDoEMFRegistration();
				}
			}
		}
		return result;
	}
}
