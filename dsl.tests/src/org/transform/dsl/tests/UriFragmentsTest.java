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
import org.transform.dsl.model.Measurements;
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
	public void everyUnnamedElementOfALargeFileHasEmfsPositionalFragmentAndIsFoundByIt() throws Exception {
		StringBuilder text = new StringBuilder("plan Fragments\nimport Acme.*\nindicator Cycle { better lower }\n");
		for (int i = 0; i < 40; i++) {
			text.append("measurements Cycle { 2026-01-").append(String.format("%02d", 1 + i % 28)).append(": ").append(i)
					.append("  2026-02-01: 1 }\n");
		}
		TransformFile file = parser.parse(text);
		Resource resource = file.eResource();
		Measurements block = (Measurements) file.getElements().get(21);
		// measurements have no name: Xtext's fragment provider falls back to the position
		assertEquals("//@elements.21/@values.1", resource.getURIFragment(block.getValues().get(1)));
		assertEquals("//@elements.21", resource.getURIFragment(block));
		assertEquals("/", resource.getURIFragment(file));
		List<EObject> all = new ArrayList<>();
		resource.getAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			assertSame(object, resource.getEObject(resource.getURIFragment(object)), () -> resource.getURIFragment(object));
		}
		// a block moved to the front: its old position is checked, not believed
		file.getElements().move(0, block);
		assertEquals("//@elements.0", resource.getURIFragment(block));
		assertEquals("//@elements.22", resource.getURIFragment(file.getElements().get(22)));
	}
}
