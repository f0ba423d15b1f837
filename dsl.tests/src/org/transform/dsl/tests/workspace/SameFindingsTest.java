package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.cli.TransformCli;
import org.transform.dsl.ide.server.TransformLanguageServer;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.SilentClient;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.tests.examples.ExampleWorkspaces;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The faces agree: for every example, and after seeded random edits typed into a plan through the
 * language server, {@code transform check} on the same texts on disk reports exactly the findings the
 * language server published (file, line, column, severity and code), and both are what the workspace
 * core holds. The editor's side of the promise is in the workbench tests ({@code dsl.ui.tests}).
 */
public class SameFindingsTest {

	/** No face here reads the system clock; the calendar rules count up to this day. */
	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	private static final String[] FRAGMENTS = { "goal ", "indicator ", "practice ", "change ", " owner ", " supports ", "{", "}", "\"",
			"Sales", "X", "1", " 2026-01-01", "\n", " ", "lever technology ", "raise ", "lower ", " to 5 " };

	@TempDir
	Path copy;

	@Test
	public void everyExampleHasTheSameFindingsInCheckTheLanguageServerAndTheCore() {
		for (Path example : ExampleWorkspaces.workspaces()) {
			Path workspace = marked(copyOf(example, copy.resolve(example.getFileName().toString())));
			try (Server server = Server.on(workspace)) {
				assertEquals(check(workspace), server.findings(workspace), example.getFileName() + ": check and the language server");
			}
			try (PlanCore core = PlanCore.start(List.of(workspace), new WorkspaceDay(DAY))) {
				assertEquals(check(workspace), core(core, workspace), example.getFileName() + ": check and the core");
			}
			try (Stream<Path> written = Files.walk(workspace)) {
				assertEquals(List.of(), written.filter(p -> p.getFileName().toString().equals("src-gen")).toList(),
						"the core and the language server write nothing into the workspace");
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	@Test
	public void afterRandomEditsCheckOnTheSameTextsFindsWhatTheLanguageServerPublished() {
		Path workspace = copyOf(ExampleWorkspaces.workspace("social-business"), copy.resolve("social-business"));
		Path plan = workspace.resolve("social-business.transform");
		Random random = new Random(Long.getLong("transform.fuzz.seed", 20261206L));
		String text = read(plan);
		try (Server server = Server.on(workspace)) {
			String uri = server.open(plan, text);
			for (int sequence = 0; sequence < 12; sequence++) {
				for (int edit = 0; edit < 1 + random.nextInt(6); edit++) {
					text = edited(text, random);
					server.change(uri, text);
				}
				write(plan, text);
				Map<String, TreeSet<String>> published = server.findings(workspace);
				assertEquals(check(workspace), published, "after sequence " + sequence + " the plan reads:\n" + text);
			}
		}
	}

	/** The folder of the example that holds its workspace marker (the Maven example keeps its plans in src/main/transform). */
	private static Path marked(Path example) {
		try (Stream<Path> walk = Files.walk(example)) {
			return walk.filter(p -> p.getFileName().toString().equals("transform.workspace")).map(Path::getParent).findFirst().orElse(example);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String edited(String text, Random random) {
		int at = random.nextInt(text.length() + 1);
		if (random.nextInt(3) == 0 && at < text.length()) {
			return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
		}
		return text.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + text.substring(at);
	}

	/** {@code transform check --format json} of the folder, on {@link #DAY}: per file, its findings as {@code line:column severity code}. */
	private static Map<String, TreeSet<String>> check(Path workspace) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = TransformCli.run(DAY, workspace, new PrintWriter(out), new PrintWriter(err), "check", "--format=json", ".");
		assertFalse(exit == 2, "check ran: " + err);
		Map<String, TreeSet<String>> findings = new TreeMap<>();
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		for (JsonElement element : json.getAsJsonArray("findings")) {
			JsonObject f = element.getAsJsonObject();
			findings.computeIfAbsent(f.get("path").getAsString(), k -> new TreeSet<>())
					.add(f.get("line").getAsInt() + ":" + f.get("column").getAsInt() + " " + f.get("severity").getAsString() + " " + f.get("code").getAsString());
		}
		return findings;
	}

	private static Map<String, TreeSet<String>> core(PlanCore core, Path workspace) {
		Map<String, TreeSet<String>> findings = new TreeMap<>();
		core.findings().forEach((uri, list) -> list.forEach(f -> findings
				.computeIfAbsent(relative(workspace, Path.of(uri.toFileString())), k -> new TreeSet<>())
				.add(f.line() + ":" + f.column() + " " + f.level().label() + " " + f.code())));
		return findings;
	}

	private static String relative(Path workspace, Path file) {
		return workspace.relativize(file).toString().replace('\\', '/');
	}

	/**
	 * The language server as {@code transform lsp} runs it (the core's injector, on {@link #DAY}), in this
	 * process, with a client that keeps the diagnostics it is sent.
	 */
	private static final class Server implements AutoCloseable {
		private final TransformLanguageServer server;
		private final Map<String, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();
		private int version = 1;

		private Server(TransformLanguageServer server) {
			this.server = server;
		}

		static Server on(Path workspace) {
			Server s = new Server((TransformLanguageServer) PlanCore.newInjector(new WorkspaceDay(DAY)).getInstance(LanguageServerImpl.class));
			s.server.connect(s.client());
			s.server.initialize(PlanCore.initializeParams(List.of(workspace))).join();
			s.server.initialized(new InitializedParams());
			return s;
		}

		String open(Path file, String text) {
			String uri = PlanCore.uri(file).toString();
			server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "transform", version, text)));
			return uri;
		}

		void change(String uri, String text) {
			version++;
			server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
					List.of(new TextDocumentContentChangeEvent(text))));
		}

		/** The diagnostics last published, once every edit sent is built: per file, as {@code line:column severity code} (1-based). */
		Map<String, TreeSet<String>> findings(Path workspace) {
			server.idle().join(); // after the edits' builds and the validation of the files they postponed
			Map<String, TreeSet<String>> findings = new TreeMap<>();
			diagnostics.forEach((uri, published) -> published.getDiagnostics().forEach(d -> findings
					.computeIfAbsent(relative(workspace, Path.of(new UriExtensions().toUri(uri).toFileString())), k -> new TreeSet<>())
					.add((d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1) + " "
							+ d.getSeverity().name().toLowerCase(java.util.Locale.ROOT).replace("information", "info") + " " + d.getCode().getLeft())));
			return findings;
		}

		private LanguageClient client() {
			return new SilentClient() {
				@Override
				public void publishDiagnostics(PublishDiagnosticsParams published) {
					diagnostics.put(published.getUri(), published);
				}
			};
		}

		@Override
		public void close() {
			server.shutdown().join();
		}
	}

	private static Path copyOf(Path from, Path to) {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
			return to;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
