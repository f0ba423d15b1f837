package org.transform.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * What Xtext gives through the language server, checked with Transform's qualified names and imports:
 * formatting in the house style, go to definition and find references across files, rename across files.
 */
public class NavigationAndEditingTest extends AbstractLanguageServiceTest {

	private static final String PLAN = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle { better lower  measured-by "Median days"  baseline 94 on 2026-01-31 }
			goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
			practice SharedAccountPlans { owner Acme.Sales, Marketing  lowers SalesCycle }
			""";

	private static <T> T get(CompletableFuture<T> future) {
		try {
			return future.get();
		} catch (InterruptedException | ExecutionException e) {
			return Assertions.fail(e);
		}
	}

	/** Applies the edits as LSP means them: every range refers to the text before any edit. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> lastFirst = new ArrayList<>(edits);
		lastFirst.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
		Document document = new Document(1, text);
		for (TextEdit edit : lastFirst) {
			document = document.applyChanges(List.of(edit));
		}
		return document.getContents();
	}

	@Test
	void formattingGivesTheHouseStyle() {
		String text = """
				plan SalesTransformation {
				period 2026-01 to 2027-12 description "Two years"}
				indicator SalesCycle""";
		String uri = openWorkspace("plan.transform", text);
		List<? extends TextEdit> edits = get(languageServer
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true))));
		Assertions.assertEquals("""
				plan SalesTransformation {
				    period 2026-01 to 2027-12
				    description "Two years"
				}

				indicator SalesCycle
				""", apply(text, edits));
	}

	private List<? extends TextEdit> format(String uri) {
		return get(languageServer.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true))));
	}

	@Test
	void formattingAnAlreadyFormattedDocumentGivesNoEdits() {
		String text = """
				plan SalesTransformation {
				    period 2026-01 to 2027-12
				    description "Two years"
				}

				import Acme.*

				indicator SalesCycle "Sales cycle length" {
				    unit days
				    better lower
				    measured-by "Median days to signature"
				    baseline 94 on 2026-01-31
				}

				// the goal of the year
				goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }

				measurements SalesCycle {
				    2026-02-28: 92
				    2026-03-31: 88
				}
				""";
		String uri = openWorkspace("plan.transform", text, "acme.transform", ACME);
		String formatted = apply(text, format(uri));
		String second = openWorkspace("formatted.transform", formatted);
		Assertions.assertEquals(List.of(), format(second), "no edit, not even one that changes nothing, on:\n" + formatted);
	}

	@Test
	void formattingPlacesEditsOnTheirLinesAndColumnsThroughoutALongDocument() {
		StringBuilder text = new StringBuilder("organization Acme\n");
		for (int i = 0; i < 300; i++) {
			text.append("team T").append(i).append(" {   size ").append(i + 1).append(" }\n");
		}
		String uri = openWorkspace("acme.transform", text.toString());
		List<? extends TextEdit> edits = format(uri);
		StringBuilder expected = new StringBuilder("organization Acme\n");
		for (int i = 0; i < 300; i++) {
			expected.append("\nteam T").append(i).append(" {\n    size ").append(i + 1).append("\n}\n");
		}
		Assertions.assertEquals(expected.toString(), apply(text.toString(), edits));
	}

	@Test
	void goToDefinitionLeadsToTheTeamInTheOrganizationFile() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		for (String marker : List.of("owner Sa", "owner Acme.Sa")) {
			Either<List<? extends Location>, List<? extends LocationLink>> found = get(
					languageServer.definition(new DefinitionParams(new TextDocumentIdentifier(uri), after(PLAN, marker))));
			List<? extends Location> locations = found.getLeft();
			Assertions.assertEquals(1, locations.size(), marker);
			assertTrue(locations.get(0).getUri().endsWith("acme.transform"), locations.get(0).getUri());
			Assertions.assertEquals(at(ACME, "Sales \"Field"), locations.get(0).getRange().getStart(), marker);
		}
	}

	@Test
	void findReferencesCollectsThemAcrossFiles() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		List<? extends Location> references = get(languageServer.references(
				new ReferenceParams(new TextDocumentIdentifier(uri), after(PLAN, "owner Sa"), new ReferenceContext(true))));
		List<String> where = references.stream()
				.map(l -> l.getUri().substring(l.getUri().lastIndexOf('/') + 1) + " " + l.getRange().getStart().getLine() + ":"
						+ l.getRange().getStart().getCharacter())
				.sorted().toList();
		// the declaration, PreSales part-of Sales, the goal's owner and the practice's qualified owner
		Assertions.assertEquals(List.of("acme.transform 2:5", "acme.transform 3:48", "plan.transform 3:25", "plan.transform 4:36"),
				where);
	}

	@Test
	void renameChangesTheDeclarationAndEveryReferenceInEveryFile() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		WorkspaceEdit edit = get(languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri), after(PLAN, "owner Sa"), "FieldSales")));
		assertNotNull(edit);
		Map<String, List<TextEdit>> edits = new TreeMap<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((file, changes) -> edits.computeIfAbsent(file, f -> new ArrayList<>()).addAll(changes));
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				edits.computeIfAbsent(change.getLeft().getTextDocument().getUri(), f -> new ArrayList<>())
						.addAll(change.getLeft().getEdits().stream().map(Either::getLeft).toList());
			}
		}
		Assertions.assertEquals(2, edits.size(), () -> "edited " + edits.keySet());
		edits.forEach((file, changes) -> {
			String before = file.endsWith("acme.transform") ? ACME : PLAN;
			String after = apply(before, changes);
			if (file.endsWith("acme.transform")) {
				assertTrue(after.contains("team FieldSales \"Field sales\"") && after.contains("part-of FieldSales"), after);
			} else {
				// Xtext writes the reference anew with the shortest name that resolves: the import makes
				// the simple name visible, so Acme.Sales becomes FieldSales
				assertTrue(after.contains("owner FieldSales  lower") && after.contains("owner FieldSales, Marketing"), after);
			}
		});
	}

	@Test
	void renameKeepsAQualifiedReferenceQualifiedWhereNothingIsImported() {
		String plan = """
				plan Marketing2027 { period 2026-01 to 2027-12 }
				policy SocialGuidelines { owner Acme.Sales }
				""";
		String uri = openWorkspace("plan.transform", plan, "acme.transform", ACME);
		WorkspaceEdit edit = get(languageServer.rename(new RenameParams(new TextDocumentIdentifier(uri), after(plan, "owner Acme.Sa"), "FieldSales")));
		List<TextEdit> planEdits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((file, changes) -> {
				if (file.endsWith("plan.transform")) {
					planEdits.addAll(changes);
				}
			});
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.getLeft().getTextDocument().getUri().endsWith("plan.transform")) {
					planEdits.addAll(change.getLeft().getEdits().stream().map(Either::getLeft).toList());
				}
			}
		}
		Assertions.assertEquals("""
				plan Marketing2027 { period 2026-01 to 2027-12 }
				policy SocialGuidelines { owner Acme.FieldSales }
				""", apply(plan, planEdits));
	}
}
