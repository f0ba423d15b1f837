package org.transform.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

/**
 * The URI of an element (in findings, the index, references from other files) is EMF's positional
 * fragment, found from remembered positions rather than by searching the file's list of elements.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class UriFragmentsTest {

	@Inject
	private ParseHelper<TransformFile> parser;

	@Test
	public void everyObjectOfALargeFileHasEmfsFragmentAndIsFoundByIt() throws Exception {
		StringBuilder text = new StringBuilder("plan Fragments\nimport Acme.*\nteam Sales\n");
		text.append("indicator Cycle { better lower }\n");
		for (int i = 0; i < 40; i++) {
			text.append("goal G").append(i).append(" { owner Sales  lower Cycle  raise Cycle }\n");
		}
		TransformFile file = parser.parse(text);
		Resource resource = file.eResource();
		Goal goal = file.getElements().stream().filter(Goal.class::isInstance).map(Goal.class::cast).filter(g -> g.getName().equals("G20"))
				.findFirst().orElseThrow();
		assertEquals("//@elements.22/@moves.1", resource.getURIFragment(goal.getMoves().get(1)));
		assertEquals("//@elements.22", resource.getURIFragment(goal));
		assertEquals("//@imports.0", resource.getURIFragment(file.getImports().get(0)));
		assertEquals("/", resource.getURIFragment(file));
		List<EObject> all = new ArrayList<>();
		resource.getAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			assertSame(object, resource.getEObject(resource.getURIFragment(object)), () -> resource.getURIFragment(object));
		}
		// a goal moved to the front: its old position is checked, not believed
		file.getElements().move(0, goal);
		assertEquals("//@elements.0", resource.getURIFragment(goal));
		assertEquals("//@elements.1", resource.getURIFragment(file.getElements().get(1)));
	}
}
