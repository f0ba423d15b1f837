package org.transform.dsl;

/**
 * Initialisation support for running Transform without Equinox extension registry (CLI, tests,
 * language server).
 */
public class TransformStandaloneSetup extends TransformStandaloneSetupGenerated {

	public static void doSetup() {
		new TransformStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
