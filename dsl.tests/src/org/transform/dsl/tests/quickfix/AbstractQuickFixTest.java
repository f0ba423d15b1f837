package org.transform.dsl.tests.quickfix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.testing.AbstractLanguageServerTest;
import org.eclipse.xtext.util.Modules2;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.tests.ide.AbstractLanguageServiceTest;
import org.transform.dsl.tests.ide.LanguageServers;
import org.transform.dsl.TransformRuntimeModule;
import org.transform.dsl.ide.TransformIdeModule;
import org.transform.dsl.ide.workspace.PlanCore;

import com.google.gson.Gson;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/**
 * Quick fixes tested the way an editor uses them: a workspace of plans is opened in Transform's
 * language server, the finding is taken from the diagnostics the server publishes, sent back in a
 * {@code textDocument/codeAction} request as a client sends it (issue data as JSON), the chosen
 * action's edit is applied to the text, and the edited plan is sent back to be validated again.
 */
public abstract class AbstractQuickFixTest extends AbstractLanguageServerTest {

	/** The organization the plans refer to, as in the validation tests. */
	protected static final String ACME = """
			organization Acme "Acme Corp"
			team Commercial "Commercial division"
			team Sales "Field sales" { part-of Commercial }
			team PreSales "Pre-sales engineering" { part-of Sales }
			team Marketing "Marketing" { part-of Commercial }
			team Support "Customer support"
			""";

	private static Injector injector;

	/** How a client turns a diagnostic into JSON and back. */
	private static final Gson WIRE = new MessageJsonHandler(Map.of()).getGson();

	private String planUri;
	private String planText;
	private int version = 1;

	protected AbstractQuickFixTest() {
		super("transform");
	}

	/**
	 * The server knows Transform through the IDE injector, as the language server's launcher registers
	 * it; inside OSGi the default lookup through {@code java.util.ServiceLoader} does not see the
	 * language's bundle. Its clock is fixed: a fix that dates a stub dates it on the day of
	 * {@link AbstractLanguageServiceTest#FIXED}, the language service tests' clock.
	 */
	@Override
	protected Module getServerModule() {
		return LanguageServers.serverModule(language());
	}

	private static synchronized Injector language() {
		if (injector == null) {
			// EMF's global registries (the resource factory, the validator) hold the language as every face has it;
			// this injector, with its fixed clock, is not registered there, so no other test sees that clock
			PlanCore.language();
			injector = Guice.createInjector(Modules2.mixin(new TransformRuntimeModule(), new TransformIdeModule(),
					binder -> binder.bind(Clock.class).toInstance(AbstractLanguageServiceTest.FIXED)));
		}
		return injector;
	}

	@BeforeEach
	void workspaceIn(@TempDir Path folder) {
		root = folder.toFile();
	}

	/** Writes the organization and the plan, starts the server on them and opens the plan in the editor. */
	protected void openPlan(String plan) {
		writeFile("acme.transform", ACME);
		planUri = writeFile("plan.transform", plan);
		planText = plan;
		initialize();
		// as an editor sends it; the inherited open(...) would turn Windows line breaks into Unix ones
		languageServer.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(planUri, languageInfo.getLanguageName(), version, plan)));
	}

	/** The findings the server shows on the opened plan. */
	protected List<Diagnostic> findings() {
		return Objects.requireNonNullElse(getDiagnostics().get(planUri), List.of());
	}

	/** The one finding with the code (and, if given, first data item) on the opened plan. */
	protected Diagnostic finding(String code, String... data) {
		List<Diagnostic> found = findings().stream().filter(d -> matches(d, code, data)).toList();
		Assertions.assertEquals(1, found.size(),
				() -> "expected one finding '" + code + "' " + List.of(data) + ", found: " + render(findings()));
		return found.get(0);
	}

	/** The titles of the code actions the server offers for the finding, in the order it offers them. */
	protected List<String> titles(Diagnostic finding) {
		return codeActions(finding).stream().map(CodeAction::getTitle).toList();
	}

	/**
	 * Applies the code action with the title to the finding with the code (and data), checks that the
	 * edited plan no longer has that finding and has no error it did not have before, and returns the
	 * edited text.
	 */
	protected String applyFix(String title, String code, String... data) {
		Diagnostic finding = finding(code, data);
		List<Diagnostic> before = findings();
		CodeAction action = codeActions(finding).stream().filter(a -> title.equals(a.getTitle())).findFirst()
				.orElseGet(() -> fail("no code action '" + title + "', offered: " + titles(finding)));
		Assertions.assertEquals("quickfix", action.getKind());
		Assertions.assertEquals(code, action.getDiagnostics().get(0).getCode().getLeft(), "the action names the finding it fixes");
		String fixed = new Document(version, planText).applyChanges(editsOf(action.getEdit())).getContents();

		edit(fixed);
		List<Diagnostic> after = findings();
		assertTrue(after.stream().noneMatch(d -> matches(d, code, data)),
				() -> "the finding '" + code + "' " + List.of(data) + " is still there: " + render(after) + "\nin:\n" + fixed);
		List<String> errorsBefore = errors(before);
		List<String> newErrors = errors(after).stream().filter(e -> !errorsBefore.contains(e)).toList();
		assertTrue(newErrors.isEmpty(), () -> "the fix brought new errors: " + newErrors + "\nin:\n" + fixed);
		return fixed;
	}

	/** Asserts that no code action is offered for the finding. */
	protected void assertNoFix(String code, String... data) {
		Diagnostic finding = finding(code, data);
		List<String> titles = titles(finding);
		assertTrue(titles.isEmpty(), () -> "expected no quick fix for '" + code + "', offered: " + titles);
	}

	private List<CodeAction> codeActions(Diagnostic finding) {
		Diagnostic sent = WIRE.fromJson(WIRE.toJson(finding), Diagnostic.class);
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(planUri), sent.getRange(),
				new CodeActionContext(List.of(sent)));
		try {
			List<CodeAction> actions = new ArrayList<>();
			for (Either<Command, CodeAction> action : languageServer.codeAction(params).get()) {
				assertTrue(action.isRight(), "quick fixes are code actions, not commands");
				actions.add(action.getRight());
			}
			return actions;
		} catch (InterruptedException | ExecutionException e) {
			return fail(e);
		}
	}

	/** The edits of the plan; an action must edit nothing else. */
	private List<TextEdit> editsOf(WorkspaceEdit edit) {
		assertNotNull(edit, "the code action carries its edit");
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, changes) -> {
				assertTrue(uri.endsWith("plan.transform"), () -> "the fix edits another file: " + uri);
				edits.addAll(changes);
			});
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				assertTrue(change.isLeft(), "the fix creates, renames or deletes a file");
				assertTrue(change.getLeft().getTextDocument().getUri().endsWith("plan.transform"), "the fix edits another file");
				for (Either<TextEdit, ?> textEdit : change.getLeft().getEdits()) {
					assertTrue(textEdit.isLeft(), "the fix is a plain text edit, not a snippet");
					edits.add(textEdit.getLeft());
				}
			}
		}
		assertFalse(edits.isEmpty(), "the code action changes nothing");
		return edits;
	}

	/** Sends the whole new text of the plan, as an editor does after the fix; the server validates it again. */
	private void edit(String text) {
		version++;
		planText = text;
		languageServer.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(planUri, version),
				List.of(new TextDocumentContentChangeEvent(text))));
	}

	private static boolean matches(Diagnostic diagnostic, String code, String... data) {
		if (diagnostic.getCode() == null || !code.equals(diagnostic.getCode().getLeft())) {
			return false;
		}
		if (data.length == 0) {
			return true;
		}
		return diagnostic.getData() instanceof String[] items && items.length > 0 && items[0].equals(data[0]);
	}

	private static List<String> errors(List<Diagnostic> diagnostics) {
		return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error)
				.map(d -> (d.getCode() == null ? "" : d.getCode().getLeft()) + ": " + d.getMessage()).toList();
	}

	private static String render(List<Diagnostic> diagnostics) {
		return diagnostics.isEmpty() ? "nothing"
				: diagnostics.stream().map(d -> "\n  " + d.getSeverity() + " " + (d.getCode() == null ? "" : d.getCode().getLeft()) + " "
						+ (d.getData() instanceof String[] items ? List.of(items) : d.getData()) + ": " + d.getMessage())
						.collect(Collectors.joining());
	}
}
