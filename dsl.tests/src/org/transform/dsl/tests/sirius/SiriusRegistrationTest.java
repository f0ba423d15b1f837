package org.transform.dsl.tests.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.sirius.TransformResourceFactory;
import org.transform.dsl.sirius.TransformViewpoints;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How Sirius finds the Transform viewpoint and loads plans: dsl.sirius's plugin.xml names the classes that do it,
 * and EMF loads .transform files through the language, references into other files of the session included.
 */
public class SiriusRegistrationTest {

	@Test
	public void pluginXmlRegistersTheViewpointThroughTheBundlesActivator() throws Exception {
		Element component = extensionElement("org.eclipse.sirius.componentization", "component");
		assertEquals(TransformViewpoints.class.getName(), component.getAttribute("class"));
		// Sirius instantiates the class as an org.eclipse.core.runtime.Plugin (ISiriusComponent.CLASS_TO_EXTEND)
		assertEquals("org.eclipse.core.runtime.Plugin", TransformViewpoints.class.getSuperclass().getName());
	}

	@Test
	public void pluginXmlLetsEmfLoadTransformFilesThroughTheLanguage() throws Exception {
		Element parser = extensionElement("org.eclipse.emf.ecore.extension_parser", "parser");
		assertEquals("transform", parser.getAttribute("type"));
		assertEquals(TransformResourceFactory.class.getName(), parser.getAttribute("class"));
	}

	@Test
	public void aSessionLoadsPlansWhoseReferencesLeadIntoTheOrganizationFile(@TempDir Path folder) throws IOException {
		Path organizationFile = Files.writeString(folder.resolve("acme.transform"), """
				organization Acme "Acme Corp"
				team Commercial "Commercial"
				team Sales "Field sales" { part-of Commercial }
				""");
		Path planFile = Files.writeString(folder.resolve("sales.transform"), """
				plan SalesTransformation "Shorter sales cycles"
				import Acme.*
				indicator SalesCycle "Sales cycle length" { unit days  better lower }
				goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
				""");
		ResourceSet session = new ResourceSetImpl();
		session.getResourceFactoryRegistry().getExtensionToFactoryMap().put("transform", new TransformResourceFactory());

		Resource organization = session.getResource(URI.createFileURI(organizationFile.toString()), true);
		Resource plan = session.getResource(URI.createFileURI(planFile.toString()), true);

		assertEquals(List.of(), plan.getErrors());
		Goal goal = (Goal) ((TransformFile) plan.getContents().get(0)).getElements().get(1);
		Team owner = goal.getOwner();
		assertFalse(owner.eIsProxy(), "the goal's owner should resolve to the team in acme.transform");
		assertEquals("Sales", owner.getName());
		assertSame(organization, owner.eResource());
		assertEquals("SalesCycle", goal.getMoves().get(0).getIndicator().getName());
	}

	private static Element extensionElement(String point, String element) throws Exception {
		try (InputStream stream = TransformViewpoints.class.getResourceAsStream("/plugin.xml")) {
			assertNotNull(stream, "the org.transform.dsl.sirius bundle should contain plugin.xml");
			Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(stream);
			NodeList extensions = plugin.getElementsByTagName("extension");
			for (int i = 0; i < extensions.getLength(); i++) {
				Element extension = (Element) extensions.item(i);
				NodeList elements = extension.getElementsByTagName(element);
				if (extension.getAttribute("point").equals(point) && elements.getLength() == 1) {
					return (Element) elements.item(0);
				}
			}
			throw new AssertionError("plugin.xml has no " + point + " extension with one <" + element + ">");
		}
	}
}
