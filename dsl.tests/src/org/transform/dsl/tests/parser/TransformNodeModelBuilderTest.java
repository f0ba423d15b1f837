package org.transform.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.parser.TransformNodeModelBuilder;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The language's node model builder makes root nodes whose lines are Xtext's own — {@code \n},
 * {@code \r\n} and a lone {@code \r} each end a line — and the parser uses it, also for the root of
 * a file that took an edit. After an edit the partial parser took, every token of the file has the offset
 * and the text it has in a fresh parse of the edited text.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class TransformNodeModelBuilderTest {

	@Inject
	private Injector injector;

	@Test
	void linesAndColumnsAreXtexts() {
		Random random = new Random(20261206L);
		List<String> pieces = List.of("a", "bc ", "\n", "\r\n", "\r", "\r\r", "\n\r", "\n\n", "é");
		for (int round = 0; round < 200; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(60); i > 0; i--) {
				text.append(pieces.get(random.nextInt(pieces.size())));
			}
			ICompositeNode xtexts = new NodeModelBuilder().newRootNode(text.toString());
			ICompositeNode ours = new TransformNodeModelBuilder().newRootNode(text.toString());
			for (int offset = 0; offset < text.length(); offset++) {
				assertEquals(NodeModelUtils.getLineAndColumn(xtexts, offset), NodeModelUtils.getLineAndColumn(ours, offset),
						"offset " + offset + " of " + text.toString().replace("\r", "\\r").replace("\n", "\\n"));
			}
		}
	}

	@Test
	void theParserBuildsItsRootsWithIt() throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("dummy:/plan.transform"));
		String text = "plan P \"t\" {\r\n}\rteam T \"t\"\nteam U \"u\"\r\n";
		resource.load(new LazyStringInputStream(text), null);
		assertSame(TransformNodeModelBuilder.class, resource.getParseResult().getRootNode().getClass().getEnclosingClass());
		int at = text.indexOf("\"u\"") + 1;
		resource.update(at, 0, "v\r\nw");
		ICompositeNode root = resource.getParseResult().getRootNode();
		assertSame(TransformNodeModelBuilder.class, root.getClass().getEnclosingClass());
		String edited = text.substring(0, at) + "v\r\nw" + text.substring(at);
		assertEquals(edited, root.getText());
		ICompositeNode xtexts = new NodeModelBuilder().newRootNode(edited);
		for (int offset = 0; offset < edited.length(); offset++) {
			assertEquals(NodeModelUtils.getLineAndColumn(xtexts, offset), NodeModelUtils.getLineAndColumn(root, offset));
		}
	}

	private static final String PLAN = """
			plan Acme "Shorter sales cycles"
			team Sales "Field sales"
			team Marketing "Marketing" { part-of Sales }
			indicator SalesCycle "Sales cycle" { unit days better lower baseline 94 on 2026-01-31 }
			indicator Conversion "Offer conversion" { unit "%" better higher baseline 21 on 2026-01-31 }
			goal CloseFaster "Close faster" { owner Sales lower SalesCycle to 60 by 2027-06 raise Conversion to 30 }
			practice Qualify "Qualify early" { owner Sales, Marketing lowers SalesCycle raises Conversion }
			measurements SalesCycle { 2026-02-28: 92 }
			""";

	@Test
	void afterEditsEveryTokenHasTheOffsetOfAFreshParse() throws Exception {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("dummy:/plan.transform"));
		resource.load(new LazyStringInputStream(PLAN), null);
		Random random = new Random(20261207L);
		String text = PLAN;
		int partial = 0;
		for (int round = 0; round < 300; round++) {
			// a letter typed into or deleted from a name or a title, or a digit into a number: the text stays a plan
			List<Integer> spots = new ArrayList<>();
			Matcher words = Pattern.compile("[A-Z][A-Za-z]+|(?<![-\\d])\\d+(?![-\\d])|\"[^\"]+\"").matcher(text);
			while (words.find()) {
				for (int i = words.start() + 1; i < words.end() - 1; i++) {
					spots.add(i);
				}
			}
			int at = spots.get(random.nextInt(spots.size()));
			boolean typed = random.nextBoolean() || text.charAt(at) == '"';
			String letter = Character.isDigit(text.charAt(at)) ? String.valueOf(random.nextInt(10)) : String.valueOf((char) ('a' + random.nextInt(26)));
			ICompositeNode before = resource.getParseResult().getRootNode();
			if (typed) {
				resource.update(at, 0, letter);
				text = text.substring(0, at) + letter + text.substring(at);
			} else {
				resource.update(at, 1, "");
				text = text.substring(0, at) + text.substring(at + 1);
			}
			ICompositeNode root = resource.getParseResult().getRootNode();
			partial += root == before ? 1 : 0;
			assertEquals(text, root.getText());
			XtextResource fresh = (XtextResource) resourceSet.createResource(URI.createURI("dummy:/fresh" + round + ".transform"));
			fresh.load(new LazyStringInputStream(text), null);
			assertEquals(tokens(fresh.getParseResult().getRootNode()), tokens(root), "after round " + round);
			assertEquals(text.length(), root.getTotalLength());
			fresh.unload();
			resourceSet.getResources().remove(fresh);
		}
		assertTrue(partial > 50, partial + " edits taken by the partial parser"); // it kept the root node
	}

	/** Each leaf of the tree as its offset, length and text, and whether its offset follows from the ones before. */
	private static List<String> tokens(ICompositeNode root) {
		List<String> tokens = new ArrayList<>();
		int expected = 0;
		for (ILeafNode leaf : root.getLeafNodes()) {
			tokens.add(leaf.getTotalOffset() + "+" + leaf.getTotalLength() + " " + leaf.getText() + (leaf.getTotalOffset() == expected ? "" : " misplaced"));
			expected = leaf.getTotalOffset() + leaf.getTotalLength();
		}
		return tokens;
	}
}
