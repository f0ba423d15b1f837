package org.transform.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.transform.dsl.TransformRuntimeModule;
import org.transform.dsl.TransformStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates the injector for the runtime plus the IDE services (language server, CLI, Eclipse editor). */
public class TransformIdeSetup extends TransformStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new TransformRuntimeModule(), new TransformIdeModule()));
	}
}
