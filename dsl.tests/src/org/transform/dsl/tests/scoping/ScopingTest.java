package org.transform.dsl.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.validation.IssueCodes.BROKEN_REFERENCE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.Scopes;
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
import org.transform.dsl.scoping.TransformImportScoping;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.validation.Workspace;

import com.google.inject.Inject;
import com.google.inject.Injector;

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

	@Inject
	private Injector injector;

	/**
	 * A file's own names, the lowest layer of its scopes, are those of its header and its elements, read from the
	 * file's first level: the same names of the same objects in the same order as Xtext's walk over every object of
	 * the file (which asked each move, measurement and value for a name, a fifth of linking a file).
	 */
	@Test
	public void aFilesOwnNamesAreItsHeadersAndElementsAskedOfItsFirstLevelOnly() {
		TransformFile plan = workspace.fileAsTyped("plan.transform", """
				plan Acme.Sales2026 { period 2026-01 to 2027-12 }
				import Acme.*
				team Sales { size 12 }
				indicator SalesCycle { better lower  baseline 90 on 2026-01-31 }
				goal CloseFaster { owner Sales  lower SalesCycle to 60 by 2027-06  raise WinRate }
				practice SharedAccountPlans { owner Sales  lowers SalesCycle, WinRate }
				change Coaching { lever training  supports SharedAccountPlans }
				measurements SalesCycle { 2026-02-28: 92  2026-03-31: 88 }
				tool Crm { category crm }
				channel Newsletter { serves CloseFaster }
				policy Review { serves CloseFaster }
				team Sales
				""");
		OwnNames own = injector.getInstance(OwnNames.class);

		List<String> read = described(own.of(plan.eResource()).getExportedObjects());

		assertEquals(described(Scopes.scopedElementsFor(() -> EcoreUtil.getAllContents(plan.eResource(), false), names)), read);
		assertEquals(10, read.size(), "the header and every named element, the repeated team too: " + read);
		assertEquals(plan.eContents().size(), own.asked, "names asked of the file's header, imports and elements only");
	}

	/** Each description as its name and the object it describes. */
	private static List<String> described(Iterable<IEObjectDescription> descriptions) {
		List<String> described = new ArrayList<>();
		for (IEObjectDescription description : descriptions) {
			EObject object = description.getEObjectOrProxy();
			described.add(description.getName() + " " + object.eClass().getName() + " " + EcoreUtil.getURI(object).fragment());
		}
		return described;
	}

	/** The language's scoping, with the file's own names at hand and the names it asks for counted. */
	public static class OwnNames extends TransformImportScoping {
		int asked;

		@Inject
		private IQualifiedNameProvider language;

		ISelectable of(Resource resource) {
			return internalGetAllDescriptions(resource);
		}

		@Override
		public IQualifiedNameProvider getQualifiedNameProvider() {
			return new IQualifiedNameProvider.AbstractImpl() {
				@Override
				public QualifiedName getFullyQualifiedName(EObject object) {
					asked++;
					return language.getFullyQualifiedName(object);
				}
			};
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
