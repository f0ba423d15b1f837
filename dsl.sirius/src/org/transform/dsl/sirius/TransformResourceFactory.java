package org.transform.dsl.sirius;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceFactory;
import org.transform.dsl.TransformStandaloneSetup;

import com.google.inject.Injector;

/**
 * Lets EMF, and so Sirius, load {@code .transform} files as models: {@code plugin.xml} registers it for the
 * {@code transform} extension with {@code org.eclipse.emf.ecore.extension_parser}. A Sirius session adds the plan
 * files as semantic resources of one resource set; the language's registration (done once, on first use) lets
 * references between those files resolve, e.g. a goal's {@code owner} in the plan to a team in the organization
 * file.
 */
public class TransformResourceFactory implements Resource.Factory {

	private static final class Language {
		static final Injector INJECTOR = new TransformStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Resource createResource(URI uri) {
		return Language.INJECTOR.getInstance(XtextResourceFactory.class).createResource(uri);
	}
}
