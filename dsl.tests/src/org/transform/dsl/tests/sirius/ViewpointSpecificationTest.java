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
		assertEquals(List.of(), ViewpointSpecificationChecker.check(shipped(), ModelPackage.eINSTANCE));
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
			""")
	public void aSpecificationThatNamesWhatTheLanguageLacksIsReported(String original, String mutated, String problem)
			throws IOException {
		String specification = text();
		assertTrue(specification.contains(original), "the shipped viewpoint should contain " + original);
		String broken = specification.replaceFirst(java.util.regex.Pattern.quote(original),
				java.util.regex.Matcher.quoteReplacement(mutated));

		List<String> problems = ViewpointSpecificationChecker.check(
				new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), ModelPackage.eINSTANCE);

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
