package org.transform.dsl.tests.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The example workspaces under {@code examples/}, found through the system property
 * {@value #PROPERTY} (set by the test bundle's pom). Each sub-folder is one workspace; all its
 * {@code .transform} files are loaded into one resource set with {@code file:} URIs, as the
 * command line and the language server do, so that CSV paths resolve and checks that span files
 * see every file.
 */
public final class ExampleWorkspaces {

	public static final String PROPERTY = "transform.examples";

	private ExampleWorkspaces() {
	}

	/** The examples folder; fails the test if it is not configured, missing or empty. */
	public static Path folder() {
		String location = System.getProperty(PROPERTY);
		assertNotNull(location, "System property '" + PROPERTY + "' is not set: it must name the examples folder");
		Path folder = Path.of(location).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(folder), "The examples folder " + folder + " does not exist");
		assertFalse(transformFiles(folder).isEmpty(), "The examples folder " + folder + " holds no .transform file");
		return folder;
	}

	/** The workspace folders: the sub-folders of the examples folder, by name. */
	public static List<Path> workspaces() {
		try (Stream<Path> children = Files.list(folder())) {
			return children.filter(Files::isDirectory).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Path workspace(String name) {
		Path workspace = folder().resolve(name);
		assertTrue(Files.isDirectory(workspace), "No example workspace " + workspace);
		return workspace;
	}

	/** Every {@code .transform} file under the folder, in a stable order. */
	public static List<Path> transformFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".transform")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The workspace folder a file of the examples belongs to. */
	public static Path workspaceOf(Path file) {
		Path relative = folder().relativize(file.toAbsolutePath().normalize());
		return folder().resolve(relative.getName(0));
	}

	public static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/** Loads every file of the workspace from disk into the resource set and resolves all references. */
	public static void load(XtextResourceSet resourceSet, Path workspace) {
		load(resourceSet, workspace, Map.of());
	}

	/**
	 * Loads every file of the workspace into the resource set, taking the text of the files in
	 * {@code replaced} from that map instead of the disk, and resolves all references.
	 */
	public static void load(XtextResourceSet resourceSet, Path workspace, Map<Path, String> replaced) {
		for (Path file : transformFiles(workspace)) {
			Path key = file.toAbsolutePath().normalize();
			if (replaced.containsKey(key)) {
				Resource resource = resourceSet.createResource(uriOf(file));
				try {
					resource.load(new ByteArrayInputStream(replaced.get(key).getBytes(StandardCharsets.UTF_8)), null);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			} else {
				resourceSet.getResource(uriOf(file), true);
			}
		}
		EcoreUtil.resolveAll(resourceSet);
	}

	public static XtextResource resource(XtextResourceSet resourceSet, Path file) {
		return (XtextResource) resourceSet.getResource(uriOf(file), false);
	}
}
