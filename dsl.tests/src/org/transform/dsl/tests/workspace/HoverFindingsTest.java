package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.hover.TransformHoverService;
import org.transform.dsl.ide.server.ClientDocument;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.tests.ide.LanguageServers;

/**
 * The hover explains the rules broken at the hovered place from the findings the core has already
 * published for the text hovered, without validating the file again at each hover.
 */
public class HoverFindingsTest {

	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	private static final String PLAN = """
			plan Sales "Sales" { period 2026-01 to 2027-12 }
			team Field "Field sales"
			indicator Cycle { better lower  measured-by "Median days to close"  baseline 90 on 2026-01-31 }
			goal Faster { owner Field  lower Cycle to 60 by 2027-06 }
			practice Plans "Account plans" { owner Field  lowers Cycle }
			change Module "Account-plan module" { lever technology  supports Plans  owner Field  from 2026-09 }
			""";

	/** A policy that serves no goal: a second finding, typed after the first build. */
	private static final String EDITED = PLAN + "policy Alone \"A rule of its own\" { owner Field }\n";

	@TempDir
	Path dir;

	/** The hover service of the language, counting the times it validates a file itself. */
	static final class CountingHover extends TransformHoverService {
		int validations;

		@Override
		protected List<Issue> validate(XtextResource resource) {
			validations++;
			return super.validate(resource);
		}
	}

	@Test
	public void aHoverOnAFindingExplainsItsRuleFromTheCoresFindingsWithoutValidatingTheFile() {
		WorkspaceFiles.write(dir, "transform.workspace", "");
		WorkspaceFiles.write(dir, "sales.transform", PLAN);
		URI sales = PlanCore.uri(dir.resolve("sales.transform"));
		CountingHover hover = new CountingHover();
		PlanCore.language().injectMembers(hover);
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			core.open(sales, 1, PLAN);
			core.awaitIdle();

			String onTheChange = hover(core, hover, sales, PLAN, PLAN.indexOf("change Mod") + "change Mod".length());
			assertTrue(onTheChange.contains("**change Module**") && onTheChange.contains("**technology-without-training**"), onTheChange);
			String onTheIndicator = hover(core, hover, sales, PLAN, PLAN.indexOf("indicator Cyc") + "indicator Cyc".length());
			assertTrue(onTheIndicator.contains("**indicator Cycle**") && !onTheIndicator.contains("---"), "no finding there: " + onTheIndicator);

			core.change(sales, 2, EDITED);
			core.awaitIdle();
			String onThePolicy = hover(core, hover, sales, EDITED, EDITED.indexOf("policy Alo") + "policy Alo".length());
			assertTrue(onThePolicy.contains("**policy-without-goal**"), "the finding of the text typed since: " + onThePolicy);

			assertEquals(0, hover.validations, "the hovers read the findings the core published: none validated the file");
		}
	}

	@Test
	public void aFileNoCoreHoldsIsValidatedForItsHover() throws Exception {
		CountingHover hover = new CountingHover();
		PlanCore.language().injectMembers(hover);
		ResourceSet resources = PlanCore.language().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(URI.createURI("memory:/sales.transform"));
		resource.load(new StringInputStream(PLAN), null);
		int offset = PLAN.indexOf("change Mod") + "change Mod".length();
		Hover answer = hover.hover(new ClientDocument(null, PLAN), resource,
				new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()), LanguageServers.position(PLAN, offset)), CancelIndicator.NullImpl);

		assertNotNull(answer.getContents());
		assertTrue(answer.getContents().getRight().getValue().contains("**technology-without-training**"), answer.getContents().getRight().getValue());
		assertEquals(1, hover.validations, "no core published the file's findings: the hover validated it");
	}

	private static String hover(PlanCore core, TransformHoverService service, URI uri, String text, int offset) {
		Hover answer = core.read(uri, context -> service.hover(context.getDocument(), (XtextResource) context.getResource(),
				new HoverParams(new TextDocumentIdentifier(uri.toString()), LanguageServers.position(text, offset)), CancelIndicator.NullImpl)).join();
		assertNotNull(answer.getContents(), "a hover");
		return answer.getContents().getRight().getValue();
	}
}
