package org.transform.dsl.ide.workspace;

import org.transform.dsl.ide.server.ReparsingIncrementalBuilder;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;

/**
 * A core that is built once and then only read, as the command line's is: its builder keeps in the index
 * what the rules look up (every file's exported names) and not what only a later edit or a "find
 * references" would need (every reference of every file, {@link ReparsingIncrementalBuilder#BUILT_ONCE}); and,
 * nothing editing it while its rules read it, it links and validates its files on several threads. Loading,
 * linking, validation and findings are the same as any core's.
 */
public final class BuiltOnce extends AbstractModule {

	@Override
	protected void configure() {
		bindConstant().annotatedWith(Names.named(ReparsingIncrementalBuilder.BUILT_ONCE)).to(true);
	}
}
