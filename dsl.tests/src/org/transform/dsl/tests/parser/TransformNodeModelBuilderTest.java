package org.transform.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ICompositeNode;
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
 * a file that took an edit.
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
}
