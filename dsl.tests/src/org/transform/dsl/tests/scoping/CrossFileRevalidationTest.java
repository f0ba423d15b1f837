package org.transform.dsl.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.validation.Workspace;

import com.google.inject.Inject;

/**
 * Which files the builder builds again when another one changes what it exports: those whose links the
 * change reaches (Xtext's own rule, the names a file looked up), so that a name typed in one plan does
 * not rebuild every other. The workspace-wide rules (two tools of one category in two files) depend on
 * files a plan never references: those plans are validated after the build, not built again
 * ({@code PostponedValidationTest}). A change to comments, layout or prose (titles, descriptions,
 * definitions, sources: no rule reads them) changes nothing the index sees.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class CrossFileRevalidationTest {

	private static final String LANDSCAPE = """
			organization Landscape
			tool Crm "Salesforce" { category crm  description "The CRM" }
			""";

	@Inject
	private Workspace workspace;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private IResourceDescriptionsProvider index;

	private XtextResource landscape;
	private IResourceDescription plan;
	private IResourceDescription deployingPlan;

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
		landscape = (XtextResource) workspace.file("landscape.transform", LANDSCAPE).eResource();
		TransformFile planFile = workspace.file("plan.transform", """
				plan SalesTransformation
				tool LegacyCrm { category crm }
				""");
		TransformFile deploying = workspace.file("deploying.transform", """
				plan Deploying
				import Landscape.*
				change Rollout "Roll the CRM out" { lever technology  deploys Crm }
				""");
		EcoreUtil2.resolveAll(deploying);
		plan = descriptions.getResourceDescription(planFile.eResource());
		deployingPlan = descriptions.getResourceDescription(deploying.eResource());
	}

	/** Edits the landscape file and tells whether the plan must be built again. */
	private boolean isAffectedByEditingLandscapeTo(IResourceDescription candidate, String text) throws IOException {
		IResourceDescription before = SerializableResourceDescription.createCopy(descriptions.getResourceDescription(landscape));
		landscape.reparse(text);
		IResourceDescription after = descriptions.getResourceDescription(landscape);
		IResourceDescription.Delta delta = descriptions.createDelta(before, after);
		return descriptions.isAffected(List.of(delta), candidate, index.getResourceDescriptions(landscape.getResourceSet()));
	}

	private boolean planIsAffectedByEditingLandscapeTo(String text) throws IOException {
		return isAffectedByEditingLandscapeTo(plan, text);
	}

	@Test
	public void changingAToolsCategoryInAnotherFileDoesNotRebuildAPlanThatReferencesNothingThere() throws IOException {
		assertFalse(planIsAffectedByEditingLandscapeTo("""
				organization Landscape
				tool Crm "Salesforce" { category erp  description "The CRM" }
				"""));
	}

	@Test
	public void renamingAToolRebuildsThePlanThatDeploysIt() throws IOException {
		assertTrue(isAffectedByEditingLandscapeTo(deployingPlan, """
				organization Landscape
				tool Crms "Salesforce" { category crm  description "The CRM" }
				"""));
	}

	@Test
	public void changingAToolsCategoryRebuildsThePlanThatDeploysIt() throws IOException {
		assertTrue(isAffectedByEditingLandscapeTo(deployingPlan, """
				organization Landscape
				tool Crm "Salesforce" { category erp  description "The CRM" }
				"""));
	}

	@Test
	public void renamingAToolDoesNotRebuildAPlanThatReferencesNothingThere() throws IOException {
		assertFalse(planIsAffectedByEditingLandscapeTo("""
				organization Landscape
				tool Crms "Salesforce" { category crm  description "The CRM" }
				"""));
	}

	@Test
	public void retitlingOrDescribingAToolDoesNotRebuildEvenThePlanThatDeploysIt() throws IOException {
		assertFalse(isAffectedByEditingLandscapeTo(deployingPlan, """
				organization Landscape
				tool Crm "Salesforce Sales Cloud" { category crm  description "The CRM of the field sales" }
				"""));
	}

	@Test
	public void editingOnlyCommentsAndLayoutDoesNotRebuildEvenThePlanThatDeploysIt() throws IOException {
		assertFalse(isAffectedByEditingLandscapeTo(deployingPlan, """
				organization Landscape
				// the CRM everybody uses
				tool Crm "Salesforce" {
				    category crm
				    description "The CRM"
				}
				"""));
	}
}
