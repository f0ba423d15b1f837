package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.quickfix.TransformQuickfixProvider;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.examples.ExampleWorkspaces;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.validation.RuleCatalogue;
import org.transform.dsl.validation.RuleCatalogue.Rule;
import org.transform.dsl.validation.TransformValidator;

import com.google.inject.Inject;

/**
 * The rule catalogue tells the truth: every code has an entry, the quick-fix flag matches the quick
 * fixes the editor has, each bad example raises its code at its severity and each good one does not,
 * and the rule table of docs/language.md is the catalogue's.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class RuleCatalogueTest {

	@Inject
	private Workspace workspace;

	@Test
	public void everyCodeHasAnEntryAndEveryEntryIsACode() throws IllegalAccessException {
		Set<String> codes = new TreeSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes.add((String) field.get(null));
			}
		}
		codes.add(TransformValidator.INTERNAL_ERROR);
		assertEquals(codes, new TreeSet<>(RuleCatalogue.codes()));
	}

	@Test
	public void aRuleSaysItHasAQuickFixExactlyWhenTheEditorOffersOne() {
		Set<String> fixed = Arrays.stream(TransformQuickfixProvider.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(QuickFix.class))
				.map(m -> m.getAnnotation(QuickFix.class).value()).collect(Collectors.toCollection(TreeSet::new));
		Set<String> claimed = RuleCatalogue.rules().stream().filter(Rule::quickFix).map(Rule::code).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(fixed, claimed);
	}

	@Test
	public void eachBadExampleBreaksItsRuleAtItsSeverityAndEachGoodOneFollowsIt(@TempDir Path folder) {
		List<String> wrong = new ArrayList<>();
		for (Rule rule : RuleCatalogue.rules()) {
			if (rule.bad() == null) {
				continue;
			}
			List<Issue> bad = findings(folder.resolve(rule.code() + "-bad"), rule.bad(), rule.code());
			if (bad.isEmpty()) {
				wrong.add(rule.code() + ": the bad example raises nothing");
			}
			bad.stream().filter(i -> i.getSeverity() != rule.severity())
					.forEach(i -> wrong.add(rule.code() + ": raised as " + i.getSeverity() + ", catalogued as " + rule.severity()));
			List<Issue> good = findings(folder.resolve(rule.code() + "-good"), rule.good(), rule.code());
			good.forEach(i -> wrong.add(rule.code() + ": the good example raises '" + i.getMessage() + "'"));
		}
		assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
	}

	private List<Issue> findings(Path folder, String elements, String code) {
		workspace.in(folder).today(LocalDate.parse(RuleCatalogue.EXAMPLE_TODAY));
		TransformFile file = workspace.fileAsTyped("example.transform", RuleCatalogue.EXAMPLE_HEADER + elements);
		return workspace.issues(file, code);
	}

	@Test
	public void everyRuleHasATitleAReasonAndExamples() {
		for (Rule rule : RuleCatalogue.rules()) {
			assertTrue(!rule.title().isBlank() && !rule.rationale().isBlank(), rule.code());
			assertTrue((rule.bad() == null) == (rule.good() == null), rule.code());
		}
		// no example for a crashed check (no plan can be written to break it) nor for a file of 8 MiB
		assertEquals(List.of(IssueCodes.FILE_TOO_LARGE, TransformValidator.INTERNAL_ERROR),
				RuleCatalogue.rules().stream().filter(r -> r.bad() == null).map(Rule::code).toList());
	}

	@Test
	public void theRuleTableOfTheLanguageDocumentationIsTheCatalogues() throws IOException {
		Path docs = ExampleWorkspaces.folder().resolveSibling("docs").resolve("language.md");
		String text = Files.readString(docs, StandardCharsets.UTF_8);
		String header = "| code | what it says | severity | quick fix |";
		int start = text.indexOf(header);
		assertTrue(start >= 0, "docs/language.md has no rule table starting with " + header);
		int end = text.indexOf("\n\n", start);
		String table = text.substring(start, end < 0 ? text.length() : end + 1);
		assertEquals(RuleCatalogue.table(), table, "docs/language.md's rule table differs from the catalogue; replace it with the expected text");
	}
}
