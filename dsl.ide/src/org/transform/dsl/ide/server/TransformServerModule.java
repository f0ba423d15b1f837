package org.transform.dsl.ide.server;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.util.IFileSystemScanner;
import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * Xtext's language server with the Transform project's parts: a builder that re-parses only what
 * changed ({@link ReparsingIncrementalBuilder}) and indexes the files parsed on several threads with the
 * entries computed there ({@link TransformIndexer}), copying a changed file's exported names once per
 * build ({@link ExportedCopies}), documents with the client's versions and clamped
 * positions ({@link TransformWorkspaceManager}), requests that are always answered
 * ({@link TransformRequestManager}), workspaces found by their marker ({@link PlanWorkspaceConfigFactory})
 * and walked as the command line walks them ({@link PlanWalkScanner}), and unknown commands refused
 * ({@link TransformLanguageServer}).
 */
public class TransformServerModule extends AbstractModule {

	@Override
	protected void configure() {
		install(Modules.override(new ServerModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReparsingIncrementalBuilder.class);
				bind(Indexer.class).to(TransformIndexer.class);
				bind(LanguageServerImpl.class).to(TransformLanguageServer.class);
				bind(WorkspaceManager.class).to(TransformWorkspaceManager.class);
				bind(IRequestManager.class).to(TransformRequestManager.class);
				bind(IMultiRootWorkspaceConfigFactory.class).to(PlanWorkspaceConfigFactory.class);
				bind(IFileSystemScanner.class).to(PlanWalkScanner.class);
			}
		}));
	}
}
