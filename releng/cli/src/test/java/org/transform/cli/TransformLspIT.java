package org.transform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The language server of the shaded jar, started as editors start it ({@code java -jar transform.jar
 * lsp}) and spoken to over its standard streams: a session from initialize to exit, and a server that
 * survives a client's mistakes.
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

	/** Zero-based: the line of 'lever technology' and the column just after 'lever '. */
	private static final int LEVER_LINE = 11;
	private static final int AFTER_LEVER = "    lever ".length();

	private static final Set<String> LEVER_KINDS = Set.of("leadership", "organization", "skills", "job", "training", "governance", "policy",
			"technology");

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
		Files.writeString(workspace.resolve("acme.transform"), ACME, StandardCharsets.UTF_8);
		Path plan = Files.writeString(workspace.resolve("sales.transform"), SALES, StandardCharsets.UTF_8);
		String uri = plan.toUri().toString();
		try (LspClient client = new LspClient(jar, workspace)) {
			JsonObject initialized = client.call("initialize", initializeParams());
			assertTrue(initialized.has("result"), "initialize answered: " + initialized);
			JsonObject capabilities = initialized.getAsJsonObject("result").getAsJsonObject("capabilities");
			assertTrue(capabilities.has("completionProvider"), "completion offered: " + capabilities);
			assertTrue(capabilities.has("codeActionProvider"), "code actions offered: " + capabilities);
			client.notify("initialized", new JsonObject());

			client.notify("textDocument/didOpen", json("""
					{ "textDocument": { "uri": %s, "languageId": "transform", "version": 1, "text": %s } }
					""".formatted(quoted(uri), quoted(SALES))));
			JsonObject diagnostics = client.awaitDiagnostics(uri);
			JsonObject training = diagnostic(diagnostics, TECHNOLOGY_WITHOUT_TRAINING);
			assertNotNull(training, "the technology change without training is diagnosed: " + diagnostics);
			assertEquals(LEVER_LINE - 1, training.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt(),
					"on the change's line: " + training);

			JsonObject completion = client.call("textDocument/completion", json("""
					{ "textDocument": { "uri": %s }, "position": { "line": %d, "character": %d } }
					""".formatted(quoted(uri), LEVER_LINE, AFTER_LEVER)));
			assertTrue(labels(completion).containsAll(LEVER_KINDS), "the eight lever kinds after 'lever ': " + labels(completion));

			JsonObject codeActions = client.call("textDocument/codeAction", json("""
					{ "textDocument": { "uri": %s }, "range": %s, "context": { "diagnostics": [ %s ] } }
					""".formatted(quoted(uri), training.get("range"), training)));
			JsonObject fix = codeAction(codeActions, TECHNOLOGY_WITHOUT_TRAINING);
			assertNotNull(fix, "a quick fix for the missing training: " + codeActions);
			JsonArray edits = edits(fix, uri);
			assertFalse(edits.isEmpty(), "the quick fix carries its edit: " + fix);

			client.drain();
			client.notify("textDocument/didChange", json("""
					{ "textDocument": { "uri": %s, "version": 2 }, "contentChanges": %s }
					""".formatted(quoted(uri), lastFirst(edits))));
			JsonObject fixed = client.awaitDiagnostics(uri);
			assertEquals(null, diagnostic(fixed, TECHNOLOGY_WITHOUT_TRAINING), "the fix removes the finding: " + fixed);

			JsonObject shutdown = client.call("shutdown", null);
			assertTrue(shutdown.has("result") && !shutdown.has("error"), "shutdown answered: " + shutdown);
			client.notify("exit", null);
			assertTrue(client.awaitExit(), "the server exits after shutdown and exit; stderr:\n" + client.stderr());
			assertEquals(0, client.process().exitValue(), "exit code after shutdown and exit; stderr:\n" + client.stderr());
			assertEquals(List.of(), client.violations(), "standard output carries JSON-RPC messages only");
		}
	}

	@Test
	void theServerSurvivesMalformedMessagesAndRequestsForWhatDoesNotExist() throws Exception {
		Files.writeString(workspace.resolve("acme.transform"), ACME, StandardCharsets.UTF_8);
		Path plan = Files.writeString(workspace.resolve("sales.transform"), SALES, StandardCharsets.UTF_8);
		String uri = plan.toUri().toString();
		try (LspClient client = new LspClient(jar, workspace)) {
			client.call("initialize", initializeParams());
			client.notify("initialized", new JsonObject());

			client.send("{ this is not JSON");
			client.send("{\"jsonrpc\": \"2.0\", \"id\": 900, \"method\": \"textDocument/hover\", \"params\": ");

			String missing = workspace.resolve("missing.transform").toUri().toString();
			JsonObject unknownDocument = client.call("textDocument/hover", json("""
					{ "textDocument": { "uri": %s }, "position": { "line": 0, "character": 0 } }
					""".formatted(quoted(missing))));
			assertTrue(unknownDocument.has("result") || unknownDocument.has("error"), "answered: " + unknownDocument);

			client.notify("textDocument/didOpen", json("""
					{ "textDocument": { "uri": %s, "languageId": "transform", "version": 1, "text": %s } }
					""".formatted(quoted(uri), quoted(SALES))));
			JsonObject outside = client.call("textDocument/completion", json("""
					{ "textDocument": { "uri": %s }, "position": { "line": 999, "character": 999 } }
					""".formatted(quoted(uri))));
			assertTrue(outside.has("result") || outside.has("error"), "answered: " + outside);
			JsonObject unknownMethod = client.call("transform/noSuchMethod", new JsonObject());
			assertTrue(unknownMethod.has("error"), "an unknown method is an error response: " + unknownMethod);

			// a file full of garbage: every service answers on it
			String garbageUri = workspace.resolve("garbage.transform").toUri().toString();
			StringBuilder garbage = new StringBuilder();
			java.util.Random random = new java.util.Random(42);
			String alphabet = "plan team goal {}}{ :,.-\"'\\/* 2026-13-45 raise lower \u00e9\u4e2d\r\n\t";
			for (int i = 0; i < 4000; i++) {
				garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			client.notify("textDocument/didOpen", json("""
					{ "textDocument": { "uri": %s, "languageId": "transform", "version": 1, "text": %s } }
					""".formatted(quoted(garbageUri), quoted(garbage.toString()))));
			for (String method : List.of("textDocument/hover", "textDocument/completion", "textDocument/definition",
					"textDocument/references", "textDocument/documentSymbol", "textDocument/formatting")) {
				JsonObject answer = client.call(method, json("""
						{ "textDocument": { "uri": %s }, "position": { "line": 3, "character": 7 },
						  "context": { "includeDeclaration": true }, "options": { "tabSize": 4, "insertSpaces": true } }
						""".formatted(quoted(garbageUri))));
				assertTrue(answer.has("result") || answer.has("error"), method + " on garbage answered: " + answer);
			}

			JsonObject completion = client.call("textDocument/completion", json("""
					{ "textDocument": { "uri": %s }, "position": { "line": %d, "character": %d } }
					""".formatted(quoted(uri), LEVER_LINE, AFTER_LEVER)));
			assertTrue(labels(completion).containsAll(LEVER_KINDS), "still serving after the mistakes: " + completion);
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
		try (LspClient client = new LspClient(jar, workspace)) {
			client.call("initialize", initializeParams());
			client.notify("initialized", new JsonObject());
			client.notify("exit", null);
			assertTrue(client.awaitExit(), "the server exits on exit; stderr:\n" + client.stderr());
			assertEquals(1, client.process().exitValue(), "exit without shutdown is an abnormal end (LSP); stderr:\n" + client.stderr());
			assertEquals(List.of(), client.violations(), "standard output carries JSON-RPC messages only");
		}
	}

	private JsonObject initializeParams() {
		String root = workspace.toUri().toString();
		return json("""
				{ "processId": %d, "rootUri": %s, "capabilities": {},
				  "workspaceFolders": [ { "uri": %s, "name": "plans" } ] }
				""".formatted(ProcessHandle.current().pid(), quoted(root), quoted(root)));
	}

	private static JsonObject diagnostic(JsonObject publishParams, String code) {
		for (JsonElement d : publishParams.getAsJsonArray("diagnostics")) {
			JsonObject diagnostic = d.getAsJsonObject();
			if (diagnostic.has("code") && code.equals(diagnostic.get("code").getAsString())) {
				return diagnostic;
			}
		}
		return null;
	}

	private static Set<String> labels(JsonObject completionResponse) {
		JsonElement result = completionResponse.get("result");
		JsonArray items = result.isJsonArray() ? result.getAsJsonArray() : result.getAsJsonObject().getAsJsonArray("items");
		Set<String> labels = new TreeSet<>();
		items.forEach(item -> labels.add(item.getAsJsonObject().get("label").getAsString()));
		return labels;
	}

	private static JsonObject codeAction(JsonObject response, String code) {
		for (JsonElement a : response.getAsJsonArray("result")) {
			JsonObject action = a.getAsJsonObject();
			if (action.has("diagnostics")) {
				for (JsonElement d : action.getAsJsonArray("diagnostics")) {
					JsonObject diagnostic = d.getAsJsonObject();
					if (diagnostic.has("code") && code.equals(diagnostic.get("code").getAsString()) && action.has("edit")) {
						return action;
					}
				}
			}
		}
		return null;
	}

	private static JsonArray edits(JsonObject codeAction, String uri) {
		JsonObject changes = codeAction.getAsJsonObject("edit").getAsJsonObject("changes");
		for (String document : changes.keySet()) {
			if (LspClient.sameDocument(document, uri)) {
				return changes.getAsJsonArray(document);
			}
		}
		throw new AssertionError("no edit of " + uri + " in " + codeAction);
	}

	/** The text edits as incremental content changes, the last in the text first, so that each range is still right. */
	private static JsonArray lastFirst(JsonArray edits) {
		List<JsonObject> sorted = new ArrayList<>();
		edits.forEach(e -> sorted.add(e.getAsJsonObject()));
		sorted.sort((a, b) -> Long.compare(position(b), position(a)));
		JsonArray changes = new JsonArray();
		for (JsonObject edit : sorted) {
			JsonObject change = new JsonObject();
			change.add("range", edit.get("range"));
			change.add("text", edit.get("newText"));
			changes.add(change);
		}
		return changes;
	}

	private static long position(JsonObject edit) {
		JsonObject start = edit.getAsJsonObject("range").getAsJsonObject("start");
		return start.get("line").getAsLong() << 32 | start.get("character").getAsLong();
	}

	private static JsonObject json(String text) {
		return JsonParser.parseString(text).getAsJsonObject();
	}

	private static String quoted(String text) {
		return new com.google.gson.JsonPrimitive(text).toString();
	}
}
