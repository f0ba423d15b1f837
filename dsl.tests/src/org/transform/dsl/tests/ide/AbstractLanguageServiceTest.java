package org.transform.dsl.tests.ide;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.TransformRuntimeModule;
import org.transform.dsl.ide.TransformIdeModule;
import org.transform.dsl.ide.TransformIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * The editor services tested as a client uses them: a workspace of plans is opened in Transform's
 * language server and requests are sent to it. The clock of the IDE services is fixed at
 * 2026-11-24 so that proposed dates are known.
 */
public abstract class AbstractLanguageServiceTest extends AbstractLanguageServerTest {

	/** The organization the plans refer to. */
	protected static final String ACME = """
			organization Acme "Acme Corp"
			team Commercial "Commercial division"
			team Sales "Field sales" { part-of Commercial }
			team PreSales "Pre-sales engineering" { part-of Sales }
			team Marketing "Marketing" { part-of Commercial }
			""";

	public static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

	private static Injector injector;

	protected AbstractLanguageServiceTest() {
		super("transform");
	}

	@Override
	protected Module getServerModule() {
		return LanguageServers.serverModule(language());
	}

	private static synchronized Injector language() {
		if (injector == null) {
			injector = new TransformIdeSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(Modules2.mixin(new TransformRuntimeModule(), new TransformIdeModule(),
							binder -> binder.bind(Clock.class).toInstance(FIXED)));
				}
			}.createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	@BeforeEach
	void workspaceIn(@TempDir Path folder) {
		root = folder.toFile();
	}

	private int opened;

	/** What the server answered to initialize (its capabilities, the semantic tokens legend). */
	protected InitializeResult initializeResult;

	/** Whether the client says it shows the outline as a tree (set before opening the workspace). */
	protected boolean hierarchicalOutline = true;

	/**
	 * Writes the files, starts the server on them and opens the first one (returns its URI). Called again
	 * in the same test, it opens one more document (under a numbered name) in the running server.
	 */
	protected String openWorkspace(String openedName, String opened, String... others) {
		if (this.opened++ > 0) {
			String uri = root.toPath().resolve(this.opened + "-" + openedName).toUri().toString();
			languageServer.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageInfo.getLanguageName(), 1, opened)));
			return uri;
		}
		for (int i = 0; i + 1 < others.length; i += 2) {
			writeFile(others[i], others[i + 1]);
		}
		String uri = writeFile(openedName, opened);
		initializeResult = initialize(params -> {
			// keep what the test support set (the workspace folders), add the outline's shape
			ClientCapabilities capabilities = Objects.requireNonNullElseGet(params.getCapabilities(),
					ClientCapabilities::new);
			TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
			DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
			symbols.setHierarchicalDocumentSymbolSupport(hierarchicalOutline);
			textDocument.setDocumentSymbol(symbols);
			capabilities.setTextDocument(textDocument);
			params.setCapabilities(capabilities);
		});
		languageServer.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageInfo.getLanguageName(), 1, opened)));
		return uri;
	}

	/** The position just after the first occurrence of the marker in the text. */
	protected static Position after(String text, String marker) {
		int offset = text.indexOf(marker);
		Assertions.assertTrue(offset >= 0, () -> "no '" + marker + "' in the text");
		return position(text, offset + marker.length());
	}

	/** The position at the start of the first occurrence of the marker in the text. */
	protected static Position at(String text, String marker) {
		int offset = text.indexOf(marker);
		Assertions.assertTrue(offset >= 0, () -> "no '" + marker + "' in the text");
		return position(text, offset);
	}

	protected static Position position(String text, int offset) {
		return LanguageServers.position(text, offset);
	}

	/** The Markdown of the hover at the position, or {@code null} if there is none. */
	protected String hover(String uri, Position position) {
		try {
			Hover hover = languageServer.hover(new HoverParams(new TextDocumentIdentifier(uri), position)).get();
			if (hover == null || hover.getContents() == null || hover.getContents().getRight() == null) {
				return null;
			}
			Assertions.assertEquals("markdown", hover.getContents().getRight().getKind());
			return hover.getContents().getRight().getValue();
		} catch (InterruptedException | ExecutionException e) {
			return Assertions.fail(e);
		}
	}

	/** The labels of the completion items the server proposes at the position. */
	protected List<String> completionLabels(String uri, Position position) {
		try {
			Either<List<CompletionItem>, CompletionList> result = languageServer
					.completion(new CompletionParams(new TextDocumentIdentifier(uri), position)).get();
			List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
			return items.stream().map(CompletionItem::getLabel).toList();
		} catch (InterruptedException | ExecutionException e) {
			return Assertions.fail(e);
		}
	}
}
