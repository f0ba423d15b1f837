package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ide.workspace.SharedNamesIndex;
import org.transform.dsl.ide.server.GivenResourceDescription;
import org.transform.dsl.workspace.NameOwners;

/**
 * The core's index answers every question exactly as Xtext's {@link ResourceDescriptionsData} answers it —
 * which descriptions, in which order, for each name — after any sequence of files added, replaced (with
 * the same names or others, names shared between files, names differing only in case) and removed, and
 * a copy is independent of the index it was copied from in both directions, as Xtext's copy is: the
 * builds copy the index before changing it, and a cancelled build must leave the old one as it was.
 * The files it tells export a name ({@link NameOwners}, read by the workspace-wide duplicate-name check)
 * are those whose objects Xtext's index finds for the name, in the same order.
 */
public class SharedNamesIndexTest {

	private static final String[] NAMES = { "Sales", "sales", "Growth", "Churn", "NPS", "Leads", "Retention", "Margin" };
	private static final int FILES = 5;

	@Test
	void answersAsXtextsIndexAfterRandomChangesAndCopies() {
		for (long seed = 1; seed <= 200; seed++) {
			Random random = new Random(seed);
			ResourceDescriptionsData xtext = new ResourceDescriptionsData(List.of());
			ResourceDescriptionsData core = SharedNamesIndex.of(new ResourceDescriptionsData(List.of()));
			List<ResourceDescriptionsData[]> copies = new ArrayList<>();
			List<String> steps = new ArrayList<>();
			for (int step = 0; step < 60; step++) {
				int action = random.nextInt(10);
				URI file = URI.createURI("file:///w/f" + random.nextInt(FILES) + ".transform");
				if (action < 2) {
					xtext.removeDescription(file);
					core.removeDescription(file);
					steps.add("remove " + file);
				} else if (action < 4 && xtext.getResourceDescription(file) != null) {
					// the same names, a new description (an edit that kept the names: typing in a title)
					IResourceDescription again = description(file, names(xtext.getResourceDescription(file)));
					xtext.addDescription(file, again);
					core.addDescription(file, again);
					steps.add("replace with the same names " + file);
				} else if (action < 8) {
					IResourceDescription description = description(file, randomNames(random));
					xtext.addDescription(file, description);
					core.addDescription(file, description);
					steps.add("add " + file + " " + names(description));
				} else if (action == 8) {
					copies.add(new ResourceDescriptionsData[] { xtext, core }); // the old state, to be compared later
					xtext = xtext.copy();
					core = core.copy();
					steps.add("copy");
				} else if (!copies.isEmpty()) {
					// a build was cancelled: go on from an earlier copy, which later changes must not have touched
					ResourceDescriptionsData[] old = copies.remove(random.nextInt(copies.size()));
					xtext = old[0];
					core = old[1];
					steps.add("back to an earlier copy");
				}
				assertSame(xtext, core, "seed " + seed + " after " + steps);
				for (ResourceDescriptionsData[] old : copies) {
					assertSame(old[0], old[1], "seed " + seed + ", an earlier copy, after " + steps);
				}
			}
		}
	}

	/** Everything a reader of the index can see: files in order, and for every name (in any case) what it finds, in order. */
	private static void assertSame(ResourceDescriptionsData expected, ResourceDescriptionsData actual, String context) {
		assertEquals(List.copyOf(expected.getAllURIs()), List.copyOf(actual.getAllURIs()), context);
		assertEquals(uris(expected.getAllResourceDescriptions()), uris(actual.getAllResourceDescriptions()), context);
		assertEquals(expected.isEmpty(), actual.isEmpty(), context);
		assertEquals(objects(expected.getExportedObjects()), objects(actual.getExportedObjects()), context);
		for (String name : NAMES) {
			for (boolean ignoreCase : new boolean[] { true, false }) {
				QualifiedName qualified = QualifiedName.create(name);
				assertEquals(objects(expected.getExportedObjects(EcorePackage.Literals.ECLASS, qualified, ignoreCase)),
						objects(actual.getExportedObjects(EcorePackage.Literals.ECLASS, qualified, ignoreCase)), context + ", name " + name);
			}
			assertEquals(filesFound(expected, QualifiedName.create(name)), List.copyOf(((NameOwners) actual).filesExporting(QualifiedName.create(name))),
					context + ", the files exporting " + name);
		}
	}

	/** The files whose objects Xtext's index finds for the name in any case, in the order found: what {@link NameOwners} must tell. */
	private static List<URI> filesFound(ResourceDescriptionsData index, QualifiedName name) {
		Map<IEObjectDescription, URI> fileOf = new IdentityHashMap<>();
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			description.getExportedObjects().forEach(o -> fileOf.put(o, description.getURI()));
		}
		Set<URI> files = new LinkedHashSet<>();
		index.getExportedObjects(EcorePackage.Literals.ECLASS, name, true).forEach(o -> files.add(fileOf.get(o)));
		return List.copyOf(files);
	}

	private static List<String> uris(Iterable<IResourceDescription> descriptions) {
		List<String> uris = new ArrayList<>();
		descriptions.forEach(d -> uris.add(d.getURI() + "#" + System.identityHashCode(d)));
		return uris;
	}

	/** Each object found, by identity: a reader must get the very description the index holds. */
	private static List<String> objects(Iterable<IEObjectDescription> found) {
		List<String> objects = new ArrayList<>();
		found.forEach(o -> objects.add(o.getName() + "@" + System.identityHashCode(o)));
		return objects;
	}

	private static List<String> randomNames(Random random) {
		List<String> names = new ArrayList<>();
		int count = random.nextInt(4);
		for (int i = 0; i < count; i++) {
			names.add(NAMES[random.nextInt(NAMES.length)]);
		}
		return names;
	}

	private static List<String> names(IResourceDescription description) {
		List<String> names = new ArrayList<>();
		description.getExportedObjects().forEach(o -> names.add(o.getName().toString()));
		return names;
	}

	private static IResourceDescription description(URI uri, List<String> names) {
		List<IEObjectDescription> exported = new ArrayList<>();
		for (String name : names) {
			exported.add(EObjectDescription.create(QualifiedName.create(name), EcoreFactory.eINSTANCE.createEClass()));
		}
		return GivenResourceDescription.exporting(uri, exported);
	}
}
