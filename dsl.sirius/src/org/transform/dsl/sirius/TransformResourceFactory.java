package org.transform.dsl.sirius;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.transform.dsl.TransformStandaloneSetup;

import com.google.inject.Injector;

/**
 * Lets EMF, and so Sirius, load {@code .transform} files as models: {@code plugin.xml} registers it for the
 * {@code transform} extension with {@code org.eclipse.emf.ecore.extension_parser}.
 * <p>
 * A Sirius session adds the plan files as semantic resources of one resource set. References between those files
 * (a goal's {@code owner} in a plan to a team in the organization file) resolve through the language's entry in
 * {@link IResourceServiceProvider.Registry#INSTANCE}, which this factory makes sure is there whenever it creates a
 * resource.
 */
public class TransformResourceFactory implements Resource.Factory {

	private static final String EXTENSION = "transform";

	private static final class Language {
		static final Injector INJECTOR = new TransformStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Resource createResource(URI uri) {
		Injector injector = Language.INJECTOR;
		IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(EXTENSION,
				injector.getInstance(IResourceServiceProvider.class));
		return injector.getInstance(XtextResourceFactory.class).createResource(uri);
	}
}
