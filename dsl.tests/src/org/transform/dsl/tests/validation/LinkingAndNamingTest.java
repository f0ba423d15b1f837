package org.transform.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.validation.IssueCodes.BROKEN_REFERENCE;
import static org.transform.dsl.validation.IssueCodes.DUPLICATE_NAME;
import static org.transform.dsl.validation.IssueCodes.SYNTAX_ERROR;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.Tool;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;

/**
 * Linking and naming: broken-reference with the closest names offered, duplicate-name in one file
 * and across files with the same header, and literal values the value converters refuse (impossible
 * dates, fractional team sizes) reported as findings instead of exceptions.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class LinkingAndNamingTest {

	@Inject
	private Workspace workspace;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	// ------------------------------------------------------------------ broken-reference

	@Test
	public void aMisspelledTeamIsABrokenReferenceThatOffersTheClosestName() {
		workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Acme.*
				indicator SalesCycle { better lower }
				goal CloseFaster { owner Sals  lower SalesCycle }
				""");
		Issue issue = workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), BROKEN_REFERENCE,
				"No team named 'Sals' is known here", "did you mean 'Sales'?");
		assertArrayEquals(new String[] { "Sales" }, issue.getData(), "the names travel as issue data for the quick fix");
	}

	@Test
	public void aNameThatIsOnlyVisibleQualifiedIsOfferedQualified() {
		workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				indicator SalesCycle { better lower }
				goal CloseFaster { owner Sales  lower SalesCycle }
				""");
		Issue issue = workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), BROKEN_REFERENCE,
				"No team named 'Sales' is known here", "import the organization or plan that declares it",
				"did you mean 'Acme.Sales'?");
		assertEquals(List.of("Acme.Sales"), List.of(issue.getData()));
	}

	@Test
	public void aBrokenIndicatorInAMoveIsReportedOnTheMove() {
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				indicator SalesCycle { better lower }
				goal CloseFaster { lower SaleCycle }
				""");
		Goal goal = workspace.element(plan, Goal.class, "CloseFaster");
		workspace.assertError(goal.getMoves().get(0), BROKEN_REFERENCE, "No indicator named 'SaleCycle'", "did you mean 'SalesCycle'?");
	}

	@Test
	public void aNameLikeNothingKnownOffersNoSuggestion() {
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				team Sales
				goal CloseFaster { owner Procurement }
				""");
		Issue issue = workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), BROKEN_REFERENCE,
				"No team named 'Procurement' is known here: declare it ('team Procurement ...')");
		assertFalse(issue.getMessage().contains("did you mean"), issue.getMessage());
		assertEquals(0, issue.getData().length);
	}

	@Test
	public void aQualifiedBrokenNameIsDeclaredByItsLastSegment() {
		workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				goal CloseFaster { owner Acme.Procurement }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), BROKEN_REFERENCE,
				"No team named 'Acme.Procurement' is known here: declare it ('team Procurement ...')");
	}

	@Test
	public void referencesOfTheRightKindOnlyAreOffered() {
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				team Sales
				tool Crm { category crm }
				goal CloseFaster { owner Crm }
				""");
		Issue issue = workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), BROKEN_REFERENCE, "No team named 'Crm'");
		assertFalse(List.of(issue.getData()).contains("Crm"));
	}

	// ------------------------------------------------------------------ duplicate-name

	@Test
	public void twoTeamsWithOneNameInAFileAreBothErrors() {
		TransformFile organization = workspace.file("acme.transform", """
				organization Acme
				team Sales "Field sales"
				team Sales "Inside sales"
				""");
		List<Team> teams = organization.getElements().stream().map(Team.class::cast).toList();
		workspace.assertError(teams.get(0), DUPLICATE_NAME, "The team 'Sales' has the same name as something else declared in this file");
		workspace.assertError(teams.get(1), DUPLICATE_NAME);
	}

	@Test
	public void aTeamAndAToolMayNotShareAName() {
		TransformFile organization = workspace.file("acme.transform", """
				organization Acme
				team Salesforce
				tool Salesforce { category crm }
				""");
		workspace.assertError(workspace.element(organization, Tool.class, "Salesforce"), DUPLICATE_NAME, "The tool 'Salesforce'");
		workspace.assertError(workspace.element(organization, Team.class, "Salesforce"), DUPLICATE_NAME, "The team 'Salesforce'");
	}

	@Test
	public void oneNameInTwoFilesWithTheSameHeaderIsAnErrorInBothFiles() {
		TransformFile organization = workspace.organization();
		TransformFile more = workspace.file("acme-more.transform", """
				organization Acme
				team Sales "Inside sales"
				team Legal
				""");
		workspace.assertError(workspace.element(organization, Team.class, "Sales"), DUPLICATE_NAME,
				"The team 'Acme.Sales' is also declared in acme-more.transform", "rename one of them");
		workspace.assertError(workspace.element(more, Team.class, "Sales"), DUPLICATE_NAME,
				"The team 'Acme.Sales' is also declared in acme.transform");
		assertEquals(1, workspace.issues(more, DUPLICATE_NAME).size());
	}

	@Test
	public void oneNameInThreeFilesNamesTheOtherFileFirstByPath() {
		TransformFile zeta = workspace.file("zeta.transform", """
				organization Acme
				team Sales "Zeta sales"
				""");
		TransformFile organization = workspace.organization();
		TransformFile beta = workspace.file("beta.transform", """
				organization Acme
				team Sales "Beta sales"
				""");
		workspace.assertError(workspace.element(zeta, Team.class, "Sales"), DUPLICATE_NAME, "is also declared in acme.transform:");
		workspace.assertError(workspace.element(organization, Team.class, "Sales"), DUPLICATE_NAME, "is also declared in beta.transform:");
		workspace.assertError(workspace.element(beta, Team.class, "Sales"), DUPLICATE_NAME, "is also declared in acme.transform:");
	}

	@Test
	public void oneNameInTwoFilesAsDifferentKindsIsAnError() {
		workspace.organization();
		TransformFile landscape = workspace.file("landscape.transform", """
				organization Acme
				tool Marketing { category marketing-automation }
				""");
		workspace.assertError(workspace.element(landscape, Tool.class, "Marketing"), DUPLICATE_NAME,
				"is also declared in acme.transform (as a team)");
	}

	@Test
	public void oneSimpleNameUnderTwoHeadersIsFine() {
		TransformFile sales = workspace.file("sales.transform", """
				plan SalesTransformation
				indicator SalesCycle { better lower }
				""");
		TransformFile service = workspace.file("service.transform", """
				plan ServiceTransformation
				indicator SalesCycle { better lower }
				""");
		workspace.assertNoIssues(sales, service);
	}

	@Test
	public void aPlanSplitOverTwoFilesMayShareItsHeader() {
		TransformFile indicators = workspace.file("indicators.transform", """
				plan SalesTransformation
				indicator SalesCycle { better lower }
				""");
		TransformFile goals = workspace.file("goals.transform", """
				plan SalesTransformation
				goal CloseFaster { lower SalesCycle }
				""");
		workspace.assertNoIssue(indicators, DUPLICATE_NAME);
		workspace.assertNoIssue(goals, DUPLICATE_NAME);
	}

	// ------------------------------------------------------------------ literal values

	@Test
	public void anImpossibleMonthIsAFindingNamingTheDate() {
		TransformFile plan = workspace.fileAsTyped("plan.transform", """
				plan SalesTransformation { period 2026-13-01 to 2027-12 }
				""");
		Issue issue = workspace.validate(plan).stream().filter(i -> i.getMessage().contains("2026-13-01")).findFirst()
				.orElseThrow(() -> new AssertionError("no finding names 2026-13-01: " + workspace.validate(plan)));
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(SYNTAX_ERROR, issue.getCode());
		assertTrue(issue.getMessage().contains("is not a calendar date"), issue.getMessage());
		assertEquals(plan.getHeader(), workspace.problemOf(issue));
		assertNull(((Plan) plan.getHeader()).getPeriodStart(), "the impossible date is not kept");
		assertEquals("2027-12", ((Plan) plan.getHeader()).getPeriodEnd());
	}

	@Test
	public void anImpossibleDayIsAFindingNamingTheDateButALeapDayIsADate() {
		TransformFile plan = workspace.fileAsTyped("plan.transform", """
				plan SalesTransformation { period 2028-01 to 2028-12 }
				indicator SalesCycle { better lower  baseline 94 on 2026-02-30 }
				indicator LeadTime { better lower  baseline 12 on 2028-02-29 }
				""");
		List<Issue> issues = workspace.validate(plan);
		assertEquals(1, issues.size(), issues::toString);
		assertEquals("'2026-02-30' is not a calendar date: write YYYY-MM or YYYY-MM-DD with a real month and day, e.g. 2026-03 or 2026-03-31.",
				issues.get(0).getMessage());
		assertEquals(workspace.element(plan, Indicator.class, "SalesCycle"), workspace.problemOf(issues.get(0)));
		assertEquals("2028-02-29", workspace.element(plan, Indicator.class, "LeadTime").getBaselineDate());
	}

	@Test
	public void aFractionalTeamSizeIsAFindingThatSaysHowToWriteIt() {
		TransformFile organization = workspace.fileAsTyped("acme.transform", """
				organization Acme
				team Sales { size 12.5 }
				""");
		Issue issue = workspace.validate(organization).get(0);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals("'12.5' is not a whole number: a team size counts people, e.g. size 12.", issue.getMessage());
		assertEquals(workspace.element(organization, Team.class, "Sales"), workspace.problemOf(issue));
	}

	/** Issue 13.8: the parser's own message, and not Xtext's "ValueConverter returned null for primitive feature size" beside it. */
	@Test
	public void aNameWhereASizeIsExpectedIsOneSyntaxError() {
		TransformFile organization = workspace.fileAsTyped("acme.transform", """
				organization Acme
				team Sales { size many }
				team Marketing { size 4 }
				""");
		List<Issue> issues = workspace.validate(organization);
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(SYNTAX_ERROR, issues.get(0).getCode());
		assertTrue(issues.get(0).getMessage().startsWith("Found 'many' where a number was expected"), issues.get(0).getMessage());
		assertEquals(4, workspace.element(organization, Team.class, "Marketing").getSize(), "the rest of the file reads as written");
	}

	/** Issue 13.8: two swapped letters are one slip, as a Damerau–Levenshtein distance counts them. */
	@Test
	public void swappedLettersAreOfferedTheNameMeant() {
		workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Acme.*
				indicator Cycle { better lower }
				goal CloseFaster { owner Slaes  lower Cycel }
				""");
		Goal goal = workspace.element(plan, Goal.class, "CloseFaster");
		workspace.assertError(goal, BROKEN_REFERENCE, "No team named 'Slaes' is known here", "did you mean 'Sales'?");
		workspace.assertError(goal.getMoves().get(0), BROKEN_REFERENCE, "No indicator named 'Cycel'", "did you mean 'Cycle'?");
	}
}
