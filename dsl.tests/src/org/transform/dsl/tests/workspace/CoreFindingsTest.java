package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ide.workspace.CoreFindings;

/**
 * The hover finds the findings of the core that holds the hovered file through the file's resource set: the
 * set points to the core that published last, and to that one only.
 */
public class CoreFindingsTest {

	@Test
	void aResourceSetPointsToTheCoreThatPublishedItsFilesLast() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		Resource resource = resourceSet.createResource(URI.createURI("file:/plans/a.transform"));
		CoreFindings first = new CoreFindings();
		CoreFindings second = new CoreFindings();
		first.accept(resource.getURI(), 1, List.of(), resource);
		assertSame(first, CoreFindings.of(resourceSet));
		second.accept(resource.getURI(), 2, List.of(), resource);
		second.accept(resource.getURI(), 3, List.of(), resource);
		assertSame(second, CoreFindings.of(resourceSet));
		assertEquals(1, resourceSet.eAdapters().size(), "one pointer, however often the files were published");
	}
}
