import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the built update site (run by releng/site's pom in the verify phase, as a single-file Java program):
 * <ol>
 * <li>the category "Transform" offers the feature org.transform.feature;</li>
 * <li>the feature and the four Transform bundles are in the repository;</li>
 * <li>the site is self-contained: every non-optional bundle or package requirement of its installable units is met
 * by a unit of the site, or names a bundle or package of the Eclipse Platform (the prefixes below), which the
 * Eclipse the site is installed into provides.</li>
 * </ol>
 * Usage: {@code java CheckUpdateSite.java <site zip>}. Prints the units and exits with 1 on any problem.
 */
public class CheckUpdateSite {

	static final List<String> BUNDLES = List.of("org.transform.dsl", "org.transform.dsl.ide", "org.transform.dsl.ui",
			"org.transform.dsl.sirius");

	/** Bundles and packages every Eclipse IDE has: the runtime, the workbench, text editors, EMF, the JDK. */
	static final List<String> PLATFORM = List.of("org.eclipse.core.", "org.eclipse.ui", "org.eclipse.jface",
			"org.eclipse.swt", "org.eclipse.text", "org.eclipse.equinox.", "org.eclipse.osgi", "org.eclipse.emf.ecore",
			"org.eclipse.emf.common", "org.osgi.", "javax.", "org.w3c.", "org.xml.", "sun.", "com.sun.", "jdk.");

	public static void main(String[] args) throws Exception {
		Document content = content(Path.of(args[0]));
		List<String> problems = new ArrayList<>();
		Set<String> units = new TreeSet<>();
		Set<String> provided = new HashSet<>();
		NodeList unitElements = content.getElementsByTagName("unit");
		for (int i = 0; i < unitElements.getLength(); i++) {
			Element unit = (Element) unitElements.item(i);
			units.add(unit.getAttribute("id") + " " + unit.getAttribute("version"));
			NodeList provides = unit.getElementsByTagName("provided");
			for (int j = 0; j < provides.getLength(); j++) {
				Element capability = (Element) provides.item(j);
				provided.add(capability.getAttribute("namespace") + "/" + capability.getAttribute("name"));
			}
		}
		units.forEach(unit -> System.out.println("  " + unit));

		Element category = unit(content, "Transform", "org.eclipse.equinox.p2.type.category", "label");
		if (category == null) {
			problems.add("no category labelled Transform");
		} else if (!requires(category, "org.transform.feature.feature.group")) {
			problems.add("the category Transform does not offer org.transform.feature");
		}
		for (String id : concat("org.transform.feature.feature.group", BUNDLES)) {
			if (units.stream().noneMatch(unit -> unit.startsWith(id + " "))) {
				problems.add("missing " + id);
			}
		}
		NodeList required = content.getElementsByTagName("required");
		for (int i = 0; i < required.getLength(); i++) {
			Element requirement = (Element) required.item(i);
			String namespace = requirement.getAttribute("namespace");
			String name = requirement.getAttribute("name");
			if (!(namespace.equals("osgi.bundle") || namespace.equals("java.package"))
					|| Boolean.parseBoolean(requirement.getAttribute("optional"))
					|| provided.contains(namespace + "/" + name) || PLATFORM.stream().anyMatch(name::startsWith)) {
				continue;
			}
			Element owner = (Element) requirement.getParentNode().getParentNode();
			problems.add(owner.getAttribute("id") + " requires " + namespace + " " + name + " "
					+ requirement.getAttribute("range") + ", which neither the site nor the Eclipse Platform provides");
		}
		if (!problems.isEmpty()) {
			problems.forEach(problem -> System.err.println("update site: " + problem));
			System.exit(1);
		}
		System.out.println("update site: " + units.size() + " units, the Transform category offers the feature,"
				+ " every requirement is met by the site or the Eclipse Platform");
	}

	static Document content(Path zip) throws Exception {
		try (ZipFile site = new ZipFile(zip.toFile())) {
			ZipEntry jar = site.getEntry("content.jar");
			Path extracted = Files.createTempFile("content", ".jar");
			try (InputStream in = site.getInputStream(jar)) {
				Files.copy(in, extracted, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			try (ZipFile contentJar = new ZipFile(extracted.toFile());
					InputStream xml = contentJar.getInputStream(contentJar.getEntry("content.xml"))) {
				return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
			} finally {
				Files.delete(extracted);
			}
		}
	}

	static Element unit(Document content, String value, String type, String property) {
		NodeList units = content.getElementsByTagName("unit");
		for (int i = 0; i < units.getLength(); i++) {
			Element unit = (Element) units.item(i);
			if (property(unit, type) != null && value.equals(property(unit, "org.eclipse.equinox.p2.name"))) {
				return unit;
			}
		}
		return null;
	}

	static String property(Element unit, String name) {
		NodeList properties = unit.getElementsByTagName("property");
		for (int i = 0; i < properties.getLength(); i++) {
			Element property = (Element) properties.item(i);
			if (property.getAttribute("name").equals(name)) {
				return property.getAttribute("value");
			}
		}
		return null;
	}

	static boolean requires(Element unit, String id) {
		NodeList required = unit.getElementsByTagName("required");
		for (int i = 0; i < required.getLength(); i++) {
			if (((Element) required.item(i)).getAttribute("name").equals(id)) {
				return true;
			}
		}
		return false;
	}

	static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(rest);
		return all;
	}
}
