package org.transform.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.resource.TransformResourceDescriptionManager;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Which other files a change of one plan affects (the builder links and validates them again with the changed
 * plan): those that link to an element whose description changed, or looked up a name the change adds or
 * removes — not every file that links to the plan, nor every file whose names the plan exports. Xtext's own
 * manager answers "all three" to most of these.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class AffectedByChangeTest {

	private static final String ACME = """
			plan Acme "Shorter sales cycles" { period 2026-01 to 2027-12 }
			team Sales "Field sales"
			indicator SalesCycle "Sales cycle" { unit days better lower baseline 94 on 2026-01-31 }
			indicator Conversion "Offer conversion" { unit "%" better higher baseline 21 on 2026-01-31 }
			""";

	/** Links to the sales cycle. */
	private static final String CYCLE = """
			plan Cycle "Cycle" { period 2026-01 to 2027-12 }
			goal Faster "Faster" { owner Acme.Sales lower Acme.SalesCycle to 60 by 2027-06 }
			""";

	/** Links to the conversion. */
	private static final String CONVERSION = """
			plan Conv "Conversion" { period 2026-01 to 2027-12 }
			goal More "More" { owner Acme.Sales raise Acme.Conversion to 30 by 2027-06 }
			""";

	/** Looks up a name Acme does not export (a broken link). */
	private static final String MISSING = """
			plan Missing "Missing" { period 2026-01 to 2027-12 }
			goal Lead "Lead" { owner Acme.Sales raise Acme.LeadTime to 30 by 2027-06 }
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager manager;

	@Test
	void theLanguageUsesThisManager() {
		assertEquals(TransformResourceDescriptionManager.class, manager.getClass());
	}

	@Test
	void aNumberChangedInAnElementAffectsTheFilesLinkingToIt() throws IOException {
		assertEquals(List.of("cycle"), affected(ACME.replace("baseline 94", "baseline 95")));
	}

	@Test
	void aTitleTypedAffectsNoFile() throws IOException {
		assertEquals(List.of(), affected(ACME.replace("Offer conversion", "Offer conversions")));
	}

	@Test
	void aRenameAffectsTheFilesThatLinkedToTheOldName() throws IOException {
		assertEquals(List.of("conversion"), affected(ACME.replace("Conversion \"", "Conversions \"")));
	}

	@Test
	void aNameAddedAffectsTheFilesThatLookedItUp() throws IOException {
		assertEquals(List.of("missing"), affected(ACME + "indicator LeadTime \"Lead time\" { unit days better lower }\n"));
	}

	@Test
	void aNameGivenToTwoElementsAffectsTheFilesLinkingToEither() throws IOException {
		// both indicators are then named by their position, and the name resolves to neither
		assertEquals(List.of("cycle", "conversion"), affected(ACME.replace("Conversion \"", "SalesCycle \"")));
	}

	@Test
	void theTeamRenamedAffectsEveryFileLinkingToIt() throws IOException {
		assertEquals(List.of("cycle", "conversion", "missing"), affected(ACME.replace("Sales \"", "Field \"")));
	}

	@Test
	void anElementMovedInItsFileAffectsNoFile() throws IOException {
		String moved = ACME.replace("team Sales \"Field sales\"\n", "") + "team Sales \"Field sales\"\n";
		assertEquals(List.of(), affected(moved));
	}

	@Test
	void theFileDeletedAffectsEveryFileLinkingToIt() throws IOException {
		assertEquals(List.of("cycle", "conversion", "missing"), affected(null));
	}

	/** The other files the change of acme.transform to that text (none: deleted) affects. */
	private List<String> affected(String changed) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("acme", ACME);
		files.put("cycle", CYCLE);
		files.put("conversion", CONVERSION);
		files.put("missing", MISSING);
		Map<String, IResourceDescription> before = describe(files);
		IResourceDescription after = null;
		if (changed != null) {
			files.put("acme", changed);
			after = describe(files).get("acme");
		}
		IResourceDescription.Delta delta = manager.createDelta(before.get("acme"), after);
		ResourceDescriptionsData index = new ResourceDescriptionsData(new ArrayList<>(before.values()));
		List<String> affected = new ArrayList<>();
		for (String name : List.of("cycle", "conversion", "missing")) {
			if (manager.isAffected(List.of(delta), before.get(name), index)) {
				affected.add(name);
			}
		}
		return affected;
	}

	/** The files' index entries, as the builder keeps them (copies, with their links resolved). */
	private Map<String, IResourceDescription> describe(Map<String, String> files) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Map<String, Resource> resources = new LinkedHashMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Resource resource = resourceSet.createResource(URI.createURI("file:/plans/" + file.getKey() + ".transform"));
			resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
			resources.put(file.getKey(), resource);
		}
		Map<String, IResourceDescription> descriptions = new LinkedHashMap<>();
		for (Map.Entry<String, Resource> resource : resources.entrySet()) {
			EcoreUtil2.resolveLazyCrossReferences(resource.getValue(), () -> false);
			descriptions.put(resource.getKey(), SerializableResourceDescription.createCopy(manager.getResourceDescription(resource.getValue())));
		}
		return descriptions;
	}
}
