package org.transform.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Semantic tokens: each kind of name in its own style, lever kinds and dates. */
public class SemanticHighlightingTest extends AbstractLanguageServiceTest {

	private static final String PLAN = """
			plan SalesTransformation { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle { better lower  measured-by "Median days"  baseline 94 on 2026-01-31 }
			goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
			practice SharedAccountPlans { owner Acme.Sales  lowers SalesCycle }
			tool Crm { category crm }
			change CrmAccountPlans { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm }
			policy SocialGuidelines { serves CloseFaster  owner Marketing }
			""";

	/** The tokens as "text: type", decoded from the relative encoding with the server's legend. */
	private List<String> tokens(String uri, String text) {
		SemanticTokens tokens;
		try {
			tokens = languageServer.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		} catch (InterruptedException | ExecutionException e) {
			return Assertions.fail(e);
		}
		List<String> types = initializeResult.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		String[] lines = text.split("\n", -1);
		List<String> result = new ArrayList<>();
		int line = 0;
		int column = 0;
		List<Integer> data = tokens.getData();
		for (int i = 0; i + 4 < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			result.add(lines[line].substring(column, column + data.get(i + 2)) + ": " + types.get(data.get(i + 3)));
		}
		return result;
	}

	@Test
	void namesLeversAndDatesGetTheirStyles() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		List<String> tokens = tokens(uri, PLAN);
		for (String expected : List.of("SalesCycle: variable", "CloseFaster: event", "Sales: class",
				"Marketing: class", "SharedAccountPlans: function", "Crm: interface", "technology: enumMember", "2026-01: number",
				"2027-12: number", "2026-01-31: number", "2027-06: number", "2026-09: number", "2026-12: number")) {
			assertTrue(tokens.contains(expected), () -> "expected '" + expected + "' in " + tokens);
		}
		// a qualified reference is one style, token by token as the server sends it
		assertTrue(java.util.Collections.indexOfSubList(tokens, List.of("Acme: class", ".: class", "Sales: class")) >= 0,
				() -> tokens.toString());
		// every reference is highlighted: SalesCycle is declared once and referred to twice
		Assertions.assertEquals(3, tokens.stream().filter("SalesCycle: variable"::equals).count(), () -> tokens.toString());
		Assertions.assertEquals(2, tokens.stream().filter("CloseFaster: event"::equals).count(), () -> tokens.toString());
		// numbers that are not dates, keywords and the change's own name are left to the grammar's coloring
		assertTrue(tokens.stream().noneMatch(t -> t.startsWith("94:") || t.startsWith("lever:") || t.startsWith("CrmAccountPlans:")),
				() -> tokens.toString());
	}
}
