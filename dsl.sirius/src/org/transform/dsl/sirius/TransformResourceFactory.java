package org.transform.dsl.sirius;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.SaveOptions;
import org.transform.dsl.TransformStandaloneSetup;
import org.transform.dsl.resource.TransformResource;

import com.google.inject.Injector;

/**
 * Lets EMF, and so Sirius, load {@code .transform} files as models: {@code plugin.xml} registers it for the
 * {@code transform} extension with {@code org.eclipse.emf.ecore.extension_parser}.
 * <p>
 * A Sirius session adds the plan files as semantic resources of one resource set. References between those files
 * (a goal's {@code owner} in a plan to a team in the organization file) resolve through the language's entry in
 * {@link IResourceServiceProvider.Registry#INSTANCE}, which this factory makes sure is there whenever it creates a
 * resource.
 * <p>
 * Sirius saves a plan it edited through the language's serializer. The resources this factory creates save their
 * text laid out by the language's formatter (the editor's Format), so that an element a tool added reads like the
 * rest of the file rather than squeezed onto one line; comments are kept.
 */
public class TransformResourceFactory implements Resource.Factory {

	private static final String EXTENSION = "transform";

	private static final class Language {
		static final Injector INJECTOR = new TransformStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/** A plan file in a Sirius session: saved formatted, whatever options Sirius saves it with. */
	static final class SessionResource extends TransformResource {
		SessionResource() {
			defaultSaveOptions = new HashMap<>();
			SaveOptions.newBuilder().format().getOptions().addTo(defaultSaveOptions);
		}
	}

	@Override
	public Resource createResource(URI uri) {
		Injector injector = Language.INJECTOR;
		IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(EXTENSION,
				injector.getInstance(IResourceServiceProvider.class));
		SessionResource resource = injector.getInstance(SessionResource.class);
		resource.setURI(uri);
		return resource;
	}
}
