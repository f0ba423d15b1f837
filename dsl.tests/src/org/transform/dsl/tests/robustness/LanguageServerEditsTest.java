package org.transform.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.TransformRuntimeModule;
import org.transform.dsl.ide.TransformIdeModule;
import org.transform.dsl.ide.TransformIdeSetup;
import org.transform.dsl.tests.examples.ExampleWorkspaces;
import org.transform.dsl.tests.ide.LanguageServers;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Random edit sequences sent to the language server as incremental {@code didChange} events (a range
 * and its replacement: typed tokens, deletions, pasted slices of the file, line breaks, unicode):
 * after each sequence the diagnostics the server published for the document equal those a fresh
 * server publishes when it opens the final text, and every diagnostic's range lies inside the
 * document.
 *
 * <p>Written with JUnit Jupiter and a seeded {@link Random} rather than jqwik: Xtext's language server
 * test support ({@code AbstractLanguageServerTest}) sets the server up in Jupiter's
 * {@code @BeforeEach}, which jqwik's lifecycle does not run. The seed is
 * {@code -Dtransform.fuzz.seed=N} (default fixed) and is printed with a failing sequence; the number of
 * sequences is a tenth of {@code -Dtransform.fuzz.cases} (each sequence has up to 15 edits).
 */
public class LanguageServerEditsTest extends AbstractLanguageServerTest {

	private static final String EDITED = "sales-transformation.transform";

	/**
	 * The language's services for the servers of this test. EMF's global registries are restored after
	 * it is made (the grammar is loaded meanwhile): the other language-server tests share one injector
	 * that they register there, and must not find this one's instead.
	 */
	private static Injector injector;

	@TempDir
	Path freshRoot;

	public LanguageServerEditsTest() {
		super("transform");
	}

	@BeforeEach
	void workspaceIn(@TempDir Path folder) {
		root = folder.toFile();
	}

	@Override
	protected Module getServerModule() {
		return LanguageServers.serverModule(language());
	}

	private static synchronized Injector language() {
		if (injector == null) {
			GlobalRegistries.initializeDefaults();
			GlobalStateMemento before = GlobalRegistries.makeCopyOfGlobalState();
			try {
				injector = new TransformIdeSetup() {
					@Override
					public Injector createInjector() {
						return Guice.createInjector(Modules2.mixin(new TransformRuntimeModule(), new TransformIdeModule()));
					}
				}.createInjectorAndDoEMFRegistration();
				injector.getInstance(IGrammarAccess.class);
			} finally {
				before.restoreGlobalState();
			}
		}
		return injector;
	}

	/** Writes the files, starts the server on them and opens the first one; returns its URI. */
	private String openWorkspace(String openedName, String opened, String... others) {
		for (int i = 0; i + 1 < others.length; i += 2) {
			writeFile(others[i], others[i + 1]);
		}
		String uri = writeFile(openedName, opened);
		initialize();
		languageServer.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "transform", 1, opened)));
		return uri;
	}

	/** The LSP position of an offset: lines end at LF (the edits never write CR). */
	private static Position position(String text, int offset) {
		return LanguageServers.position(text, offset);
	}

	@Test
	public void afterRandomEditsTheDiagnosticsAreThoseOfAFreshServer() throws Exception {
		long seed = Long.getLong("transform.fuzz.seed", 20261124L);
		int sequences = Math.max(3, FuzzInput.cases(100) / 10);
		Path sales = ExampleWorkspaces.workspace("sales");
		Map<String, String> files = files(sales);
		String original = files.get(EDITED);
		assertNotNull(original, "the sales example has " + EDITED);

		List<String> others = new ArrayList<>();
		files.forEach((name, text) -> {
			if (!name.equals(EDITED)) {
				others.add(name);
				others.add(text);
			}
		});
		for (String name : files.keySet()) { // writeFile does not create folders
			Files.createDirectories(root.toPath().resolve(name).getParent());
		}
		String uri = openWorkspace(EDITED, original, others.toArray(String[]::new));
		waitForTheServer();

		Random random = new Random(seed);
		String text = original;
		int version = 1;
		for (int sequence = 1; sequence <= sequences; sequence++) {
			long sequenceSeed = random.nextLong();
			Random edits = new Random(sequenceSeed);
			String start = text;
			List<String> applied = new ArrayList<>();
			int startVersion = version;
			String end = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
				String current = start;
				int v = startVersion;
				int count = 1 + edits.nextInt(15);
				for (int i = 0; i < count; i++) {
					Edit edit = randomEdit(current, edits);
					applied.add(edit.toString());
					languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++v),
							List.of(new TextDocumentContentChangeEvent(new Range(position(current, edit.start()), position(current, edit.end())),
									edit.replacement()))));
					current = current.substring(0, edit.start()) + edit.replacement() + current.substring(edit.end());
				}
				waitForTheServer();
				return current;
			}, () -> "sequence " + sequenceSeed + " took more than 30 seconds");
			version += applied.size();
			text = end;
			String context = "sequence " + sequence + " (seed " + sequenceSeed + " of run seed " + seed + "), edits " + applied + ", final text:\n" + text;

			List<Diagnostic> published = ofEdited(getDiagnostics());
			assertNotNull(published, () -> "no diagnostics published; " + context);
			assertInside(published, text, context);
			Assertions.assertEquals(render(freshDiagnostics(files, text), freshRoot.toString()), render(published, root.getPath()), context);

			if (sequence % 4 == 0) { // now and then back to the example, so that edits do not only pile up garbage
				text = original;
				languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++version),
						List.of(new TextDocumentContentChangeEvent(original))));
				waitForTheServer();
			}
		}
	}

	/** An edit of the text: the range [start, end) replaced. */
	private record Edit(int start, int end, String replacement) {
		@Override
		public String toString() {
			return "[" + start + "," + end + ") -> '" + replacement.replace("\n", "\\n").replace("\r", "\\r") + "'";
		}
	}

	private static Edit randomEdit(String text, Random random) {
		int start = boundary(text, random.nextInt(text.length() + 1));
		int end = boundary(text, Math.min(text.length(), start + (random.nextInt(3) == 0 ? random.nextInt(40) : 0)));
		String replacement = switch (random.nextInt(7)) {
			case 0 -> ""; // a deletion
			case 1 -> "\n";
			case 2 -> { // a pasted slice of the file
				int from = boundary(text, random.nextInt(text.length() + 1));
				yield text.substring(from, boundary(text, Math.min(text.length(), from + random.nextInt(80))));
			}
			case 3 -> String.valueOf((char) ('a' + random.nextInt(26))); // typing
			default -> FuzzInput.token(random) + (random.nextBoolean() ? " " : "");
		};
		return new Edit(start, Math.max(start, end), paired(replacement.replace("\u0000", "").replace("\r", "")));
	}

	/**
	 * The text with each unpaired surrogate replaced by U+FFFD: the final text is written to a file for
	 * the fresh server, and UTF-8 has no encoding for half a character. (Lone surrogates as such are
	 * the parser fuzz test's business.)
	 */
	private static String paired(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				result.append(c).append(text.charAt(++i));
			} else {
				result.append(Character.isSurrogate(c) ? '\ufffd' : c);
			}
		}
		return result.toString();
	}

	/** The offset, moved off the middle of a surrogate pair (an LSP position counts UTF-16 units, but no editor splits a character). */
	private static int boundary(String text, int offset) {
		return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset - 1 : offset;
	}

	/** Waits until the server has handled every notification sent so far (a read runs after the pending writes). */
	private void waitForTheServer() {
		languageServer.getRequestManager().runRead(cancelIndicator -> null).join();
	}

	/** The diagnostics a new server publishes for the file when it opens the workspace with the final text. */
	private List<Diagnostic> freshDiagnostics(Map<String, String> files, String editedText) throws IOException {
		try (Stream<Path> old = Files.list(freshRoot)) {
			for (Path p : (Iterable<Path>) old::iterator) {
				deleteRecursively(p);
			}
		}
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path path = freshRoot.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getKey().equals(EDITED) ? editedText : file.getValue());
		}
		LanguageServerImpl server = Guice.createInjector(getServerModule()).getInstance(LanguageServerImpl.class);
		Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
		server.connect(new LanguageClient() {
			@Override
			public void publishDiagnostics(PublishDiagnosticsParams params) {
				diagnostics.put(params.getUri(), params.getDiagnostics());
			}

			@Override
			public void telemetryEvent(Object object) {
			}

			@Override
			public void showMessage(MessageParams params) {
			}

			@Override
			public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
				return CompletableFuture.completedFuture(null);
			}

			@Override
			public void logMessage(MessageParams params) {
			}
		});
		InitializeParams params = new InitializeParams();
		params.setRootUri(freshRoot.toUri().toString());
		server.initialize(params).join();
		server.initialized(new InitializedParams());
		String uri = freshRoot.resolve(EDITED).toUri().toString();
		server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "transform", 1, editedText)));
		server.getRequestManager().runRead(cancelIndicator -> null).join();
		server.shutdown().join();
		List<Diagnostic> result = ofEdited(diagnostics);
		assertNotNull(result, "the fresh server published no diagnostics for the file");
		return result;
	}

	/** The diagnostics of the edited file (servers spell file URIs in more than one way). */
	private static List<Diagnostic> ofEdited(Map<String, List<Diagnostic>> diagnostics) {
		return diagnostics.entrySet().stream().filter(e -> e.getKey().endsWith("/" + EDITED)).map(Map.Entry::getValue).findFirst().orElse(null);
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			try (Stream<Path> children = Files.list(path)) {
				for (Path child : (Iterable<Path>) children::iterator) {
					deleteRecursively(child);
				}
			}
		}
		Files.delete(path);
	}

	private static Map<String, String> files(Path workspace) {
		Map<String, String> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.walk(workspace)) {
			for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
				files.put(workspace.relativize(file).toString(), Files.readString(file));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	/**
	 * The diagnostics as sorted lines: range, severity, code, message. The two servers' workspaces are
	 * different folders, and a message may name a file by its path: the folder is written as
	 * {@code <workspace>}.
	 */
	private static String render(List<Diagnostic> diagnostics, String workspace) {
		return diagnostics.stream()
				.map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + "-" + d.getRange().getEnd().getLine() + ":"
						+ d.getRange().getEnd().getCharacter() + " " + d.getSeverity() + " [" + (d.getCode() == null ? "" : d.getCode().get()) + "] "
						+ String.valueOf(d.getMessage()).replace(workspace, "<workspace>"))
				.sorted()
				.reduce("", (a, b) -> a + b + "\n");
	}

	private static void assertInside(List<Diagnostic> diagnostics, String text, String context) {
		String[] lines = text.split("\r\n|\r|\n", -1);
		for (Diagnostic d : diagnostics) {
			for (Position p : List.of(d.getRange().getStart(), d.getRange().getEnd())) {
				assertTrue(p.getLine() >= 0 && p.getLine() < lines.length, () -> "line outside the document: " + d + "; " + context);
				assertTrue(p.getCharacter() >= 0 && p.getCharacter() <= lines[p.getLine()].length(),
						() -> "character outside its line: " + d + "; " + context);
			}
		}
	}
}
