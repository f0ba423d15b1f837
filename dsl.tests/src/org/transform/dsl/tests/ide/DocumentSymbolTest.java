package org.transform.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The outline: the plan holds its elements, each with its kind, name and details. */
public class DocumentSymbolTest extends AbstractLanguageServiceTest {

	private static final String PLAN = """
			plan SalesTransformation "Shorter sales cycles" { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle "Sales cycle length" { better lower  measured-by "Median days"  baseline 94 on 2026-01-31 }
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
			practice SharedAccountPlans { owner Sales  lowers SalesCycle }
			change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm }
			tool Crm "Salesforce" { category crm  used-by Sales }
			channel SalesLinkedIn { kind linkedin  serves CloseFaster  maintained-by Marketing  feeds Crm }
			policy SocialGuidelines { serves CloseFaster  owner Marketing }
			measurements SalesCycle { 2026-02-28: 92 }
			""";

	private List<Either<SymbolInformation, DocumentSymbol>> symbols(String uri) {
		try {
			return languageServer.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get();
		} catch (InterruptedException | ExecutionException e) {
			return Assertions.fail(e);
		}
	}

	private static String render(DocumentSymbol symbol) {
		return symbol.getKind() + " " + symbol.getName() + " : " + symbol.getDetail();
	}

	@Test
	void thePlanHoldsItsElementsWithKindsNamesAndDetails() {
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		List<Either<SymbolInformation, DocumentSymbol>> symbols = symbols(uri);
		Assertions.assertEquals(1, symbols.size());
		DocumentSymbol plan = symbols.get(0).getRight();
		Assertions.assertEquals("Namespace SalesTransformation : plan Shorter sales cycles", render(plan));
		Assertions.assertEquals("""
				Number SalesCycle : indicator Sales cycle length
				Event CloseFaster : goal Close deals faster
				Method SharedAccountPlans : practice
				Function CrmAccountPlans : change (technology) Account-plan module
				Interface Crm : tool Salesforce
				Field SalesLinkedIn : channel
				Property SocialGuidelines : policy
				Array measurements SalesCycle : measurements""",
				plan.getChildren().stream().map(DocumentSymbolTest::render).collect(Collectors.joining("\n")));
		// the selection is the name, inside the element's range, inside the plan's range
		DocumentSymbol change = plan.getChildren().get(3);
		Assertions.assertEquals(at(PLAN, "CrmAccountPlans \""), change.getSelectionRange().getStart());
		Assertions.assertEquals(at(PLAN, "change Crm"), change.getRange().getStart());
		assertTrue(plan.getRange().getEnd().getLine() >= change.getRange().getEnd().getLine());
	}

	@Test
	void anOrganizationHoldsItsTeams() {
		String uri = openWorkspace("acme.transform", ACME);
		DocumentSymbol organization = symbols(uri).get(0).getRight();
		Assertions.assertEquals("Namespace Acme : organization Acme Corp", render(organization));
		Assertions.assertEquals(List.of("Class Commercial : team Commercial division", "Class Sales : team Field sales",
				"Class PreSales : team Pre-sales engineering", "Class Marketing : team Marketing"),
				organization.getChildren().stream().map(DocumentSymbolTest::render).toList());
	}

	@Test
	void aClientWithoutTreesGetsAFlatListWithTheSameKindsNamesAndDetails() {
		hierarchicalOutline = false;
		String uri = openWorkspace("plan.transform", PLAN, "acme.transform", ACME);
		List<Either<SymbolInformation, DocumentSymbol>> symbols = symbols(uri);
		assertTrue(symbols.stream().allMatch(s -> s.isRight()
				&& (s.getRight().getChildren() == null || s.getRight().getChildren().isEmpty())), "a flat list");
		Assertions.assertEquals(List.of("Namespace SalesTransformation : plan Shorter sales cycles",
				"Number SalesCycle : indicator Sales cycle length", "Event CloseFaster : goal Close deals faster",
				"Method SharedAccountPlans : practice", "Function CrmAccountPlans : change (technology) Account-plan module",
				"Interface Crm : tool Salesforce", "Field SalesLinkedIn : channel", "Property SocialGuidelines : policy",
				"Array measurements SalesCycle : measurements"),
				symbols.stream().map(s -> render(s.getRight())).toList());
	}
}
