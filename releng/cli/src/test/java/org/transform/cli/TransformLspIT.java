package org.transform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.lsp.client.LspClient;

/**
 * The language server of the shaded jar, started as editors start it ({@code java -jar transform.jar
 * lsp}) and spoken to over its standard streams through LSP4J's client launcher: a session from
 * initialize to exit, a server that survives a client's mistakes and keeps the protocol's rules
 * (versions, answers, clamped positions, shutdown), and workspaces that end where their plans end.
 */
class TransformLspIT {

	private static final String ACME = SamplePlans.ACME;

	/** The technology change on line 11 has no training change for its practice: technology-without-training. */
	private static final String SALES = """
			plan SalesTransformation "Shorter sales cycles" { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle "Sales cycle length" {
			    unit days  better lower  cadence monthly  status existing
			    measured-by "Median days from first meeting to signature"  source "CRM"
			    baseline 94 on 2026-01-31
			}
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06  deadline 2027-12 }
			practice SharedAccountPlans "Account plans co-written" { owner Sales  lowers SalesCycle }
			change WeeklyReviews "Managers review account plans" { lever leadership  supports SharedAccountPlans  owner Sales  from 2026-03 }
			change CrmAccountPlans "Account-plan module" {
			    lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm
			}
			channel SalesLinkedIn "Sales on LinkedIn" { kind linkedin  serves CloseFaster  maintained-by Marketing  feeds Crm }
			policy SocialGuidelines "Guidance, not policing" { serves CloseFaster  owner Marketing }
			""";

	private static final String TECHNOLOGY_WITHOUT_TRAINING = "technology-without-training";
	private static final String DUPLICATE_NAME = "duplicate-name";
	private static final String BROKEN_REFERENCE = "broken-reference";

	/** Zero-based: the line of 'lever technology' and the column just after 'lever '. */
	private static final int LEVER_LINE = 11;
	private static final int AFTER_LEVER = "    lever ".length();

	/** Zero-based: where 'Sales' is written in the goal's 'owner Sales'. */
	private static final Position OWNER_SALES = new Position(7, SALES.lines().toList().get(7).indexOf("owner Sales") + "owner ".length());

	private static final Set<String> LEVER_KINDS = Set.of("leadership", "organization", "skills", "job", "training", "governance", "policy",
			"technology");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static Path jar;

	@TempDir
	Path workspace;

	@BeforeAll
	static void findJar() {
		jar = Built.jar();
		assertTrue(Files.isRegularFile(jar), "the shaded jar is built before the integration tests: " + jar);
	}

	@Test
	void aSessionFromInitializeToExitDiagnosesCompletesAndFixes() throws Exception {
		String uri = writeSamplePlans();
		try (LspClient client = start(workspace)) {
			InitializeResult initialized = client.initialize(workspace, new ClientCapabilities());
			assertNotNull(initialized.getCapabilities().getCompletionProvider(), "completion offered");
			assertNotNull(initialized.getCapabilities().getCodeActionProvider(), "code actions offered");

			open(client, uri, 1, SALES);
			PublishDiagnosticsParams diagnostics = client.awaitDiagnostics(uri).value();
			Diagnostic training = diagnostic(diagnostics, TECHNOLOGY_WITHOUT_TRAINING);
			assertNotNull(training, "the technology change without training is diagnosed: " + diagnostics);
			assertEquals(LEVER_LINE - 1, training.getRange().getStart().getLine(), "on the change's line: " + training);

			assertTrue(labels(client.await("completion", client.server().getTextDocumentService()
					.completion(new CompletionParams(document(uri), new Position(LEVER_LINE, AFTER_LEVER))))).containsAll(LEVER_KINDS),
					"the eight lever kinds after 'lever '");

			CodeAction fix = codeAction(client, uri, training);
			assertNotNull(fix, "a quick fix for the missing training");
			List<TextEdit> edits = fix.getEdit().getChanges().get(documentKey(fix.getEdit(), uri));
			assertFalse(edits.isEmpty(), "the quick fix carries its edit: " + fix);

			client.drain();
			client.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
					lastFirst(edits)));
			PublishDiagnosticsParams fixed = client.awaitDiagnostics(uri).value();
			assertNull(diagnostic(fixed, TECHNOLOGY_WITHOUT_TRAINING), "the fix removes the finding: " + fixed);

			client.await("shutdown", client.server().shutdown());
			client.server().exit();
			assertTrue(client.awaitExit(), "the server exits after shutdown and exit; stderr:\n" + client.stderr());
			assertEquals(0, client.process().exitValue(), "exit code after shutdown and exit; stderr:\n" + client.stderr());
			assertEquals(List.of(), client.violations(), "standard output carries JSON-RPC messages only");
		}
	}

	@Test
	void formattingAFormattedDocumentGivesNoEditsAtAll() throws Exception {
		String uri = writeSamplePlans();
		try (LspClient client = start(workspace)) {
			openDiagnosed(client, uri);
			DocumentFormattingParams format = new DocumentFormattingParams(document(uri), new FormattingOptions(4, true));
			List<? extends TextEdit> first = client.await("formatting", client.server().getTextDocumentService().formatting(format));
			assertFalse(first.isEmpty(), "the sample is written on long lines: the formatter has work to do");

			client.drain();
			client.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
					lastFirst(List.copyOf(first))));
			client.awaitDiagnostics(uri);
			List<? extends TextEdit> second = client.await("formatting", client.server().getTextDocumentService().formatting(format));
			assertEquals(List.of(), second, "a formatted document needs no edit: any edit, even one that changes nothing, marks the buffer modified");
		}
	}

	@Test
	void theServerSurvivesMalformedMessagesAndRequestsForWhatDoesNotExist() throws Exception {
		String uri = writeSamplePlans();
		try (LspClient client = start(workspace)) {
			client.initialize(workspace, new ClientCapabilities());

			client.sendRaw("{ this is not JSON");
			client.sendRaw("{\"jsonrpc\": \"2.0\", \"id\": 900, \"method\": \"textDocument/hover\", \"params\": ");

			String missing = workspace.resolve("missing.transform").toUri().toString();
			answered(client, "hover of a missing document",
					client.server().getTextDocumentService().hover(new HoverParams(document(missing), new Position(0, 0))));

			open(client, uri, 1, SALES);
			ResponseErrorException unknownMethod = assertThrows(ResponseErrorException.class,
					() -> client.await("an unknown method", client.request("transform/noSuchMethod", new Object())));
			assertEquals(ResponseErrorCode.MethodNotFound.getValue(), unknownMethod.getResponseError().getCode(), "an unknown method");

			// a file full of garbage: every service answers on it
			String garbageUri = workspace.resolve("garbage.transform").toUri().toString();
			StringBuilder garbage = new StringBuilder();
			Random random = new Random(42);
			String alphabet = "plan team goal {}}{ :,.-\"'\\/* 2026-13-45 raise lower \u00e9\u4e2d\r\n\t";
			for (int i = 0; i < 4000; i++) {
				garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			open(client, garbageUri, 1, garbage.toString());
			TextDocumentIdentifier garbageDocument = document(garbageUri);
			Position somewhere = new Position(3, 7);
			var text = client.server().getTextDocumentService();
			answered(client, "hover on garbage", text.hover(new HoverParams(garbageDocument, somewhere)));
			answered(client, "completion on garbage", text.completion(new CompletionParams(garbageDocument, somewhere)));
			answered(client, "definition on garbage", text.definition(new DefinitionParams(garbageDocument, somewhere)));
			answered(client, "references on garbage", text.references(new ReferenceParams(garbageDocument, somewhere, new ReferenceContext(true))));
			answered(client, "symbols on garbage", text.documentSymbol(new DocumentSymbolParams(garbageDocument)));
			answered(client, "formatting on garbage", text.formatting(new DocumentFormattingParams(garbageDocument, new FormattingOptions(4, true))));

			assertTrue(labels(client.await("completion", text.completion(new CompletionParams(document(uri), new Position(LEVER_LINE, AFTER_LEVER)))))
					.containsAll(LEVER_KINDS), "still serving after the mistakes");
			assertTrue(client.process().isAlive(), "the server is alive");

			client.closeInput();
			assertTrue(client.awaitExit(), "the server exits when its standard input closes; stderr:\n" + client.stderr());
			assertEquals(0, client.process().exitValue(), "exit code when the input closes; stderr:\n" + client.stderr());
			assertEquals(List.of(), client.violations(), "standard output carries JSON-RPC messages only");
			String stderr = client.stderrAfterExit();
			assertTrue(stderr.lines().anyMatch(line -> line.startsWith("transform lsp: severe: ") && line.contains("MalformedJsonException")),
					"the unreadable messages are told on standard error: " + stderr);
			assertFalse(stderr.contains("\tat "), "in one line each, without a stack trace: " + stderr);
		}
	}

	@Test
	void anExitWithoutShutdownEndsTheServerWithOne() throws Exception {
		Files.writeString(workspace.resolve("acme.transform"), ACME, StandardCharsets.UTF_8);
		try (LspClient client = start(workspace)) {
			client.initialize(workspace, new ClientCapabilities());
			client.server().exit();
			assertTrue(client.awaitExit(), "the server exits on exit; stderr:\n" + client.stderr());
			assertEquals(1, client.process().exitValue(), "exit without shutdown is an abnormal end (LSP); stderr:\n" + client.stderr());
			assertEquals(List.of(), client.violations(), "standard output carries JSON-RPC messages only");
		}
	}

	/** Issue 13.1: eglot refuses edits whose version is not the one it sent. */
	@Test
	void editsCarryTheVersionsTheClientSentAndNoneForFilesItHasNotOpened() throws Exception {
		String acme = write(workspace.resolve("acme.transform"), ACME);
		String uri = write(workspace.resolve("sales.transform"), SALES);
		try (LspClient client = start(workspace)) {
			client.initialize(workspace, documentChanges());
			open(client, uri, 7, SALES);
			client.awaitDiagnostics(uri);
			client.drain();
			client.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 42),
					List.of(new TextDocumentContentChangeEvent(SALES))));
			Diagnostic training = diagnostic(client.awaitDiagnostics(uri).value(), TECHNOLOGY_WITHOUT_TRAINING);

			WorkspaceEdit rename = client.await("rename", client.server().getTextDocumentService()
					.rename(new RenameParams(document(uri), OWNER_SALES, "FieldSales")));
			assertEquals(42, version(rename, uri), "the open document's edits carry the version the client sent last: " + rename);
			assertNull(version(rename, acme), "a file the client has not opened has no version: " + rename);

			CodeAction fix = codeAction(client, uri, training);
			assertNotNull(fix, "a quick fix for the missing training");
			assertEquals(42, version(fix.getEdit(), uri), "the quick fix's edit carries the client's version: " + fix.getEdit());
		}
	}

	/** Issue 13.2: a rename followed by an edit of another file waited for the next edit, then failed. */
	@Test
	void everyRequestIsAnsweredAndAnEditOfAnotherFileCancelsNone() throws Exception {
		String acme = write(workspace.resolve("acme.transform"), ACME);
		String uri = write(workspace.resolve("sales.transform"), SALES);
		try (LspClient client = start(workspace)) {
			client.initialize(workspace, new ClientCapabilities());
			open(client, acme, 1, ACME);
			open(client, uri, 1, SALES);
			client.awaitDiagnostics(uri);
			var text = client.server().getTextDocumentService();
			for (int version = 2; version < 12; version += 3) {
				CompletableFuture<WorkspaceEdit> rename = text.rename(new RenameParams(document(uri), OWNER_SALES, "FieldSales"));
				editOf(client, acme, version, ACME);
				CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion = text
						.completion(new CompletionParams(document(uri), new Position(LEVER_LINE, AFTER_LEVER)));
				editOf(client, acme, version + 1, ACME);
				CompletableFuture<?> hover = text.hover(new HoverParams(document(uri), OWNER_SALES));
				editOf(client, acme, version + 2, ACME);

				assertNotNull(client.await("rename with an edit of another file after it", rename), "the rename's edit");
				assertTrue(labels(client.await("completion with an edit of another file after it", completion)).containsAll(LEVER_KINDS),
						"the completion's proposals");
				assertNotNull(client.await("hover with an edit of another file after it", hover), "the hover");
			}
		}
	}

	/** Issue 16.7: the Language Server Protocol says a position past a line's end means the line's end. */
	@Test
	void positionsPastTheEndAreClampedAndErrorsCarryNoStackTraceOrText() throws Exception {
		String uri = writeSamplePlans();
		try (LspClient client = start(workspace)) {
			openDiagnosed(client, uri);
			var text = client.server().getTextDocumentService();

			Position pastTheLine = new Position(LEVER_LINE, 999);
			Position pastTheDocument = new Position(999, 999);
			client.await("completion past the end of a line", text.completion(new CompletionParams(document(uri), pastTheLine)));
			client.await("completion past the last line", text.completion(new CompletionParams(document(uri), pastTheDocument)));
			client.await("hover past the end of a line", text.hover(new HoverParams(document(uri), pastTheLine)));
			client.await("definition past the last line", text.definition(new DefinitionParams(document(uri), pastTheDocument)));

			ResponseErrorException unknownCommand = assertThrows(ResponseErrorException.class, () -> client.await("an unknown command",
					client.server().getWorkspaceService().executeCommand(new ExecuteCommandParams("transform.noSuchCommand", List.of()))));
			assertEquals(ResponseErrorCode.InvalidParams.getValue(), unknownCommand.getResponseError().getCode(), "an unknown command");
			assertTrue(unknownCommand.getResponseError().getMessage().contains("transform.noSuchCommand"), unknownCommand.getMessage());
			assertNull(unknownCommand.getResponseError().getData(), "no stack trace in the error");

			assertFalse(client.stderr().contains("\tat "), "no stack trace on standard error either: " + client.stderr());
		}
	}

	/** Issue 16.7: after shutdown, the protocol allows only exit. */
	@Test
	void requestsAfterShutdownAreInvalid() throws Exception {
		String uri = writeSamplePlans();
		try (LspClient client = start(workspace)) {
			client.initialize(workspace, new ClientCapabilities());
			client.await("shutdown", client.server().shutdown());
			ResponseErrorException afterShutdown = assertThrows(ResponseErrorException.class, () -> client.await("hover after shutdown",
					client.server().getTextDocumentService().hover(new HoverParams(document(uri), OWNER_SALES))));
			assertEquals(ResponseErrorCode.InvalidRequest.getValue(), afterShutdown.getResponseError().getCode(), afterShutdown.getMessage());
			client.server().exit();
			assertTrue(client.awaitExit(), "the server exits on exit; stderr:\n" + client.stderr());
			assertEquals(0, client.process().exitValue(), "exit after shutdown");
		}
	}

	/** Issue 13.6: two workspaces side by side in the client's folder, each marked; the same plans in both. */
	@Test
	void eachMarkedFolderIsAWorkspaceOfItsOwn() throws Exception {
		for (String name : List.of("north", "south")) {
			Path folder = Files.createDirectories(workspace.resolve(name));
			Files.writeString(folder.resolve("transform.workspace"), "");
			Files.writeString(folder.resolve("acme.transform"), ACME, StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("sales.transform"), SALES, StandardCharsets.UTF_8);
		}
		String uri = workspace.resolve("north/sales.transform").toUri().toString();
		try (LspClient client = start(workspace)) {
			client.initialize(workspace, new ClientCapabilities());
			PublishDiagnosticsParams diagnostics = client.awaitDiagnostics(uri).value();
			assertNull(diagnostic(diagnostics, DUPLICATE_NAME), "the other workspace's plans are not this one's: " + diagnostics);
			assertNull(diagnostic(diagnostics, BROKEN_REFERENCE), "this workspace's plans are: " + diagnostics);
			assertNotNull(diagnostic(diagnostics, TECHNOLOGY_WITHOUT_TRAINING), "the plan is checked: " + diagnostics);
		}
	}

	/** Issue 13.6: the client opens a folder inside a workspace; the workspace is the marked folder above it. */
	@Test
	void theWorkspaceIsTheNearestMarkedFolderAboveTheClientsFolder() throws Exception {
		Files.writeString(workspace.resolve("transform.workspace"), "");
		Files.writeString(workspace.resolve("acme.transform"), ACME, StandardCharsets.UTF_8);
		Path plans = Files.createDirectories(workspace.resolve("plans"));
		String uri = write(plans.resolve("sales.transform"), SALES);
		try (LspClient client = start(workspace)) {
			client.initialize(plans, new ClientCapabilities());
			PublishDiagnosticsParams diagnostics = client.awaitDiagnostics(uri).value();
			assertNull(diagnostic(diagnostics, BROKEN_REFERENCE), "the organization above the client's folder is found: " + diagnostics);
		}
	}

	/** Issue 16.4: links are not followed (up -> .., self -> . never ended), a pipe is never opened. */
	@Test
	void linksAndPipesDoNotHoldUpInitialize() throws Exception {
		String uri = writeSamplePlans();
		Files.createSymbolicLink(workspace.resolve("up"), Path.of(".."));
		Files.createSymbolicLink(workspace.resolve("self"), Path.of("."));
		Process mkfifo = new ProcessBuilder("mkfifo", workspace.resolve("f.transform").toString()).start();
		assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo made the pipe");
		try (LspClient client = start(workspace)) {
			client.initialize(workspace, new ClientCapabilities());
			PublishDiagnosticsParams diagnostics = client.awaitDiagnostics(uri).value();
			assertNull(diagnostic(diagnostics, DUPLICATE_NAME), "each plan is read once: " + diagnostics);
			assertNotNull(diagnostic(diagnostics, TECHNOLOGY_WITHOUT_TRAINING), "the plan is checked: " + diagnostics);
			assertTrue(client.stderr().contains("skipped f.transform"), "the pipe is told: " + client.stderr());
		}
	}

	/** Writes the organization and the sales plan into the workspace; the plan's URI. */
	private String writeSamplePlans() throws Exception {
		Files.writeString(workspace.resolve("acme.transform"), ACME, StandardCharsets.UTF_8);
		return write(workspace.resolve("sales.transform"), SALES);
	}

	/** Initializes the server on the workspace, opens the sales plan at version 1 and waits for its diagnostics. */
	private void openDiagnosed(LspClient client, String uri) throws Exception {
		client.initialize(workspace, new ClientCapabilities());
		open(client, uri, 1, SALES);
		client.awaitDiagnostics(uri);
	}

	private static LspClient start(Path workingDirectory) throws Exception {
		// -Dtransform.java=<a java executable> runs the server on another Java than the tests'
		String java = System.getProperty("transform.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		return LspClient.start(java, List.of(), jar, workingDirectory, TIMEOUT, "--today=2026-11-30"); // no finding depends on the day the test runs
	}

	private static ClientCapabilities documentChanges() {
		WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
		edits.setDocumentChanges(true);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceEdit(edits);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspace);
		return capabilities;
	}

	private static String write(Path file, String text) throws Exception {
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file.toUri().toString();
	}

	private static void open(LspClient client, String uri, int version, String text) {
		client.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "transform", version, text)));
	}

	private static void editOf(LspClient client, String uri, int version, String text) {
		client.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	private static TextDocumentIdentifier document(String uri) {
		return new TextDocumentIdentifier(uri);
	}

	/** Waits for the request's answer: a result or an error without a stack trace or the document's text. */
	private static void answered(LspClient client, String what, CompletableFuture<?> answer) throws Exception {
		try {
			client.await(what, answer);
		} catch (ResponseErrorException e) {
			Object data = e.getResponseError().getData();
			assertTrue(data == null || !String.valueOf(data).contains("\tat "), what + ": no stack trace in the error: " + data);
		}
	}

	private static Diagnostic diagnostic(PublishDiagnosticsParams published, String code) {
		for (Diagnostic diagnostic : published.getDiagnostics()) {
			if (diagnostic.getCode() != null && code.equals(diagnostic.getCode().getLeft())) {
				return diagnostic;
			}
		}
		return null;
	}

	private static Set<String> labels(Either<List<CompletionItem>, CompletionList> completion) {
		List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
		Set<String> labels = new TreeSet<>();
		items.forEach(item -> labels.add(item.getLabel()));
		return labels;
	}

	private static CodeAction codeAction(LspClient client, String uri, Diagnostic diagnostic) throws Exception {
		List<Either<Command, CodeAction>> actions = client.await("code actions", client.server().getTextDocumentService()
				.codeAction(new CodeActionParams(document(uri), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))));
		for (Either<Command, CodeAction> action : actions) {
			if (action.isRight() && action.getRight().getEdit() != null && action.getRight().getDiagnostics() != null
					&& action.getRight().getDiagnostics().stream().anyMatch(d -> d.getCode() != null && diagnostic.getCode().equals(d.getCode()))) {
				return action.getRight();
			}
		}
		return null;
	}

	private static String documentKey(WorkspaceEdit edit, String uri) {
		return edit.getChanges().keySet().stream().filter(document -> LspClient.sameDocument(document, uri)).findFirst()
				.orElseThrow(() -> new AssertionError("no edit of " + uri + " in " + edit));
	}

	/** The version a workspace edit gives the document (its documentChanges). */
	private static Integer version(WorkspaceEdit edit, String uri) {
		assertNotNull(edit.getDocumentChanges(), "the edit is in documentChanges, as the client said it supports: " + edit);
		for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
			if (change.isLeft() && LspClient.sameDocument(change.getLeft().getTextDocument().getUri(), uri)) {
				return change.getLeft().getTextDocument().getVersion();
			}
		}
		throw new AssertionError("no edit of " + uri + " in " + edit);
	}

	/** The text edits as incremental content changes, the last in the text first, so that each range is still right. */
	private static List<TextDocumentContentChangeEvent> lastFirst(List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort((a, b) -> compare(b.getRange(), a.getRange()));
		return sorted.stream().map(edit -> new TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText())).toList();
	}

	private static int compare(Range a, Range b) {
		int lines = Integer.compare(a.getStart().getLine(), b.getStart().getLine());
		return lines != 0 ? lines : Integer.compare(a.getStart().getCharacter(), b.getStart().getCharacter());
	}
}
