package org.transform.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.resource.TransformResource;
import org.transform.dsl.resource.TransformResourceDescriptionStrategy;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * What a plan exports (each element's qualified name, URI, class and digest) is kept with the element's
 * node while the author types elsewhere, and is after every edit what a fresh parse of the text exports:
 * an element renamed (in the text or in memory, as a Sirius tool does), two elements sharing a name (both
 * then named by position), the plan renamed.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class ExportedNamesTest {

	private static final String PLAN = """
			plan Acme "Shorter sales cycles"
			team Sales "Field sales"
			indicator SalesCycle "Sales cycle" { unit days better lower baseline 94 on 2026-01-31 }
			indicator Conversion "Offer conversion" { unit "%" better higher baseline 21 on 2026-01-31 }
			goal CloseFaster "Close faster" { owner Sales lower SalesCycle to 60 by 2027-06 }
			measurements SalesCycle { 2026-02-28: 92 }
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private IQualifiedNameProvider names;

	@Test
	void anElementTheEditDidNotTouchKeepsWhatItExported() throws IOException {
		TransformResource resource = load(PLAN);
		List<IEObjectDescription> before = exportedObjects(resource);
		String text = edit(resource, PLAN, PLAN.indexOf("Offer") + 1, 0, "x");
		assertTrue(resource.keptLinks(), "typing in a title keeps the links");
		List<IEObjectDescription> after = exportedObjects(resource);
		assertEquals(lines(exportedObjects(load(text))), lines(after));
		// the team, SalesCycle and the goal: their names were not made again (the header's and the edited indicator's were)
		assertSame(name(before, "Acme.Sales"), name(after, "Acme.Sales"));
		assertSame(name(before, "Acme.SalesCycle"), name(after, "Acme.SalesCycle"));
		assertSame(name(before, "Acme.CloseFaster"), name(after, "Acme.CloseFaster"));
		assertNotSame(name(before, "Acme.Conversion"), name(after, "Acme.Conversion"));
	}

	@Test
	void aRenameMakesAgainOnlyTheNamesItReaches() throws IOException {
		TransformResource resource = load(PLAN);
		List<IEObjectDescription> before = exportedObjects(resource);
		// Conversion renamed SalesCycle: both indicators are now named by position; the team and the goal keep theirs
		String text = edit(resource, PLAN, PLAN.indexOf("Conversion"), "Conversion".length(), "SalesCycle");
		assertTrue(resource.keptLinks(), "a rename keeps the links it does not reach");
		List<IEObjectDescription> after = exportedObjects(resource);
		assertEquals(lines(exportedObjects(load(text))), lines(after));
		assertSame(name(before, "Acme.Sales"), name(after, "Acme.Sales"));
		assertSame(name(before, "Acme.CloseFaster"), name(after, "Acme.CloseFaster"));
		// a letter typed into the team's name and deleted again: the goal keeps the name it had three states ago
		text = edit(resource, text, text.indexOf("Sales \"") + "Sales".length(), 0, "x");
		assertEquals(lines(exportedObjects(load(text))), lines(exportedObjects(resource)));
		text = edit(resource, text, text.indexOf("Salesx \"") + "Sales".length(), 1, "");
		after = exportedObjects(resource);
		assertEquals(lines(exportedObjects(load(text))), lines(after));
		assertSame(name(before, "Acme.CloseFaster"), name(after, "Acme.CloseFaster"));
		assertNotSame(name(before, "Acme.Sales"), name(after, "Acme.Sales"));
	}

	@Test
	void everythingNamedInThePlanIsExportedOnceAndInOrder() throws IOException {
		TransformResource resource = load(PLAN);
		List<String> named = new ArrayList<>();
		for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (names.getFullyQualifiedName(object) != null) {
				named.add(object.eClass().getName() + " " + names.getFullyQualifiedName(object));
			}
		}
		assertEquals(List.of("Plan Acme", "Team Acme.Sales", "Indicator Acme.SalesCycle", "Indicator Acme.Conversion", "Goal Acme.CloseFaster"),
				named);
		assertEquals(named, exportedObjects(resource).stream().map(d -> d.getEClass().getName() + " " + d.getName()).toList());
	}

	@Test
	void anElementRenamedInMemoryExportsItsNewName() throws IOException {
		TransformResource resource = load(PLAN);
		exportedObjects(resource);
		String text = edit(resource, PLAN, PLAN.indexOf("Offer") + 1, 0, "x");
		exportedObjects(resource);
		// a Sirius tool sets the name on the model; the node model (the text) stays as it was
		Indicator cycle = (Indicator) ((TransformFile) resource.getContents().get(0)).getElements().get(1);
		cycle.setName("CycleTime");
		// (the digest is the text's, as before: what a file exports is read from its text)
		assertEquals(namesAndUris(exportedObjects(load(text.replace("SalesCycle \"", "CycleTime \"")))), namesAndUris(exportedObjects(resource)));
	}

	@Test
	void namesSharedByTwoElementsAndAPlanRenamedShowAfterTheNextEdits() throws IOException {
		TransformResource resource = load(PLAN);
		String text = PLAN;
		exportedObjects(resource);
		// Conversion renamed SalesCycle: both indicators are named by position, then a title typed in the team
		text = edit(resource, text, text.indexOf("Conversion"), "Conversion".length(), "SalesCycle");
		assertEquals(lines(exportedObjects(load(text))), lines(exportedObjects(resource)));
		text = edit(resource, text, text.indexOf("Field") + 1, 0, "y");
		assertTrue(resource.keptLinks());
		assertEquals(lines(exportedObjects(load(text))), lines(exportedObjects(resource)));
		assertTrue(namesAndUris(exportedObjects(resource)).contains("Indicator Acme.SalesCycle //@elements.2"), lines(exportedObjects(resource)).toString());
		// the plan renamed, then a title typed
		text = edit(resource, text, text.indexOf("Acme") + 4, 0, "Co");
		text = edit(resource, text, text.indexOf("Close faster") + 1, 0, "z");
		assertEquals(lines(exportedObjects(load(text))), lines(exportedObjects(resource)));
		assertTrue(namesAndUris(exportedObjects(resource)).contains("Team AcmeCo.Sales AcmeCo.Sales"), lines(exportedObjects(resource)).toString());
	}

	@Test
	void afterEachOfManyEditsThePlanExportsWhatAFreshParseExports() throws IOException {
		Random random = new Random(Long.getLong("transform.fuzz.seed", 20261206L));
		String[] typed = { "x", "S", "1", " ", "Sales", "SalesCycle", "\"", "}" };
		TransformResource resource = load(PLAN);
		String text = PLAN;
		int kept = 0;
		for (int i = 0; i < 300; i++) {
			exportedObjects(resource);
			int at = random.nextInt(text.length() + 1);
			int removed = random.nextInt(4) == 0 ? Math.min(text.length() - at, 1 + random.nextInt(4)) : 0;
			text = edit(resource, text, at, removed, random.nextInt(5) == 0 ? "" : typed[random.nextInt(typed.length)]);
			kept += resource.keptLinks() ? 1 : 0;
			if (i % 50 == 49) { // back to the plan, in one edit
				text = edit(resource, text, 0, text.length(), PLAN);
			}
			assertEquals(lines(exportedObjects(load(text))), lines(exportedObjects(resource)), "after edit " + i + ":\n" + text);
		}
		assertTrue(kept >= 30, "only " + kept + " edits kept the links");
	}

	private String edit(TransformResource resource, String text, int offset, int length, String replacement) {
		resource.updateKeepingLinks(offset, length, replacement);
		return text.substring(0, offset) + replacement + text.substring(offset + length);
	}

	private TransformResource load(String text) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		TransformResource resource = (TransformResource) resourceSet.createResource(URI.createURI("file:/plans/acme.transform"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		return resource;
	}

	private List<IEObjectDescription> exportedObjects(TransformResource resource) {
		List<IEObjectDescription> result = new ArrayList<>();
		descriptions.getResourceDescription(resource).getExportedObjects().forEach(result::add);
		return result;
	}

	private static Object name(List<IEObjectDescription> exported, String name) {
		return exported.stream().filter(d -> d.getName().toString().equals(name)).findFirst().orElseThrow().getName();
	}

	private static List<String> namesAndUris(List<IEObjectDescription> exported) {
		return exported.stream().map(object -> object.getEClass().getName() + " " + object.getName() + " " + object.getEObjectURI().fragment()).toList();
	}

	private static List<String> lines(List<IEObjectDescription> exported) {
		List<String> lines = new ArrayList<>();
		for (IEObjectDescription object : exported) {
			lines.add(object.getEClass().getName() + " " + object.getName() + " " + object.getEObjectURI().fragment() + " "
					+ object.getUserData(TransformResourceDescriptionStrategy.DIGEST) + " " + List.of(object.getUserDataKeys()));
		}
		return lines;
	}
}
