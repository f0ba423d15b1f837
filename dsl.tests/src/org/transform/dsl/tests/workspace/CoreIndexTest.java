package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.tests.examples.ExampleWorkspaces;

/**
 * While a plan is typed into the workspace core, its index entry — every exported name, in order, with
 * the element's URI, class and data (the digest that tells other files it changed) — is what a fresh
 * parse of the text gives, after every edit: names typed, renamed, removed, added, broken. The core
 * copies a file's names once per build instead of twice and keeps its name table when the names stay
 * the same; a stale copy or table would show here.
 */
public class CoreIndexTest {

	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
	private static final String PLAN = "sales-transformation.transform";
	private static final String[] FRAGMENTS = { "goal ", "indicator ", "practice ", "X", "x", "Sales", "1", "\"", " ", "\n", "{", "}",
			"change ", " owner ", " supports " };

	@TempDir
	Path folder;

	@Test
	void theIndexEntryOfAnEditedPlanIsAFreshParses() throws IOException {
		Path workspace = copyOf(ExampleWorkspaces.workspace("sales"), folder.resolve("sales"));
		Path plan = workspace.resolve(PLAN);
		URI uri = PlanCore.uri(plan);
		String text = Files.readString(plan, StandardCharsets.UTF_8);
		Random random = new Random(Long.getLong("transform.fuzz.seed", 20261206L));
		try (PlanCore core = PlanCore.start(List.of(workspace), new WorkspaceDay(DAY))) {
			int version = 1;
			core.open(uri, version, text);
			for (int edit = 0; edit < 80; edit++) {
				text = edited(text, random);
				core.change(uri, ++version, text);
				core.awaitIdle();
				IResourceDescription indexed = core.injector().getInstance(WorkspaceManager.class).getProjectManager(uri).getIndexState()
						.getResourceDescriptions().getResourceDescription(uri);
				assertEquals(exported(fresh(uri, text)), exported(indexed), "after edit " + edit + " the plan reads:\n" + text);
			}
		}
	}

	/** A fresh parse's description of the text, as the index would compute it. */
	private static IResourceDescription fresh(URI uri, String text) throws IOException {
		XtextResourceSet resourceSet = PlanCore.language().getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		return PlanCore.language().getInstance(IResourceServiceProvider.class).getResourceDescriptionManager().getResourceDescription(resource);
	}

	private static List<String> exported(IResourceDescription description) {
		List<String> exported = new ArrayList<>();
		for (IEObjectDescription object : description.getExportedObjects()) {
			TreeMap<String, String> data = new TreeMap<>();
			for (String key : object.getUserDataKeys()) {
				data.put(key, object.getUserData(key));
			}
			exported.add(object.getName() + " " + object.getEClass().getName() + " " + object.getEObjectURI() + " " + data);
		}
		return exported;
	}

	private static String edited(String text, Random random) {
		int at = random.nextInt(text.length() + 1);
		if (random.nextInt(3) == 0 && at < text.length()) {
			return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
		}
		return text.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + text.substring(at);
	}

	private static Path copyOf(Path from, Path to) {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return to;
	}
}
