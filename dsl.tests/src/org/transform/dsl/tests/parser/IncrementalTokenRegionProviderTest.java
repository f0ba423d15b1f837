package org.transform.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.parser.impl.TokenRegionProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.ReplaceRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.parser.IncrementalTokenRegionProvider;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.examples.ExampleWorkspaces;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The language's token region provider gives, for every edit, the region Xtext's own provider gives —
 * on sequences of random edits to the example plans, including the edits that make a lexer look far
 * ahead: an opening quote or comment that does not close, and its closing added later.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class IncrementalTokenRegionProviderTest {

	private static final List<String> TYPED = List.of("x", " ", "\n", "\"", "/*", "*/", "//", "-", "2026-03", "12.5", "part-of", "measured-by",
			"}", "{", ".", ",", "\\", "é", "team Sales ");

	@Inject
	private Injector injector;

	@Test
	void theLanguageUsesIt() {
		assertTrue(injector.getInstance(TokenRegionProvider.class) instanceof IncrementalTokenRegionProvider);
	}

	/**
	 * A quote that does not close makes the lexer read to the end of the file; closing it far below
	 * turns everything in between into one string: token starts in between must not be reused.
	 */
	@Test
	void closingAQuoteFarBelowItIsSeen() {
		TokenRegionProvider xtexts = xtexts();
		IncrementalTokenRegionProvider ours = injector.getInstance(IncrementalTokenRegionProvider.class);
		for (String opening : List.of("\"", "/*")) {
			String closing = opening.equals("/*") ? "*/" : "\"";
			String text = "plan P { description " + opening + "abc }\n" + "team T { size 12 }\n".repeat(200);
			int near = text.length() - 10;
			// first an edit near the end, so that the provider meets the whole text once
			String typed = text.substring(0, near) + "x" + text.substring(near);
			ReplaceRegion first = new ReplaceRegion(near, 0, "x");
			assertEquals(xtexts.getTokenReplaceRegion(typed, first), ours.getTokenReplaceRegion(typed, first));
			int at = typed.length() - 5;
			String closed = typed.substring(0, at) + closing + typed.substring(at);
			ReplaceRegion close = new ReplaceRegion(at, 0, closing);
			assertEquals(xtexts.getTokenReplaceRegion(closed, close), ours.getTokenReplaceRegion(closed, close), opening);
		}
	}

	@Test
	void everyEditGetsTheRegionXtextsProviderGives() throws Exception {
		TokenRegionProvider xtexts = xtexts();
		IncrementalTokenRegionProvider ours = injector.getInstance(IncrementalTokenRegionProvider.class);
		Random random = new Random(20261125L);
		for (Path file : ExampleWorkspaces.transformFiles(ExampleWorkspaces.folder())) {
			String text = Files.readString(file);
			for (int i = 0; i < 150; i++) {
				int start = random.nextInt(text.length() + 1);
				int end = Math.min(text.length(), start + (random.nextInt(4) == 0 ? random.nextInt(30) : 0));
				String inserted = random.nextInt(5) == 0 ? "" : TYPED.get(random.nextInt(TYPED.size()));
				String changed = text.substring(0, start) + inserted + text.substring(end);
				ReplaceRegion edit = new ReplaceRegion(start, end - start, inserted);
				String context = file.getFileName() + ", edit " + i + " " + edit;
				assertEquals(xtexts.getTokenReplaceRegion(changed, edit), ours.getTokenReplaceRegion(changed, edit), context);
				text = changed;
			}
		}
	}

	/**
	 * A keystroke and its undo at places all over the file, as an author jumping around types: past each
	 * edit, the provider takes over the token starts it knew, moved, and uses them for the next edit below.
	 */
	@Test
	void editsAndTheirUndoAllOverTheFileGetXtextsRegions() throws Exception {
		TokenRegionProvider xtexts = xtexts();
		IncrementalTokenRegionProvider ours = injector.getInstance(IncrementalTokenRegionProvider.class);
		Random random = new Random(20261206L);
		StringBuilder all = new StringBuilder();
		for (Path file : ExampleWorkspaces.transformFiles(ExampleWorkspaces.folder())) {
			all.append(Files.readString(file)).append('\n');
		}
		String text = all.toString();
		for (int i = 0; i < 300; i++) {
			int at = random.nextInt(text.length() + 1);
			String typed = TYPED.get(random.nextInt(TYPED.size()));
			String changed = text.substring(0, at) + typed + text.substring(at);
			ReplaceRegion edit = new ReplaceRegion(at, 0, typed);
			assertEquals(xtexts.getTokenReplaceRegion(changed, edit), ours.getTokenReplaceRegion(changed, edit), "edit " + i + " " + edit);
			ReplaceRegion undo = new ReplaceRegion(at, typed.length(), "");
			assertEquals(xtexts.getTokenReplaceRegion(text, undo), ours.getTokenReplaceRegion(text, undo), "undo " + i + " " + undo);
			if (random.nextInt(4) == 0) {
				text = changed; // some edits stay
			}
		}
	}

	/** Xtext's own provider, which lexes the whole text for every edit: what ours must answer. */
	private TokenRegionProvider xtexts() {
		TokenRegionProvider xtexts = new TokenRegionProvider();
		injector.injectMembers(xtexts);
		return xtexts;
	}
}
