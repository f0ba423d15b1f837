package org.transform.dsl.tests.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.sirius.TransformViewpoints;

/**
 * The Sirius viewpoint (dsl.sirius, description/transform.odesign) names only classes, features and literals the
 * grammar has, so it cannot silently drift from the language: renaming a feature in the grammar fails this test.
 * Sirius itself is not available to the build, so the checker reads the specification as XML.
 */
public class ViewpointSpecificationTest {

	/** Where the bundle keeps the specification: the path Sirius's registry is given, without the bundle's name. */
	private static final String SPECIFICATION = "/" + TransformViewpoints.VIEWPOINT_SPECIFICATION
			.substring(TransformViewpoints.BUNDLE_ID.length() + 1);

	@Test
	public void theShippedViewpointNamesOnlyWhatTheLanguageHas() throws IOException {
		assertEquals(List.of(), ViewpointSpecificationChecker.check(shipped(), ModelPackage.eINSTANCE, TransformViewpoints.class));
	}

	@Test
	public void itOffersTheImpactMapTheTeamAlignmentAndTheIndicatorTable() throws IOException {
		String specification = text();
		for (String representation : List.of(
				"xsi:type=\"description_1:DiagramDescription\" name=\"Impact map\"",
				"xsi:type=\"description_1:DiagramDescription\" name=\"Team alignment\"",
				"xsi:type=\"description_2:EditionTableDescription\" name=\"Indicators\"")) {
			assertTrue(specification.contains(representation), representation);
		}
	}

	@Test
	public void everyLeverKindHasItsOwnStyleOnTheImpactMap() throws IOException {
		String specification = text();
		for (EEnumLiteral lever : ModelPackage.Literals.LEVER_KIND.getELiterals()) {
			assertTrue(specification.contains("predicateExpression=\"aql:self.lever = model::LeverKind::" + lever.getName() + "\""),
					"no conditional style for lever kind " + lever.getName());
		}
	}

	/**
	 * Every element kind a diagram draws can be created on it, except the goals and indicators of the team
	 * alignment: they belong to plan files, which the organization file's diagram cannot add to.
	 */
	@Test
	public void everyElementKindDrawnCanBeCreatedWhereItBelongs() throws IOException {
		java.util.regex.Matcher creations = java.util.regex.Pattern
				.compile("NodeCreationDescription\" name=\"[^\"]*\" label=\"[^\"]*\" nodeMappings=\"[^\"]*@ownedRepresentations\\[name='([^']*)'\\][^\"]*@nodeMappings\\[name='([^']*)'\\]\"")
				.matcher(text());
		List<String> created = new java.util.ArrayList<>();
		while (creations.find()) {
			created.add(creations.group(1).replace("%20", " ") + " › " + creations.group(2));
		}
		assertEquals(List.of("Impact map › Goal", "Impact map › Indicator", "Impact map › Practice", "Impact map › Change",
				"Team alignment › Team"), created);
		assertTrue(text().contains("<ownedCreateLine name=\"Create indicator\""), "the indicator table creates lines");
	}

	/** Each row changes the shipped text (XML: {@code ->} is written {@code -&gt;}) and names the one problem expected. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			feature:supports                     | feature:support                       | LeverChange has no feature 'support'
			aql:self.moves.indicators            | aql:self.moves.indicator              | PracticeMove has no feature 'indicator'
			model::LeverKind::technology         | model::LeverKind::tech                | LeverKind has no literal 'tech'
			domainClass="model::Practice"        | domainClass="model::Practise"         | the language has no type 'Practise'
			featureName="baseline"               | featureName="baselin"                 | Indicator has no feature 'baselin'
			@nodeMappings[name='Practice']       | @nodeMappings[name='Practise']        | names nothing (no @nodeMappings[name='Practise'])
			-&gt;filter(model::Team)             | -&gt;filter(model::Teem)              | the language has no type 'Teem'
			eInverse('owner')                    | eInverse('ownr')                      | no reference 'ownr' of the language refers to a Team
			eInverse('owner')-&gt;filter(model::Goal) | eInverse('owner').name           | cannot navigate 'name' from EObject*: filter to a type first
			feature:supports                     | feature:deploys                       | yields Tool*, which can never be a Practice
			oclIsKindOf(model::Plan)             | oclIsKindOf(model::Plan2)             | the language has no type 'Plan2'
			labelExpression="feature:name"       | labelExpression="[name/]"             | not a checked expression form
			aql:self.lever = model::LeverKind::job | aql:self.lever = model::Cadence::daily | compares LeverKind with Cadence
			target, 'supports')                  | target, 'support')                    | no relation 'support'
			aql:source.connect(target, 'supports') | aql:target.connect(source, 'supports') | 'supports' goes from a LeverChange to a Practice, not from Practice to LeverChange
			newElement('Goal')                   | newElement('Goals')                   | the services create no 'Goals'
			aql:container.newElement('Goal')     | aql:container.newElements('Goal')     | no service 'newElements' of [PlanEditing, PlanFindings] takes a TransformFile
			aql:element.disconnect(elementView.targetNode.target, 'aims') | aql:elementView.disconnect(element, 'aims') | not from DEdge to Goal
			aql:self.baselineDate &lt;&gt; null  | aql:self.baselineDat &lt;&gt; null   | Indicator has no feature 'baselineDat'
			canEdit="aql:true" featureName="title" | featureName="title"                 | column Title: no canEdit
			editCell('unit', arg0)               | editCell('units', arg0)               | Indicator has no feature 'units' to edit
			icons/error.png                      | icons/eror.png                        | is no image of the bundle
			aql:self.lever &lt;&gt; model::LeverKind::leadership | aql:self.lever | yields LeverKind, not a boolean
			hasFinding('error')                  | hasFinding('fatal')                   | 'fatal' is not a severity
			 deletionDescription=                |  deletionDescriptio=                  | Goal: no deletionDescription: Sirius would delete from the model
			""")
	public void aSpecificationThatNamesWhatTheLanguageLacksIsReported(String original, String mutated, String problem)
			throws IOException {
		String specification = text();
		assertTrue(specification.contains(original), "the shipped viewpoint should contain " + original);
		String broken = specification.replaceFirst(java.util.regex.Pattern.quote(original),
				java.util.regex.Matcher.quoteReplacement(mutated));

		List<String> problems = ViewpointSpecificationChecker.check(
				new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), ModelPackage.eINSTANCE,
				TransformViewpoints.class);

		assertEquals(1, problems.size(), () -> String.join("\n", problems));
		assertTrue(problems.get(0).contains(problem), problems.get(0));
	}

	private static InputStream shipped() {
		InputStream stream = TransformViewpoints.class.getResourceAsStream(SPECIFICATION);
		assertNotNull(stream, "the org.transform.dsl.sirius bundle should contain " + SPECIFICATION);
		return stream;
	}

	private static String text() throws IOException {
		try (InputStream stream = shipped()) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
