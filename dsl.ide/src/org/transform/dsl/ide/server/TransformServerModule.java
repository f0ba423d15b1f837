package org.transform.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.ServerModule;

/** Xtext's language server with a builder that re-parses only what changed ({@link ReparsingIncrementalBuilder}). */
public class TransformServerModule extends ServerModule {

	@Override
	protected void configure() {
		super.configure();
		bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReparsingIncrementalBuilder.class);
	}
}
