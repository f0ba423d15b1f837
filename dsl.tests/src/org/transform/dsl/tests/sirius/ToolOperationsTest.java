package org.transform.dsl.tests.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transform.dsl.sirius.editing.PlanEditing;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.formatting.Formatting;

import com.google.inject.Inject;

/**
 * What each tool of the Sirius viewpoint does to a plan, run as Sirius runs it — the tool's service
 * ({@link PlanEditing}) on the model of a session, the file saved through the language's serializer — and read
 * again: the saved file parses, is as the formatter would lay it out, keeps the comments of what the tool did not
 * touch, and has exactly the findings the edit should cause.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ToolOperationsTest {

	private static final String ORGANIZATION = "acme.transform";

	private static final String PLAN = "sales.transform";

	/** Laid out as the formatter lays it out, with a comment the tools never touch. */
	private static final String ACME = """
			// who does the work
			organization Acme "Acme Corp"

			team Sales "Field sales"

			team PreSales "Pre-sales engineering" {
			    part-of Sales
			}
			""";

	private static final String SALES = """
			// The plan the sales team wrote
			plan Acme "Shorter sales cycles" {
			    period 2026-01 to 2027-12
			}

			/* what we measure */
			indicator SalesCycle "Sales cycle length" {
			    unit days
			    better lower
			    measured-by "Median days from first meeting to signature"
			    baseline 94 on 2026-01-31
			}

			goal CloseFaster "Close deals faster" {
			    owner Sales
			    lower SalesCycle to 60 by 2027-06
			}

			practice SharedAccountPlans "Account plans co-written by sales and pre-sales" {
			    lowers SalesCycle
			}

			change WeeklyPlanReviews "Managers review account plans" {
			    lever leadership
			    supports SharedAccountPlans
			    owner Sales
			    from 2026-03
			}

			measurements SalesCycle {
			    2026-02-28: 92
			}
			""";

	@TempDir
	Path folder;

	@Inject
	private Formatting formatting;

	private final PlanEditing tools = new PlanEditing();

	private SiriusSession session;

	@BeforeEach
	void open() {
		session = new SiriusSession(folder).open(ORGANIZATION, ACME, PLAN, SALES);
	}

	@Test
	public void thePlanTheToolsEditIsValidAndLaidOutAsTheFormatterWouldHaveIt() {
		assertEquals(List.of(), session.findingCodes(PLAN));
		assertEquals(SALES, formatted(PLAN));
		assertEquals(ACME, formatted(ORGANIZATION));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Goal        | goal NewGoal "New goal"                                     | goal-without-indicator
			Indicator   | indicator NewIndicator "New indicator" {\\n    status missing\\n} | indicator-without-direction
			Practice    | practice NewPractice "New practice"                         | practice-without-indicator
			LeverChange | change NewLeverChange "New lever change" {\\n    lever organization\\n} | -
			Team        | team NewTeam "New team"                                     | -
			""")
	public void aCreatedElementIsWrittenWithAUniqueNameAndGivesOnlyTheFindingOfWhatTheAuthorMustStillDecide(
			String kind, String written, String finding) {
		tools.newElement(session.file(PLAN), kind);
		EObject second = tools.newElement(session.file(PLAN), kind);

		String saved = saved(PLAN);
		assertTrue(saved.contains(written.replace("\\n", "\n")), saved);
		assertEquals("New" + kind + "2", second.eGet(second.eClass().getEStructuralFeature("name")));
		assertEquals(finding == null ? List.of() : List.of(finding, finding), session.reopen().findingCodes(PLAN));
	}

	@Test
	public void aCreatedElementFollowsTheLastElementOfItsKind() {
		tools.newElement(session.file(PLAN), "Goal");

		String saved = saved(PLAN);
		assertTrue(saved.indexOf("goal CloseFaster") < saved.indexOf("goal NewGoal")
				&& saved.indexOf("goal NewGoal") < saved.indexOf("practice SharedAccountPlans"), saved);
	}

	@Test
	public void aKindTheToolsDoNotCreateIsRefusedWithTheKindsTheyDo() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> tools.newElement(session.file(PLAN), "Measurements"));
		assertTrue(refused.getMessage().contains("[Goal, Indicator, LeverChange, Practice, Team]"), refused.getMessage());
	}

	@Test
	public void aimingAGoalAtAnIndicatorWritesAMoveInTheDirectionTheIndicatorCallsBetter() {
		EObject goal = tools.newElement(session.file(PLAN), "Goal");

		tools.connect(goal, session.element(PLAN, "SalesCycle"), "aims");

		assertTrue(saved(PLAN).contains("goal NewGoal \"New goal\" {\n    lower SalesCycle\n}"), saved(PLAN));
		assertEquals(List.of(), session.reopen().findingCodes(PLAN));
	}

	@Test
	public void aPracticeThatMovesAnIndicatorAndThatAChangeSupportsIsJustified() {
		EObject practice = tools.newElement(session.file(PLAN), "Practice");

		tools.connect(practice, session.element(PLAN, "SalesCycle"), "moves");
		assertEquals(List.of("practice-without-indicator"), findingsAfterSaving());

		tools.connect(session.element(PLAN, "WeeklyPlanReviews"), practice, "supports");
		String saved = saved(PLAN);
		assertTrue(saved.contains("practice NewPractice \"New practice\" {\n    lowers SalesCycle\n}"), saved);
		// the serializer adds the new target as a clause of its own, which the grammar allows
		assertTrue(saved.contains("supports SharedAccountPlans\n") && saved.contains("supports NewPractice\n"), saved);
		assertEquals(List.of(), session.reopen().findingCodes(PLAN));
	}

	@Test
	public void aPracticeMovingASecondIndicatorTheSameWayListsItInTheSameMove() {
		EObject indicator = tools.newElement(session.file(PLAN), "Indicator");
		tools.editLabel(indicator, "MeetingsPerOffer \"Meetings needed to issue an offer\"");
		indicator.eSet(indicator.eClass().getEStructuralFeature("better"),
				session.element(PLAN, "SalesCycle").eGet(indicator.eClass().getEStructuralFeature("better")));

		tools.connect(session.element(PLAN, "SharedAccountPlans"), indicator, "moves");

		assertTrue(saved(PLAN).contains("lowers SalesCycle, MeetingsPerOffer"), saved(PLAN));
		// a practice now relies on an indicator that does not exist yet
		assertEquals(List.of("indicator-missing"), session.reopen().findingCodes(PLAN));
	}

	@Test
	public void aGoalsOwnerAndATeamsParentAreDrawnAndRemovedAsTheirClauses() {
		EObject goal = session.element(PLAN, "CloseFaster");
		EObject preSales = session.element(ORGANIZATION, "PreSales");
		EObject team = tools.newElement(session.file(ORGANIZATION), "Team");

		tools.connect(goal, preSales, "owner");
		tools.connect(team, preSales, "part-of");
		tools.disconnect(preSales, session.element(ORGANIZATION, "Sales"), "part-of");

		assertTrue(saved(PLAN).contains("owner PreSales\n    lower SalesCycle"), saved(PLAN));
		String organization = saved(ORGANIZATION);
		// the braces of a clause list stay when its last clause goes: the serializer keeps what the text had
		assertTrue(organization.contains("team PreSales \"Pre-sales engineering\" {\n}"), organization);
		assertTrue(organization.contains("team NewTeam \"New team\" {\n    part-of PreSales\n}"), organization);
		assertBothFilesHaveNoFindings();
	}

	@Test
	public void opposingIndicatorsAreWrittenOnTheSource() {
		EObject indicator = tools.newElement(session.file(PLAN), "Indicator");

		tools.connect(session.element(PLAN, "SalesCycle"), indicator, "opposes");

		assertTrue(saved(PLAN).contains("baseline 94 on 2026-01-31\n    opposes NewIndicator\n}"), saved(PLAN));
	}

	@Test
	public void anEdgeDrawnBetweenTheWrongKindsIsRefused() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> tools.connect(session.element(PLAN, "CloseFaster"), session.element(PLAN, "SalesCycle"), "supports"));
		assertTrue(refused.getMessage().contains("'supports' goes from a LeverChange to a Practice"), refused.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> tools.connect(session.element(PLAN, "CloseFaster"), session.element(PLAN, "SalesCycle"), "aim"));
	}

	@Test
	public void reconnectingAnEdgesEndMovesTheRelation() {
		EObject practice = tools.newElement(session.file(PLAN), "Practice");
		EObject change = session.element(PLAN, "WeeklyPlanReviews");
		EObject shared = session.element(PLAN, "SharedAccountPlans");

		// the target end, from SharedAccountPlans to the new practice
		tools.reconnect(change, shared, change, practice, "supports");
		assertTrue(saved(PLAN).contains("supports NewPractice\n"), saved(PLAN));

		// the source end of the goal's aim, from CloseFaster to a new goal
		EObject goal = tools.newElement(session.file(PLAN), "Goal");
		tools.reconnect(session.element(PLAN, "CloseFaster"), session.element(PLAN, "SalesCycle"), goal,
				session.element(PLAN, "SalesCycle"), "aims");
		String saved = saved(PLAN);
		assertTrue(saved.contains("goal CloseFaster \"Close deals faster\" {\n    owner Sales\n}"), saved);
		assertTrue(saved.contains("goal NewGoal \"New goal\" {\n    lower SalesCycle\n}"), saved);
		assertEquals(List.of("goal-without-indicator", "practice-without-indicator", "practice-without-indicator"),
				session.reopen().findingCodes(PLAN));
	}

	@Test
	public void editingALabelRenamesTheElementAndEveryReferenceToItFollows() {
		EObject indicator = session.element(PLAN, "SalesCycle");
		assertEquals("SalesCycle \"Sales cycle length\"", tools.editableLabel(indicator));

		tools.editLabel(indicator, "  CycleLength   \"Days from first meeting to signature\" ");

		String saved = saved(PLAN);
		assertTrue(saved.contains("indicator CycleLength \"Days from first meeting to signature\" {"), saved);
		assertTrue(saved.contains("lower CycleLength to 60 by 2027-06"), saved);
		assertTrue(saved.contains("lowers CycleLength\n"), saved);
		assertTrue(saved.contains("measurements CycleLength {"), saved);
		assertEquals(List.of(), session.reopen().findingCodes(PLAN));
	}

	@Test
	public void aTeamRenamedInTheOrganizationIsRenamedInThePlanThatNamesIt() {
		tools.editLabel(session.element(ORGANIZATION, "Sales"), "FieldSales \"Field sales\"");

		assertTrue(saved(ORGANIZATION).contains("part-of FieldSales"), saved(ORGANIZATION));
		assertTrue(saved(PLAN).contains("owner FieldSales"), saved(PLAN));
		assertBothFilesHaveNoFindings();
	}

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Close Faster now            | Close          | Faster now
			Close-Faster "Sooner"       | CloseFaster    | Sooner
			2027Goal                    | _2027Goal      | -
			SalesCycle                  | SalesCycle2    | -
			""")
	public void aLabelIsMadeAValidNameThatNoOtherElementHas(String typed, String name, String title) {
		EObject goal = session.element(PLAN, "CloseFaster");

		tools.editLabel(goal, typed);

		assertEquals(name, goal.eGet(goal.eClass().getEStructuralFeature("name")));
		assertEquals(title.equals("-") ? null : title, goal.eGet(goal.eClass().getEStructuralFeature("title")));
		assertEquals(List.of(), findingsAfterSaving());
	}

	@Test
	public void deletingAnIndicatorRemovesWhatCannotBeWrittenWithoutIt() {
		tools.deleteElement(session.element(PLAN, "SalesCycle"));

		String saved = saved(PLAN);
		assertFalse(saved.contains("SalesCycle"), saved);
		assertFalse(saved.contains("measurements"), saved);
		assertTrue(saved.contains("goal CloseFaster \"Close deals faster\" {\n    owner Sales\n}"), saved);
		assertTrue(saved.contains("practice SharedAccountPlans \"Account plans co-written by sales and pre-sales\" {\n}"),
				saved);
		assertEquals(List.of("goal-without-indicator", "practice-without-indicator"), session.reopen().findingCodes(PLAN));
	}

	@Test
	public void deletingATeamRemovesItFromEveryFileThatNamesIt() {
		tools.deleteElement(session.element(ORGANIZATION, "Sales"));

		String organization = saved(ORGANIZATION);
		String plan = saved(PLAN);
		assertFalse(organization.contains("team Sales") || organization.contains("part-of"), organization);
		assertFalse(plan.contains("owner"), plan);
		assertBothFilesHaveNoFindings();
	}

	@Test
	public void deletingAnElementLeavesTheReferencesOfTheSessionsRepresentationsToSirius() {
		EObject indicator = session.element(PLAN, "SalesCycle");
		// stands for a diagram element of an .aird file, which Sirius removes itself when it refreshes the diagram
		org.eclipse.emf.ecore.EAnnotation view = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createEAnnotation();
		view.getReferences().add(indicator);
		org.eclipse.emf.ecore.resource.Resource representations = new org.eclipse.emf.ecore.resource.impl.ResourceImpl(
				org.eclipse.emf.common.util.URI.createURI("memory:/representations.aird"));
		representations.getContents().add(view);
		session.resourceSet().getResources().add(representations);

		tools.deleteElement(indicator);

		assertEquals(List.of(indicator), view.getReferences());
		assertFalse(saved(PLAN).contains("SalesCycle"), saved(PLAN));
	}

	@Test
	public void deletingAnEdgeRemovesOnlyThatRelation() {
		tools.disconnect(session.element(PLAN, "WeeklyPlanReviews"), session.element(PLAN, "SharedAccountPlans"),
				"supports");
		tools.disconnect(session.element(PLAN, "SharedAccountPlans"), session.element(PLAN, "SalesCycle"), "moves");

		String saved = saved(PLAN);
		assertFalse(saved.contains("supports") || saved.contains("lowers"), saved);
		// the practice no longer moves SalesCycle, so no practice moves the goal's indicator either
		assertEquals(List.of("goal-without-practice", "practice-without-indicator"), session.reopen().findingCodes(PLAN));
	}

	@ParameterizedTest(name = "{0} := {1}")
	@CsvSource(delimiter = '|', textBlock = """
			title        | Days to signature | indicator SalesCycle "Days to signature" {
			unit         | per cent          | unit "per cent"
			unit         | hours             | unit hours
			better       | higher            | better higher
			baseline     | 90.5              | baseline 90.5 on 2026-01-31
			baselineDate | 2026-02           | baseline 94 on 2026-02
			""")
	public void aTableCellIsWrittenAsThePlanWritesIt(String feature, String typed, String written) {
		tools.editCell(session.element(PLAN, "SalesCycle"), feature, typed);

		assertTrue(saved(PLAN).contains(written), saved(PLAN));
	}

	@Test
	public void aNewIndicatorsDirectionChosenInTheTableIsWrittenEvenWhenItIsTheFirstChoice() {
		EObject indicator = tools.newElement(session.file(PLAN), "Indicator");

		tools.editCell(indicator, "better", "higher");

		assertTrue(saved(PLAN).contains("indicator NewIndicator \"New indicator\" {\n    better higher\n    status missing\n}"),
				saved(PLAN));
		assertEquals(List.of(), session.reopen().findingCodes(PLAN));
	}

	@ParameterizedTest(name = "{0} := \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			better       | sideways    | 'sideways' is not a better: write one of [higher, lower]
			baseline     | ninety      | 'ninety' is not a number
			baselineDate | 2026-02-30  | '2026-02-30' is not a calendar date
			baselineDate | ''          | A baseline needs its value and its date
			""")
	public void aTableCellThePlanCannotWriteIsRefused(String feature, String typed, String message) {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> tools.editCell(session.element(PLAN, "SalesCycle"), feature, typed));
		assertTrue(refused.getMessage().contains(message), refused.getMessage());
	}

	/**
	 * Saves the file, reads it again and checks what every saved file must be: it parses, the formatter leaves it
	 * as it is, and the comments of the original are there unless the element they were about was deleted.
	 */
	private String saved(String file) {
		String text = session.save(file);
		SiriusSession again = session.reopen();
		assertEquals(List.of(), again.syntaxErrors(file), text);
		assertEquals(text, formattedIn(again, file), "the saved file should be laid out as the formatter does");
		if (file.equals(PLAN)) {
			assertTrue(text.startsWith("// The plan the sales team wrote\nplan Acme"), text);
		} else {
			assertTrue(text.startsWith("// who does the work\norganization Acme"), text);
		}
		return text;
	}

	private void assertBothFilesHaveNoFindings() {
		SiriusSession again = session.reopen();
		assertEquals(List.of(), again.findingCodes(ORGANIZATION));
		assertEquals(List.of(), again.findingCodes(PLAN));
	}

	private List<String> findingsAfterSaving() {
		saved(PLAN);
		return session.reopen().findingCodes(PLAN);
	}

	private String formatted(String file) {
		return formattedIn(session, file);
	}

	private String formattedIn(SiriusSession in, String file) {
		return formatting.format((XtextResource) in.file(file).eResource());
	}
}
