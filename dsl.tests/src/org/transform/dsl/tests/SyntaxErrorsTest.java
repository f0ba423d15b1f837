package org.transform.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.validation.IssueCodes;

import com.google.inject.Inject;

/** Text the grammar cannot read gets a diagnostic in the author's terms, with the code syntax-error. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class SyntaxErrorsTest {

	@Inject
	private ParseHelper<TransformFile> parser;

	private List<Resource.Diagnostic> errors(String text) throws Exception {
		TransformFile file = parser.parse(text);
		return file.eResource().getErrors();
	}

	@Test
	public void aMissingBraceIsReportedInPlainWords() throws Exception {
		List<Resource.Diagnostic> errors = errors("""
				plan P
				team Sales "Field sales" {
				    size 12
				goal G { owner Sales }
				""");
		assertFalse(errors.isEmpty());
		Resource.Diagnostic first = errors.get(0);
		assertEquals(IssueCodes.SYNTAX_ERROR, ((AbstractDiagnostic) first).getCode());
		assertTrue(first.getMessage().contains("'goal'") && first.getMessage().contains("'}'"), first.getMessage());
		assertFalse(first.getMessage().contains("mismatched input"), first.getMessage());
		assertEquals(4, first.getLine());
	}

	@Test
	public void anImpossibleDateIsNamedWithHowToWriteIt() throws Exception {
		List<Resource.Diagnostic> errors = errors("""
				plan P { period 2026-13 to 2027-02-30 }
				""");
		assertEquals(2, errors.size(), errors::toString);
		assertTrue(errors.get(0).getMessage().contains("'2026-13' is not a calendar date"), errors.get(0).getMessage());
		assertTrue(errors.get(1).getMessage().contains("'2027-02-30' is not a calendar date"), errors.get(1).getMessage());
		assertEquals(IssueCodes.SYNTAX_ERROR, ((AbstractDiagnostic) errors.get(0)).getCode());
	}

	@Test
	public void anUnclosedQuoteSaysToCloseIt() throws Exception {
		List<Resource.Diagnostic> errors = errors("""
				plan P
				indicator I "Sales cycle {
				    better lower
				}
				""");
		assertFalse(errors.isEmpty());
		Resource.Diagnostic first = errors.get(0);
		assertEquals(IssueCodes.SYNTAX_ERROR, ((AbstractDiagnostic) first).getCode());
		assertTrue(first.getMessage().startsWith("A quoted text is not closed: add the closing '\"'"), first.getMessage());
		assertEquals(2, first.getLine());
	}

	@Test
	public void aBraceThatClosesNothingIsNamedAsSuch() throws Exception {
		List<Resource.Diagnostic> errors = errors("""
				plan P
				team Sales "Field sales" { size 12 }
				}
				team Service "Service" { size 4 }
				""");
		assertEquals(1, errors.size(), errors::toString);
		assertTrue(errors.get(0).getMessage().startsWith("'}' closes nothing here: remove it"), errors.get(0).getMessage());
		assertEquals(3, errors.get(0).getLine());
	}

	@Test
	public void aWrongKeywordSaysWhatWasExpected() throws Exception {
		List<Resource.Diagnostic> errors = errors("""
				plan P
				indicator I { better sideways }
				""");
		assertFalse(errors.isEmpty());
		assertTrue(errors.get(0).getMessage().contains("'sideways'"), errors.get(0).getMessage());
		assertEquals(IssueCodes.SYNTAX_ERROR, ((AbstractDiagnostic) errors.get(0)).getCode());
	}

	@Test
	public void garbageGivesDiagnosticsNotExceptions() throws Exception {
		for (String garbage : List.of("", "}}}{{{", "plan", "plan P { period", "\u0000\u0001\u00ff",
				"goal G { raise raise raise }", "plan P\n" + "team T { part-of }\n".repeat(50), "plan P team 2026-01 : 3.4.5 \"")) {
			TransformFile file = parser.parse(garbage);
			if (!garbage.isEmpty()) {
				assertFalse(file == null ? false : file.eResource().getErrors().isEmpty(), () -> "no error for: " + garbage);
			}
		}
	}
}
