package org.transform.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.examples.ExampleWorkspaces;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The house style: header, blank line, imports one per line, a blank line between elements, one
 * clause per line indented by four spaces inside braces, one space between a keyword and its value,
 * {@code a, b, c} lists, {@code date: value} measurements. Each test states the input and the
 * formatted output side by side, and formats the output again to show it is stable.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class TransformFormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private Formatting formatting;

	@Inject
	private ModelStructure structure;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** Formats the input to the expected text, and the expected text to itself. */
	private void assertFormatted(String input, String expected) {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(input);
			request.setExpectation(expected);
		});
		formatter.assertFormatted(request -> request.setToBeFormatted(expected));
	}

	// ------------------------------------------------------------------ the file

	@Test
	public void headerImportsAndElementsAreSeparatedByBlankLines() {
		assertFormatted("""
				  plan SalesTransformation "Shorter sales cycles" { period 2026-01 to 2027-12 }
				import Acme.*   import Finance.Controlling
				team Sales "Field sales" team PreSales "Pre-sales engineering"



				goal CloseFaster { owner Sales lower SalesCycle to 60 }""", """
				plan SalesTransformation "Shorter sales cycles" {
				    period 2026-01 to 2027-12
				}

				import Acme.*
				import Finance.Controlling

				team Sales "Field sales"

				team PreSales "Pre-sales engineering"

				goal CloseFaster {
				    owner Sales
				    lower SalesCycle to 60
				}
				""");
	}

	@Test
	public void aPlanWithoutImportsIsFollowedByABlankLine() {
		assertFormatted("""
				plan SalesTransformation {
				period 2026-01 to 2027-12 description "Two years"}
				indicator SalesCycle""", """
				plan SalesTransformation {
				    period 2026-01 to 2027-12
				    description "Two years"
				}

				indicator SalesCycle
				""");
	}

	@Test
	public void organizationAndTeams() {
		assertFormatted("""
				organization   Acme "Acme Corp"{description "Packaging machines"}
				team Commercial "Commercial division"
				team Sales "Field sales" {part-of   Commercial size 40
				description "Account executives"}
				team PreSales { part-of Acme.Sales }
				""", """
				organization Acme "Acme Corp" {
				    description "Packaging machines"
				}

				team Commercial "Commercial division"

				team Sales "Field sales" {
				    part-of Commercial
				    size 40
				    description "Account executives"
				}

				team PreSales {
				    part-of Acme.Sales
				}
				""");
	}

	// ------------------------------------------------------------------ each element kind

	@Test
	public void anElementWithASyntaxErrorIsLeftAsWrittenAndTheOthersFormatted() {
		formatter.assertFormatted(request -> {
			request.setAllowSyntaxErrors(true);
			request.setToBeFormatted("""
					plan P
					tool Crm "Salesforce" {  category crm   integrates-with }
					tool Erp   { category erp }
					""");
			request.setExpectation("""
					plan P

					tool Crm "Salesforce" {  category crm   integrates-with }

					tool Erp {
					    category erp
					}
					""");
		});
	}

	@Test
	public void indicatorHasOneClausePerLine() {
		assertFormatted("""
				plan P
				indicator SalesCycle "Sales cycle length" {
				  unit days  better lower  cadence monthly  status existing
				  measured-by "Median days from first meeting to signature"  source "CRM"
				  baseline 94   on   2026-01-31  opposes CustomerSatisfaction ,DiscountRate,Other.Margin
				}
				indicator ConversionRate { unit "%" better higher baseline -0.5 on 2026-01 }
				""", """
				plan P

				indicator SalesCycle "Sales cycle length" {
				    unit days
				    better lower
				    cadence monthly
				    status existing
				    measured-by "Median days from first meeting to signature"
				    source "CRM"
				    baseline 94 on 2026-01-31
				    opposes CustomerSatisfaction, DiscountRate, Other.Margin
				}

				indicator ConversionRate {
				    unit "%"
				    better higher
				    baseline -0.5 on 2026-01
				}
				""");
	}

	@Test
	public void goalHasOneMovePerLine() {
		assertFormatted("""
				plan P
				goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 raise ConversionRate
				  raise   Margin   by 2027-12  deadline 2027-12 description "Shorter cycles" }
				""", """
				plan P

				goal CloseFaster "Close deals faster" {
				    owner Sales
				    lower SalesCycle to 60 by 2027-06
				    raise ConversionRate
				    raise Margin by 2027-12
				    deadline 2027-12
				    description "Shorter cycles"
				}
				""");
	}

	@Test
	public void practiceListsItsIndicatorsWithCommas() {
		assertFormatted("""
				plan P
				practice SharedAccountPlans "Account plans co-written" { owner Sales,PreSales  lowers SalesCycle ,  MeetingsPerOffer raises ConversionRate }
				""", """
				plan P

				practice SharedAccountPlans "Account plans co-written" {
				    owner Sales, PreSales
				    lowers SalesCycle, MeetingsPerOffer
				    raises ConversionRate
				}
				""");
	}

	@Test
	public void changeKeepsItsPeriodOnOneLine() {
		assertFormatted("""
				plan P
				change CrmAccountPlans "Account-plan module" { lever technology  supports SharedAccountPlans,Reviews  owner Sales
				from 2026-09
				to 2026-12  deploys Crm, Acme.Erp }
				""", """
				plan P

				change CrmAccountPlans "Account-plan module" {
				    lever technology
				    supports SharedAccountPlans, Reviews
				    owner Sales
				    from 2026-09 to 2026-12
				    deploys Crm, Acme.Erp
				}
				""");
	}

	@Test
	public void tool() {
		assertFormatted("""
				organization Acme
				tool Crm "Salesforce" { category crm  used-by Sales,PreSales  adopted bottom-up  integrates-with Erp description "Since 2019" }
				tool Brandwatch {category social-monitoring}
				""", """
				organization Acme

				tool Crm "Salesforce" {
				    category crm
				    used-by Sales, PreSales
				    adopted bottom-up
				    integrates-with Erp
				    description "Since 2019"
				}

				tool Brandwatch {
				    category social-monitoring
				}
				""");
	}

	@Test
	public void channel() {
		assertFormatted("""
				plan P
				channel SalesLinkedIn "Sales on LinkedIn" { kind linkedin  serves CloseFaster  maintained-by Marketing,Sales  feeds Crm }
				""", """
				plan P

				channel SalesLinkedIn "Sales on LinkedIn" {
				    kind linkedin
				    serves CloseFaster
				    maintained-by Marketing, Sales
				    feeds Crm
				}
				""");
	}

	@Test
	public void policy() {
		assertFormatted("""
				plan P
				policy SocialGuidelines "Guidance, not policing" { serves CloseFaster,WinMore  owner Marketing description "Two pages" }
				""", """
				plan P

				policy SocialGuidelines "Guidance, not policing" {
				    serves CloseFaster, WinMore
				    owner Marketing
				    description "Two pages"
				}
				""");
	}

	@Test
	public void measurementsHaveOneDatedValuePerLine() {
		assertFormatted("""
				plan P
				measurements SalesCycle { 2026-02-28 : 92  2026-03-31:90
				2026-04-30:   -1.5 }
				measurements ConversionRate from "data/conversion.csv"{2026-05-31: 19}
				""", """
				plan P

				measurements SalesCycle {
				    2026-02-28: 92
				    2026-03-31: 90
				    2026-04-30: -1.5
				}

				measurements ConversionRate from "data/conversion.csv" {
				    2026-05-31: 19
				}
				""");
	}

	@Test
	public void anElementWithoutBracesStaysOnOneLine() {
		assertFormatted("""
				plan P
				team
				  Sales
				     "Field sales"
				measurements SalesCycle   from
				"data/sales-cycle.csv"
				indicator SalesCycle""", """
				plan P

				team Sales "Field sales"

				measurements SalesCycle from "data/sales-cycle.csv"

				indicator SalesCycle
				""");
	}

	@Test
	public void emptyBracesOpenAndCloseOnTheirOwnLines() {
		assertFormatted("""
				plan P {}
				team Sales {   }
				""", """
				plan P {
				}

				team Sales {
				}
				""");
	}

	// ------------------------------------------------------------------ comments

	@Test
	public void commentsStayWhereTheyWereWritten() {
		assertFormatted("""
				// Sales plan, owned by the CCO


				plan P // the header
				/* shared teams */ import Acme.*
				// --- indicators ---

				// measured in the CRM
				indicator SalesCycle { // since 2024
				// in calendar days
				unit days    // not working days
				  better /* of course */ lower
				      // a comment before the closing brace
				}
				team Sales // trailing
				""", """
				// Sales plan, owned by the CCO

				plan P // the header

				/* shared teams */ import Acme.*

				// --- indicators ---

				// measured in the CRM
				indicator SalesCycle { // since 2024
				    // in calendar days
				    unit days // not working days
				    better /* of course */ lower
				    // a comment before the closing brace
				}

				team Sales // trailing
				""");
	}

	/** A line comment inside a clause ends its line; the clause goes on, indented, on the next one. */
	@Test
	public void aCommentInsideAClauseKeepsItsLine() {
		assertFormatted("""
				plan P
				indicator I {
				unit days cadence
				// why monthly

				monthly better // trailing

				lower
				baseline 3 /* a
				   b */ on 2026-01
				}
				""", """
				plan P

				indicator I {
				    unit days
				    cadence
				    // why monthly
				    monthly
				    better // trailing
				    lower
				    baseline 3
				    /* a
				   b */
				    on 2026-01
				}
				""");
	}

	@Test
	public void blockCommentsKeepTheirText() {
		assertFormatted("""
				plan P
				/*
				   Teams are declared in acme.transform.
				     Keep this list short.
				*/
				team Sales { /* a team */ size 40 }
				""", """
				plan P

				/*
				   Teams are declared in acme.transform.
				     Keep this list short.
				*/
				team Sales { /* a team */
				    size 40
				}
				""");
	}

	// ------------------------------------------------------------------ preferences

	@Test
	public void indentsByFourSpacesWhateverTheEditorSays() {
		formatter.assertFormatted(request -> {
			request.preferences(p -> p.put(FormatterPreferenceKeys.indentation, "\t"));
			request.setToBeFormatted("""
					plan P { period 2026-01 to 2026-12 }
					""");
			request.setExpectation("""
					plan P {
					    period 2026-01 to 2026-12
					}
					""");
		});
	}

	// ------------------------------------------------------------------ malformed input

	static Stream<Arguments> malformedFiles() {
		return Stream.of(
				Arguments.of(Named.of("a clause without its value", """
						plan P { period 2026-01 to }
						team A { part-of }
						goal G { owner A raise to 5 }
						""")),
				Arguments.of(Named.of("unbalanced braces", """
						plan P
						team A "t" { size 4
						indicator I {
						}}} {{ tool
						""")),
				Arguments.of(Named.of("no header", """
						team A
						indicator I { unit days }
						""")),
				Arguments.of(Named.of("unknown characters and unterminated comment", """
						plan P @@ ;; team # A
						// a comment
						measurements X { 2026-01: }
						/* never closed
						team B
						""")),
				Arguments.of(Named.of("an empty file", "")),
				Arguments.of(Named.of("only a comment", "// nothing yet")));
	}

	/**
	 * A file with syntax errors is formatted without an exception, only its whitespace changes, and
	 * formatting it again changes nothing.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedFiles")
	public void malformedInputIsFormattedWithoutFailing(String text) throws IOException {
		XtextResource resource = parse(text, URI.createURI("malformed.transform"));
		assertFalse(resource.getErrors().isEmpty(), "the input is meant to have syntax errors");
		String formatted = formatting.format(resource);
		assertEquals(withoutWhitespace(text), withoutWhitespace(formatted), "only whitespace may change");
		assertEquals(formatted, formatting.format(parse(formatted, URI.createURI("malformed.transform"))));
	}

	// ------------------------------------------------------------------ the examples

	static Stream<Arguments> exampleFiles() {
		Path examples = ExampleWorkspaces.folder();
		return ExampleWorkspaces.transformFiles(examples).stream()
				.map(file -> Arguments.of(Named.of(examples.relativize(file).toString(), file)));
	}

	/** The examples are written in the house style: formatting one changes nothing. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("exampleFiles")
	public void exampleIsAlreadyFormatted(Path file) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		ExampleWorkspaces.load(resourceSet, ExampleWorkspaces.workspaceOf(file));
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertEquals(text, formatting.format(ExampleWorkspaces.resource(resourceSet, file)));
	}

	/**
	 * Formatting an example twice gives what formatting it once gave, and the formatted file, read
	 * in its workspace, is the same model: same objects, same values, references to the same
	 * qualified names.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("exampleFiles")
	public void formattingAnExampleIsIdempotentAndKeepsItsModel(Path file) throws IOException {
		Path workspace = ExampleWorkspaces.workspaceOf(file);
		XtextResourceSet original = resourceSets.get();
		ExampleWorkspaces.load(original, workspace);
		XtextResource originalResource = ExampleWorkspaces.resource(original, file);
		assertTrue(originalResource.getErrors().isEmpty(), () -> file + " has syntax errors: " + originalResource.getErrors());
		String once = formatting.format(originalResource);

		XtextResourceSet reformatted = resourceSets.get();
		ExampleWorkspaces.load(reformatted, workspace, Map.of(file.toAbsolutePath().normalize(), once));
		XtextResource formattedResource = ExampleWorkspaces.resource(reformatted, file);
		assertTrue(formattedResource.getErrors().isEmpty(), () -> "the formatted " + file + " has syntax errors: "
				+ formattedResource.getErrors());
		assertEquals(once, formatting.format(formattedResource), "formatting the formatted file changes it again");
		assertEquals(structure.of(originalResource.getContents().get(0)), structure.of(formattedResource.getContents().get(0)));
	}

	// ------------------------------------------------------------------ helpers

	private XtextResource parse(String text, URI uri) throws IOException {
		XtextResource resource = (XtextResource) resourceSets.get().createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private static String withoutWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}
}
