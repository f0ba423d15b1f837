package org.transform.dsl.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.validation.IssueCodes.BROKEN_REFERENCE;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.validation.Workspace;

import com.google.inject.Inject;

/**
 * Names across a workspace: elements are qualified by their file's header, seen by simple name in
 * files with the same header and in files that import them, and by qualified name everywhere.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ScopingTest {

	@Inject
	private Workspace workspace;

	@Inject
	private IQualifiedNameProvider names;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
	}

	/**
	 * A file's own names are found among its header and its elements only, not inside them: no type that
	 * lies inside an element (or inside the header) has a name.
	 */
	@Test
	public void onlyTheHeaderAndTheElementsHaveNames() {
		ModelPackage model = ModelPackage.eINSTANCE;
		for (EClassifier classifier : model.getEClassifiers()) {
			if (classifier instanceof EClass type && type.getEStructuralFeature("name") != null) {
				assertTrue(model.getHeader().isSuperTypeOf(type) || model.getElement().isSuperTypeOf(type), type.getName() + " has a name");
			}
		}
		for (EClassifier classifier : model.getEClassifiers()) {
			if (classifier instanceof EClass type && (model.getHeader().isSuperTypeOf(type) || model.getElement().isSuperTypeOf(type))) {
				for (EReference contained : type.getEAllContainments()) {
					assertTrue(contained.getEReferenceType().getEStructuralFeature("name") == null, type.getName() + " contains named " + contained.getName());
				}
			}
		}
	}

	@Test
	public void elementsAreQualifiedByTheirFilesHeader() {
		TransformFile organization = workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan Acme.Sales2026
				indicator SalesCycle { better lower }
				""");
		assertEquals(QualifiedName.create("Acme", "PreSales"), names.getFullyQualifiedName(workspace.element(organization, Team.class, "PreSales")));
		assertEquals(QualifiedName.create("Acme", "Sales2026", "SalesCycle"),
				names.getFullyQualifiedName(workspace.element(plan, Indicator.class, "SalesCycle")));
	}

	@Test
	public void aWildcardImportMakesAnOrganizationsTeamsVisibleBySimpleName() {
		TransformFile organization = workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Acme.*
				goal CloseFaster { owner PreSales }
				""");
		assertSame(workspace.element(organization, Team.class, "PreSales"), workspace.element(plan, Goal.class, "CloseFaster").getOwner());
		workspace.assertNoIssue(plan, BROKEN_REFERENCE);
	}

	@Test
	public void withoutImportOnlyTheQualifiedNameResolves() {
		TransformFile organization = workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				goal CloseFaster { owner Acme.Sales }
				goal WinMore { owner Sales }
				""");
		assertSame(workspace.element(organization, Team.class, "Sales"), workspace.element(plan, Goal.class, "CloseFaster").getOwner());
		workspace.assertError(workspace.element(plan, Goal.class, "WinMore"), BROKEN_REFERENCE, "did you mean 'Acme.Sales'?");
	}

	@Test
	public void importingOneNameMakesOnlyThatNameVisible() {
		TransformFile organization = workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Acme.Sales
				goal CloseFaster { owner Sales }
				goal Nurture { owner Marketing }
				""");
		assertSame(workspace.element(organization, Team.class, "Sales"), workspace.element(plan, Goal.class, "CloseFaster").getOwner());
		workspace.assertError(workspace.element(plan, Goal.class, "Nurture"), BROKEN_REFERENCE, "No team named 'Marketing'");
	}

	@Test
	public void filesWithTheSameHeaderSeeEachOthersElementsBySimpleName() {
		TransformFile indicators = workspace.file("indicators.transform", """
				plan SalesTransformation
				indicator SalesCycle { better lower }
				""");
		TransformFile goals = workspace.file("goals.transform", """
				plan SalesTransformation
				goal CloseFaster { lower SalesCycle }
				""");
		assertSame(workspace.element(indicators, Indicator.class, "SalesCycle"),
				workspace.element(goals, Goal.class, "CloseFaster").getMoves().get(0).getIndicator());
		workspace.assertNoIssue(goals, BROKEN_REFERENCE);
	}

	@Test
	public void aFileWithAnotherHeaderDoesNotSeeThemBySimpleName() {
		workspace.file("indicators.transform", """
				plan Metrics
				indicator SalesCycle { better lower }
				""");
		TransformFile goals = workspace.file("goals.transform", """
				plan SalesTransformation
				goal CloseFaster { lower SalesCycle }
				""");
		Goal goal = workspace.element(goals, Goal.class, "CloseFaster");
		workspace.assertError(goal.getMoves().get(0), BROKEN_REFERENCE, "did you mean 'Metrics.SalesCycle'?");
	}

	@Test
	public void anOrganizationSplitOverTwoFilesLinksAcrossThem() {
		TransformFile divisions = workspace.file("divisions.transform", """
				organization Acme
				team Commercial
				""");
		TransformFile teams = workspace.file("teams.transform", """
				organization Acme
				team Sales { part-of Commercial }
				""");
		assertSame(workspace.element(divisions, Team.class, "Commercial"), workspace.element(teams, Team.class, "Sales").getPartOf());
	}

	@Test
	public void aPlansOwnTeamWinsOverAnImportedTeamOfTheSameName() {
		workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Acme.*
				team Sales "The plan's own sales task force"
				goal CloseFaster { owner Sales }
				goal Nurture { owner Marketing }
				""");
		Goal closeFaster = workspace.element(plan, Goal.class, "CloseFaster");
		assertSame(workspace.element(plan, Team.class, "Sales"), closeFaster.getOwner());
		assertEquals("Marketing", workspace.element(plan, Goal.class, "Nurture").getOwner().getName());
		workspace.assertNoIssue(plan, BROKEN_REFERENCE);
	}

	@Test
	public void theSameNameImportedFromTwoOrganizationsIsAmbiguousAndOffersBoth() {
		workspace.organization();
		workspace.file("partner.transform", """
				organization Partner
				team Sales
				""");
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Acme.*
				import Partner.*
				goal CloseFaster { owner Sales }
				""");
		var issue = workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), BROKEN_REFERENCE);
		assertTrue(issue.getMessage().contains("'Acme.Sales'") && issue.getMessage().contains("'Partner.Sales'"), issue.getMessage());
	}

	@Test
	public void namesAreCaseSensitive() {
		workspace.organization();
		TransformFile plan = workspace.file("plan.transform", """
				plan SalesTransformation
				import Acme.*
				goal CloseFaster { owner sales }
				""");
		workspace.assertError(workspace.element(plan, Goal.class, "CloseFaster"), BROKEN_REFERENCE, "did you mean 'Sales'?");
	}
}
