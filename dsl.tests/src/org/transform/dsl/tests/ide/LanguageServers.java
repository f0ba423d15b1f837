package org.transform.dsl.tests.ide;

import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;
import org.transform.dsl.ide.server.TransformServerModule;

import com.google.inject.Injector;
import com.google.inject.Module;

/** What the language-server tests share: the server's module and LSP positions in a text. */
public final class LanguageServers {

	private LanguageServers() {
	}

	/**
	 * Transform's server module, knowing the language through the given IDE injector, as the language
	 * server's launcher registers it; inside OSGi the default lookup through
	 * {@code java.util.ServiceLoader} does not see the language's bundle.
	 */
	public static Module serverModule(Injector language) {
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("transform", language.getInstance(IResourceServiceProvider.class));
		return Modules2.mixin(new TransformServerModule(), binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry));
	}

	/** The LSP position of an offset, lines ending at LF. */
	public static Position position(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}
}
