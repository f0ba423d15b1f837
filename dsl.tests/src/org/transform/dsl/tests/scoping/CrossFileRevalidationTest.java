package org.transform.dsl.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
 * The editor and the language server re-validate a file when another one changes what it exports.
 * Workspace-wide rules (two tools of one category in two files) depend on files a plan never
 * references, so any real change to an exported element counts; a change to comments, layout or
 * prose (titles, descriptions, definitions, sources: no rule reads them) does not.
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

	@BeforeEach
	void openWorkspace(@TempDir Path folder) {
		workspace.in(folder);
		landscape = (XtextResource) workspace.file("landscape.transform", LANDSCAPE).eResource();
		TransformFile planFile = workspace.file("plan.transform", """
				plan SalesTransformation
				tool LegacyCrm { category crm }
				""");
		plan = descriptions.getResourceDescription(planFile.eResource());
	}

	/** Edits the landscape file and tells whether the plan, which references nothing in it, must be checked again. */
	private boolean planIsAffectedByEditingLandscapeTo(String text) throws IOException {
		IResourceDescription before = SerializableResourceDescription.createCopy(descriptions.getResourceDescription(landscape));
		landscape.reparse(text);
		IResourceDescription after = descriptions.getResourceDescription(landscape);
		IResourceDescription.Delta delta = descriptions.createDelta(before, after);
		return descriptions.isAffected(List.of(delta), plan, index.getResourceDescriptions(landscape.getResourceSet()));
	}

	@Test
	public void changingAToolsCategoryInAnotherFileRevalidatesThePlan() throws IOException {
		assertTrue(planIsAffectedByEditingLandscapeTo("""
				organization Landscape
				tool Crm "Salesforce" { category erp  description "The CRM" }
				"""));
	}

	@Test
	public void renamingAnElementInAnotherFileRevalidatesThePlan() throws IOException {
		assertTrue(planIsAffectedByEditingLandscapeTo("""
				organization Landscape
				tool Crms "Salesforce" { category crm  description "The CRM" }
				"""));
	}

	@Test
	public void retitlingOrDescribingAnElementInAnotherFileDoesNot() throws IOException {
		assertFalse(planIsAffectedByEditingLandscapeTo("""
				organization Landscape
				tool Crm "Salesforce Sales Cloud" { category crm  description "The CRM of the field sales" }
				"""));
	}

	@Test
	public void editingOnlyCommentsAndLayoutInAnotherFileDoesNot() throws IOException {
		assertFalse(planIsAffectedByEditingLandscapeTo("""
				organization Landscape
				// the CRM everybody uses
				tool Crm "Salesforce" {
				    category crm
				    description "The CRM"
				}
				"""));
	}
}
