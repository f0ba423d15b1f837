package org.transform.dsl.ide.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.transform.dsl.ide.TransformIdeSetup;
import org.transform.dsl.ide.server.TransformLanguageServer;
import org.transform.dsl.ide.server.TransformServerModule;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.validation.TransformValidator;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.workspace.PlanWorkspace;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The workspace core: the one live model of a workspace's plans that every face reads. It is the
 * language server's own machinery — Xtext's workspace manager, its incremental builder (which re-parses
 * only the region an edit changed and keeps the links it can, {@code ReparsingIncrementalBuilder}), the
 * request manager that orders edits and reads — run in-process: {@code transform lsp} connects it to a
 * client over JSON-RPC, the command line starts it on the folders given and reads its findings once,
 * and the Eclipse editor keeps one for the workspace and feeds it the open editors' texts and the files
 * changed on disk. So files are loaded, linked, validated and turned into {@link Finding}s in one place.
 *
 * <p>Writes ({@link #open}, {@link #change}, {@link #close}, {@link #filesChanged}, {@link #foldersChanged})
 * return at once and are built in order on the core's own thread; {@link #idle()} says when what was sent
 * so far is built and its findings published to the listeners.
 */
public final class PlanCore implements AutoCloseable {

	private static final String LANGUAGE_ID = "transform";

	private final Injector injector;
	private final TransformLanguageServer server;
	private final WorkspaceManager workspace;
	private final CoreFindings findings;

	private PlanCore(Injector injector) {
		this.injector = injector;
		this.server = (TransformLanguageServer) injector.getInstance(LanguageServerImpl.class);
		this.workspace = injector.getInstance(WorkspaceManager.class);
		this.findings = injector.getInstance(CoreFindings.class);
	}

	/**
	 * The language's injector (runtime and IDE services), created and registered once per process: the
	 * core's builder, the editor's services and the command line all use the language as registered here.
	 */
	public static Injector language() {
		Injector language = Registration.INJECTOR;
		// EMF's registries are global: whoever reset them (a test restoring their earlier state) took the language away
		if (IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get(EXTENSION) == null
				|| Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get(EXTENSION) == null) {
			new TransformIdeSetup().register(language);
		}
		if (EValidator.Registry.INSTANCE.getEValidator(ModelPackage.eINSTANCE) == null) {
			language.getInstance(TransformValidator.class).register(language.getInstance(EValidatorRegistrar.class));
		}
		return language;
	}

	private static final String EXTENSION = PlanWorkspace.EXTENSION.substring(1);

	private static final class Registration {
		static final Injector INJECTOR = new TransformIdeSetup().createInjectorAndDoEMFRegistration();
	}

	/**
	 * The injector of a core (and of the language server): Transform's server module, with the language
	 * as {@link #language()} registered it, and {@code overrides} over both.
	 */
	public static Injector newInjector(Module... overrides) {
		language();
		Module registry = new AbstractModule() {
			@Override
			protected void configure() {
				// Xtext's server module finds languages with java.util.ServiceLoader, which sees nothing
				// inside OSGi. The core knows the language as language() made it, with its IDE services —
				// among them "never generate while editing": a core writes nothing into the user's folders
				ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
				languages.getExtensionToFactoryMap().put(EXTENSION, language().getInstance(IResourceServiceProvider.class));
				bind(IResourceServiceProvider.Registry.class).toInstance(languages);
				bind(ProjectManager.class).to(CoreProjectManager.class);
			}
		};
		return Guice.createInjector(Modules.override(new TransformServerModule()).with(Modules.combine(registry, Modules.combine(overrides))));
	}

	/**
	 * Starts a core over workspace folders, each taken as the language server takes a client's workspace
	 * folder (the workspace it lies in, found by its {@value PlanWorkspace#MARKER}, and the workspaces below
	 * it), and returns once their plans are loaded, linked and validated.
	 *
	 * @param overrides bindings that replace the core's (a workspace of listed files, a fixed day...)
	 */
	public static PlanCore start(List<Path> folders, Module... overrides) {
		PlanCore core = new PlanCore(newInjector(overrides));
		core.findings.keep();
		core.server.connect(new SilentClient());
		join(core.server.initialize(initializeParams(folders)));
		core.server.initialized(new InitializedParams());
		return core;
	}

	/** What a client that knows workspace folders sends to start the server on these folders. */
	public static InitializeParams initializeParams(List<Path> folders) {
		InitializeParams params = new InitializeParams();
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
		workspaceCapabilities.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspaceCapabilities);
		params.setCapabilities(capabilities);
		params.setWorkspaceFolders(folders.stream().map(PlanCore::folder).toList());
		return params;
	}

	private static WorkspaceFolder folder(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		return new WorkspaceFolder(uri(absolute).toString(), absolute.getFileName() == null ? "workspace" : absolute.getFileName().toString());
	}

	/** The URI by which the core knows a file or folder (Xtext's normal form: {@code file:///…}). */
	public static URI uri(Path path) {
		return new UriExtensions().toUri(path.toAbsolutePath().normalize().toUri().toString());
	}

	/** The same server object {@code transform lsp} serves: Xtext's IDE services take it as their access to the workspace. */
	public TransformLanguageServer server() {
		return server;
	}

	public ILanguageServerAccess access() {
		return server.access();
	}

	public Injector injector() {
		return injector;
	}

	public void addListener(CoreFindings.Listener listener) {
		findings.addListener(listener);
	}

	public void removeListener(CoreFindings.Listener listener) {
		findings.removeListener(listener);
	}

	/** The current findings of a file, in {@link Finding#WITHIN_FILE} order. */
	public List<Finding> findings(URI uri) {
		return findings.of(uri);
	}

	/** The current findings of every file, by file. */
	public Map<URI, List<Finding>> findings() {
		return findings.all();
	}

	/** Every finding of the workspace, in {@link Finding#ORDER}. */
	public List<Finding> allFindings() {
		List<Finding> all = new ArrayList<>();
		findings.all().values().forEach(all::addAll);
		all.sort(Finding.ORDER);
		return all;
	}

	/** An editor opened the file: from now on its text is the editor's, at that version. */
	public void open(URI uri, int version, String text) {
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri.toString(), LANGUAGE_ID, version, text)));
	}

	/** The editor's text changed: the whole new text (the builder re-parses only the region that differs). */
	public void change(URI uri, int version, String text) {
		server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri.toString(), version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	/** The editor closed the file: its saved text counts again. */
	public void close(URI uri) {
		server.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri.toString())));
	}

	/** Files changed, created or deleted on disk (open files keep their editor's text). */
	public void filesChanged(List<URI> changedOrCreated, List<URI> deleted) {
		build(() -> {
			deleted.forEach(findings::forget);
			return workspace.didChangeFiles(changedOrCreated.stream().filter(uri -> !workspace.isDocumentOpen(uri)).toList(),
					deleted.stream().filter(uri -> !workspace.isDocumentOpen(uri)).toList());
		});
	}

	/** Runs a change of the workspace as the language server runs an edit: in order, then built (a later edit's build supersedes it). */
	private CompletableFuture<List<IResourceDescription.Delta>> build(Supplier<BuildManager.Buildable> change) {
		return server.getRequestManager().runWrite(change::get, (cancel, buildable) -> buildable.build(cancel));
	}

	/** Workspace folders added or removed (an Eclipse project opened, closed, created or deleted). */
	public void foldersChanged(List<Path> added, List<Path> removed) {
		server.didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
				new WorkspaceFoldersChangeEvent(added.stream().map(PlanCore::folder).toList(), removed.stream().map(PlanCore::folder).toList())));
	}

	/** Reads a file of the workspace — its linked resource and its document — under the core's read lock. */
	public <T> CompletableFuture<T> read(URI uri, Function<ILanguageServerAccess.Context, T> reader) {
		return server.access().doRead(uri.toString(), reader);
	}

	/**
	 * Completes once every write sent so far is built and its findings published, those of the files
	 * validated after the builds too ({@link TransformLanguageServer#idle()}).
	 */
	public CompletableFuture<Void> idle() {
		return server.idle();
	}

	/** {@link #idle()}, waited for. */
	public void awaitIdle() {
		join(idle());
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e;
		}
	}

	/** Stops the core's threads; its model is gone. */
	@Override
	public void close() {
		try {
			server.shutdown().get();
		} catch (Exception e) {
			// shutting down is best effort: the core is dropped either way
		}
		injector.getInstance(ExecutorService.class).shutdownNow();
	}
}
