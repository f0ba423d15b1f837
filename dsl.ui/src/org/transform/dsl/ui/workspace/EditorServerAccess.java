package org.transform.dsl.ui.workspace;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.transform.dsl.ui.TransformLanguage;

/**
 * What the IDE services' quick fixes ask of "the language server", answered from the editor's plan:
 * its project's resource set (the editor's text included) and the plans' texts. There is no server,
 * client or build here, so there is no client to talk to, no initialization to report and no build to
 * listen to.
 */
public final class EditorServerAccess implements ILanguageServerAccess {

	private final EditedPlan plan;

	public EditorServerAccess(EditedPlan plan) {
		this.plan = plan;
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		Resource resource = plan.plans().resourceSet().getResource(URI.createURI(uri), false);
		Document document = resource == null ? null
				: resource == plan.resource() ? plan.document() : new Document(1, plan.plans().text((org.eclipse.xtext.resource.XtextResource) resource));
		return function.apply(new Context(resource, document, resource == plan.resource(), CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		IndexContext index = new IndexContext(TransformLanguage.injector().getInstance(IResourceDescriptionsProvider.class)
				.getResourceDescriptions(plan.plans().resourceSet()), CancelIndicator.NullImpl);
		return CompletableFuture.completedFuture(function.apply(index));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		// no language-server build runs in the editor: the project builder keeps the markers instead
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	/** The project's resource set, which holds the editor's text: what a fix reads is what the author sees. */
	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		return plan.plans().resourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		return null;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return null;
	}
}
