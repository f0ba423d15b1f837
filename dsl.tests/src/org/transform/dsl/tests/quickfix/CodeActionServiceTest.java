package org.transform.dsl.tests.quickfix;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * End to end through {@code textDocument/codeAction}, as Xtext's language-server tests write it: the
 * quick fix is served as a code action of kind quickfix that names the finding, with its code, and
 * carries the edit.
 */
public class CodeActionServiceTest extends AbstractQuickFixTest {

	@Test
	void aPolicyWithoutGoalIsOfferedItsFixAsACodeAction() {
		testCodeAction(configuration -> {
			configuration.setFilesInScope(Map.of("acme.transform", ACME));
			configuration.setModel("""
					plan SalesTransformation { period 2026-01 to 2027-12 }
					import Acme.*
					indicator SalesCycle { better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
					goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06 }
					practice AccountPlans { owner Sales  lowers SalesCycle }
					policy SocialGuidelines { owner Marketing }
					""");
			// the edit inserts after 'owner Marketing' on line 5 (zero-based), keeping the rest of the line
			configuration.setExpectedCodeActions("""
					title : Add 'serves CloseFaster'
					kind : quickfix
					command :\s
					codes : policy-without-goal
					edit : changes :
					    MyModel.transform :   serves CloseFaster [[5, 41] .. [5, 41]]
					documentChanges :\s
					""");
		});
	}
}
