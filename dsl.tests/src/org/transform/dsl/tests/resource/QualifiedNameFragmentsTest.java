package org.transform.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.resource.QualifiedNameFragments;
import org.transform.dsl.resource.TransformResource;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A plan's elements are named in URIs by their qualified names, so that what keeps a URI — a Sirius representation
 * saved in an .aird file, the index, a proxy in another file — finds the same element after the file was reordered
 * or reformatted. Names that do not identify one element fall back to EMF's positional fragment, which resolves.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class QualifiedNameFragmentsTest {

	private static final String PLAN = """
			plan Acme "Shorter sales cycles"
			team Sales "Field sales"
			indicator SalesCycle { unit days better lower baseline 94 on 2026-01-31 }
			goal CloseFaster { owner Sales lower SalesCycle to 60 by 2027-06 }
			measurements SalesCycle { 2026-02-28: 92 }
			""";

	/** The same plan, its elements in another order and laid out otherwise. */
	private static final String REORDERED = """
			plan Acme "Shorter sales cycles"

			// goals first
			goal CloseFaster {
			    owner Sales
			    lower SalesCycle to 60 by 2027-06
			}
			measurements SalesCycle { 2026-02-28: 92 }
			indicator SalesCycle {
			    unit days better lower baseline 94 on 2026-01-31
			}
			team Sales "Field sales"
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IFragmentProvider fragments;

	@Test
	public void theLanguageNamesElementsByQualifiedName() {
		assertTrue(fragments instanceof QualifiedNameFragments, fragments.getClass().getName());
	}

	@Test
	public void anElementIsNamedByItsQualifiedNameAndWhatItContainsFromIt() throws IOException {
		TransformFile file = parse(PLAN, "plan.transform");
		Goal goal = (Goal) file.getElements().get(2);

		assertEquals("Acme.Sales", fragment(file.getElements().get(0)));
		assertEquals("Acme", fragment(file.getHeader()));
		assertEquals("Acme.CloseFaster", fragment(goal));
		assertEquals("Acme.CloseFaster/@moves.0", fragment(goal.getMoves().get(0)));
	}

	@Test
	public void aFragmentSavedBeforeTheFileWasReorderedFindsTheSameElementAfterwards() throws IOException {
		TransformFile before = parse(PLAN, "before.transform");
		Map<String, String> saved = Map.of( //
				fragment(before.getElements().get(0)), "Sales", //
				fragment(before.getElements().get(1)), "SalesCycle", //
				fragment(before.getElements().get(2)), "CloseFaster");

		TransformFile after = parse(REORDERED, "after.transform");
		for (Map.Entry<String, String> entry : saved.entrySet()) {
			EObject found = after.eResource().getEObject(entry.getKey());
			assertNotNull(found, entry.getKey());
			assertEquals(entry.getValue(), name(found), entry.getKey());
		}
		Goal goal = (Goal) after.getElements().get(0);
		assertSame(goal.getMoves().get(0), after.eResource().getEObject("Acme.CloseFaster/@moves.0"));
	}

	@Test
	public void aProxyInAnotherFileResolvesByNameAfterTheTargetFileWasReordered() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource plan = load(resourceSet, PLAN, "plan.transform");
		Goal goal = (Goal) ((TransformFile) plan.getContents().get(0)).getElements().get(2);
		URI team = EcoreUtil.getURI(goal.getOwner());
		assertEquals("Acme.Sales", team.fragment());

		Resource reordered = load(resourceSets.get(), REORDERED, "plan.transform");
		EObject resolved = reordered.getEObject(team.fragment());
		assertSame(((TransformFile) reordered.getContents().get(0)).getElements().get(3), resolved);
	}

	@Test
	public void elementsWithoutAUniqueNameKeepAPositionalFragmentThatResolves() throws IOException {
		TransformFile file = parse("""
				plan Acme
				team Sales
				team Sales "a duplicate, being typed"
				measurements SalesCycle { 2026-02-28: 92 }
				goal
				""", "plan.transform");
		Resource resource = file.eResource();
		for (EObject element : file.eContents()) {
			String fragment = fragment(element);
			if (element != file.getHeader()) {
				assertTrue(fragment.startsWith("/"), fragment);
			}
			assertSame(element, resource.getEObject(fragment), fragment);
		}
		assertSame(file, resource.getEObject(fragment(file)));
	}

	@Test
	public void aFragmentThatNamesNothingResolvesToNothing() throws IOException {
		Resource resource = parse(PLAN, "plan.transform").eResource();

		assertEquals(null, resource.getEObject("Acme.Nobody"));
		assertEquals(null, resource.getEObject("Acme.CloseFaster/@moves.7"));
	}

	@Test
	public void renamingAnElementRenamesItsFragment() throws IOException {
		TransformFile file = parse(PLAN, "plan.transform");
		Goal goal = (Goal) file.getElements().get(2);

		goal.setName("ShortenTheCycle");

		assertEquals("Acme.ShortenTheCycle", fragment(goal));
		assertSame(goal, file.eResource().getEObject("Acme.ShortenTheCycle"));
		assertEquals(null, file.eResource().getEObject("Acme.CloseFaster"));
	}

	private static String fragment(EObject object) {
		return object.eResource().getURIFragment(object);
	}

	private static String name(EObject object) {
		return (String) object.eGet(object.eClass().getEStructuralFeature("name"));
	}

	/**
	 * While an author types, each state of the file names its elements as a fresh load of its text does: also
	 * the element the edit re-parsed (a new object whose name the file's last state carried over), an element
	 * renamed (and named back), and elements whose names become shared or unique again.
	 */
	@Test
	public void afterEachKeystrokeElementsAreNamedAsInAFreshLoad() throws IOException {
		String text = """
				plan Acme "Shorter sales cycles"
				team Sales "Field sales"
				team Ops "Operations"
				indicator SalesCycle { unit days better lower baseline 94 on 2026-01-31 }
				goal CloseFaster { owner Sales lower SalesCycle to 60 by 2027-06 }
				measurements SalesCycle { 2026-02-28: 92 }
				""";
		TransformResource edited = (TransformResource) load(resourceSets.get(), text, "edited.transform");
		fragments(edited); // the names of the first state, to be carried over
		record Keystroke(String after, String typed, String deleted) {
		}
		List<Keystroke> keystrokes = List.of(new Keystroke("Field sale", "x", ""), new Keystroke("Field sale", "", "x"), // a title
				new Keystroke("team Op", "x", ""), new Keystroke("team Op", "", "x"), // a rename and back
				new Keystroke("team ", "Sale", "Op"), new Keystroke("team Sale", "x", ""), // a shared name, then a letter in the title
				new Keystroke("team ", "Op", "Sale"), new Keystroke("Operations", "!", ""), // unique again
				new Keystroke("better lowe", "", "r"), new Keystroke("better lowe", "r", ""), // an indicator's text
				new Keystroke("2026-02-28: 9", "1", "2"));
		int carried = 0;
		for (Keystroke keystroke : keystrokes) {
			int at = text.indexOf(keystroke.after()) + keystroke.after().length();
			Object namesBefore = edited.namesState();
			edited.updateKeepingLinks(at, keystroke.deleted().length(), keystroke.typed());
			text = text.substring(0, at) + keystroke.typed() + text.substring(at + keystroke.deleted().length());
			carried += edited.namesState() == namesBefore ? 1 : 0;
			Resource fresh = load(resourceSets.get(), text, "edited.transform");
			assertEquals(fragments(fresh), fragments(edited), text);
			List<EObject> parts = edited.getContents().get(0).eContents();
			for (String fragment : fragments(edited)) {
				EObject found = edited.getEObject(fragment);
				assertEquals(fresh.getEObject(fragment).eContainer().eContents().indexOf(fresh.getEObject(fragment)), parts.indexOf(found), fragment);
			}
		}
		assertTrue(carried >= 5, carried + " keystrokes kept the file's names"); // the titles and numbers
	}

	/** The fragments of the file's header, imports and elements, in order. */
	private List<String> fragments(Resource resource) {
		List<String> all = new ArrayList<>();
		for (EObject part : resource.getContents().get(0).eContents()) {
			all.add(resource.getURIFragment(part));
		}
		return all;
	}

	private TransformFile parse(String text, String name) throws IOException {
		return (TransformFile) load(resourceSets.get(), text, name).getContents().get(0);
	}

	private static Resource load(XtextResourceSet resourceSet, String text, String name) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}
}
