package org.transform.dsl.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.ModelFactory;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Whether a plan writes an indicator's direction and cadence and a change's lever — "better higher" and no
 * "better" at all look alike in the model — is, after every edit the partial parser takes, what a fresh parse
 * of the same text says; an element made in memory writes what it sets.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class WrittenChoicesTest {

	private static final String PLAN = """
			plan Acme "Shorter sales cycles"
			indicator SalesCycle "Sales cycle" { unit days better lower cadence monthly }
			indicator Conversion "Offer conversion" { unit "%" better higher }
			indicator Churn "Churn" { unit "%" }
			change Crm "CRM" { lever technology }
			change Coaching "Coaching" { from 2026-03 }
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void aFreshParseTellsWrittenChoicesFromDefaults() throws IOException {
		assertEquals(List.of("SalesCycle lower monthly", "Conversion higher null", "Churn null null", "Crm technology", "Coaching null"),
				choices(load(PLAN)));
	}

	@Test
	void afterEachOfManyEditsTheChoicesAreThoseOfAFreshParse() throws IOException {
		Random random = new Random(Long.getLong("transform.fuzz.seed", 20261206L));
		String[] typed = { "x", " ", "better higher ", "better lower ", "cadence weekly ", "lever leadership ", "lever ", "better ", "}", "\"",
				"h" };
		XtextResource resource = load(PLAN);
		String text = PLAN;
		int partial = 0;
		for (int i = 0; i < 400; i++) {
			int at = random.nextInt(text.length() + 1);
			int removed = random.nextInt(3) == 0 ? Math.min(text.length() - at, 1 + random.nextInt(14)) : 0;
			String replacement = random.nextInt(6) == 0 ? "" : typed[random.nextInt(typed.length)];
			resource.update(at, removed, replacement);
			text = text.substring(0, at) + replacement + text.substring(at + removed);
			partial += resource.getParseResult().getRootNode().getText().equals(text) ? 1 : 0;
			if (i % 40 == 39) { // back to the plan, in one edit
				resource.update(0, text.length(), PLAN);
				text = PLAN;
			}
			assertEquals(choices(load(text)), choices(resource), "after edit " + i + ":\n" + text);
		}
		assertTrue(partial > 300, "the resource followed the text");
	}

	@Test
	void anElementMadeInMemoryWritesWhatItSets() {
		Indicator indicator = ModelFactory.eINSTANCE.createIndicator();
		assertEquals(null, PlanAnalysis.better(indicator));
		indicator.setBetter(org.transform.dsl.model.Direction.LOWER);
		assertEquals(org.transform.dsl.model.Direction.LOWER, PlanAnalysis.better(indicator));
	}

	private static List<String> choices(XtextResource resource) {
		List<String> choices = new ArrayList<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TransformFile file) {
			for (Element element : file.getElements()) {
				if (element instanceof Indicator indicator) {
					choices.add(indicator.getName() + " " + PlanAnalysis.better(indicator) + " " + PlanAnalysis.cadence(indicator));
				} else if (element instanceof LeverChange change) {
					choices.add(change.getName() + " " + PlanAnalysis.lever(change));
				}
			}
		}
		return choices;
	}

	private XtextResource load(String text) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("file:/plans/acme.transform"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		return resource;
	}
}
