package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.server.PostponedValidation;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;

/**
 * A name typed in one plan changes what it exports, and the workspace-wide rules (here: tools of one
 * category in several files) may change every other plan's findings. The keystroke's build builds the
 * edited plan and the files that link to what changed; the other plans are validated after it, one by
 * one, and that pass gives way to any request that waits. Once the core is idle, its findings are those
 * of a fresh check of the same texts.
 */
public class PostponedValidationTest {

	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	private static final String SALES = """
			plan Sales "Sales" { period 2026-01 to 2027-12 }
			tool Crm "Salesforce" { category crm }
			""";

	private static final String RENAMED = SALES.replace("Crm", "Crms");

	@TempDir
	Path dir;

	@Test
	public void aPlanThatReferencesNothingInTheEditedOneIsNotBuiltAgainButValidatedAfterTheBuild() {
		write("transform.workspace", "");
		write("sales.transform", SALES);
		write("service.transform", """
				plan Service "Service" { period 2026-01 to 2027-12 }
				tool Desk "Zendesk" { category crm }
				""");
		URI sales = PlanCore.uri(dir.resolve("sales.transform"));
		URI service = PlanCore.uri(dir.resolve("service.transform"));
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			assertTrue(messages(core, service).stream().anyMatch(m -> m.contains("'Sales.Crm' (sales.transform)")), "" + messages(core, service));
			core.open(sales, 1, SALES);
			core.awaitIdle();
			IResourceDescription serviceEntry = indexEntry(core, service);
			List<URI> published = new ArrayList<>();
			core.addListener((uri, version, findings) -> published.add(uri));

			core.change(sales, 2, RENAMED);
			core.awaitIdle();

			assertSame(serviceEntry, indexEntry(core, service), "the other plan was not built again: its index entry is the one it had");
			assertEquals(List.of(sales, service), published, "the edited plan's findings first, then the other plan's, validated after the build");
			assertTrue(messages(core, service).stream().anyMatch(m -> m.contains("'Sales.Crms' (sales.transform)")),
					"the other plan's finding names the renamed tool: " + messages(core, service));
			assertEquals(List.of(), postponed(core).files(), "nothing is left to validate once the core is idle");
			assertEquals(fresh(RENAMED), core.allFindings(), "the findings of a fresh check of the same texts");
		}
	}

	@Test
	public void aReadWaitingWhileOtherPlansAreValidatedIsAnsweredBeforeThePassEndsAndThePassGoesOnAfterIt() throws InterruptedException {
		int others = 20;
		write("transform.workspace", "");
		write("sales.transform", SALES);
		for (int i = 0; i < others; i++) {
			write("plan" + i + ".transform", "plan Plan" + i + " \"Plan " + i + "\" { period 2026-01 to 2027-12 }\ntool Desk" + i + " \"Desk\" { category crm }\n");
		}
		URI sales = PlanCore.uri(dir.resolve("sales.transform"));
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			core.open(sales, 1, SALES);
			core.awaitIdle();
			Set<URI> validatedAfterTheBuild = ConcurrentHashMap.newKeySet();
			CountDownLatch allValidated = new CountDownLatch(others);
			AtomicReference<CompletableFuture<Integer>> read = new AtomicReference<>();
			core.addListener((uri, version, findings) -> {
				if (uri.equals(sales)) {
					return;
				}
				validatedAfterTheBuild.add(uri);
				allValidated.countDown();
				if (read.get() == null) { // a read, sent while the first of the other plans is published
					read.set(core.read(sales, context -> validatedAfterTheBuild.size()));
				}
			});

			core.change(sales, 2, RENAMED);

			assertTrue(allValidated.await(60, TimeUnit.SECONDS), "the pass went on after the read, without being asked: " + validatedAfterTheBuild.size());
			assertEquals(1, read.get().join(), "the read ran as soon as the plan being validated was done, not after the others");
			core.awaitIdle();
			assertEquals(fresh(RENAMED), core.allFindings(), "the findings of a fresh check of the same texts");
		}
	}

	@Test
	public void anEditOrADeletionWhileOtherPlansWaitLosesNoneOfThem() throws IOException {
		int others = 10;
		write("transform.workspace", "");
		write("sales.transform", SALES);
		for (int i = 0; i < others; i++) {
			write("plan" + i + ".transform", "plan Plan" + i + " \"Plan " + i + "\" { period 2026-01 to 2027-12 }\ntool Desk" + i + " \"Desk\" { category crm }\n");
		}
		URI sales = PlanCore.uri(dir.resolve("sales.transform"));
		Path deleted = dir.resolve("plan" + (others - 1) + ".transform");
		String renamedAgain = SALES.replace("Crm", "Crmx");
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			core.open(sales, 1, SALES);
			core.awaitIdle();
			AtomicReference<URI> interrupted = new AtomicReference<>();
			core.addListener((uri, version, findings) -> {
				if (!uri.equals(sales) && interrupted.compareAndSet(null, uri)) {
					// while the first of the other plans is published: a plan is deleted, and the edited plan changes again
					try {
						Files.delete(deleted);
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
					core.filesChanged(List.of(), List.of(PlanCore.uri(deleted)));
					core.change(sales, 3, renamedAgain);
				}
			});

			core.change(sales, 2, RENAMED);
			core.awaitIdle();

			assertNotNull(interrupted.get(), "the pass was interrupted");
			assertEquals(List.of(), core.findings(PlanCore.uri(deleted)), "the deleted plan has no findings");
			assertEquals(List.of(), postponed(core).files(), "nothing is left to validate once the core is idle");
			assertEquals(fresh(renamedAgain), core.allFindings(), "the findings of a fresh check of the same texts: one tool fewer in every message");
		}
	}

	@Test
	public void aBrokenReferenceInAnotherPlanSuggestsTheNameJustTyped() {
		write("transform.workspace", "");
		write("sales.transform", SALES);
		write("service.transform", """
				plan Service "Service" { period 2026-01 to 2027-12 }
				change Rollout "Roll the CRM out" { lever technology  deploys Crmz }
				""");
		URI sales = PlanCore.uri(dir.resolve("sales.transform"));
		URI service = PlanCore.uri(dir.resolve("service.transform"));
		String retyped = SALES.replace("Crm", "Crmy");
		try (PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY))) {
			core.open(sales, 1, SALES);
			core.change(sales, 2, retyped);
			core.awaitIdle();

			assertTrue(core.findings(service).stream().anyMatch(f -> f.code().equals(IssueCodes.BROKEN_REFERENCE) && f.message().contains("Crmy")),
					"the broken reference suggests the tool's new name: " + core.findings(service));
			assertEquals(fresh(retyped), core.allFindings(), "the findings of a fresh check of the same texts");
		}
	}

	/** The findings of a core started on the workspace with this text of the sales plan on disk. */
	private List<Finding> fresh(String salesText) {
		return WorkspaceFiles.freshFindings(dir, DAY, "sales.transform", salesText, SALES);
	}

	private static IResourceDescription indexEntry(PlanCore core, URI uri) {
		WorkspaceManager workspace = core.injector().getInstance(WorkspaceManager.class);
		return core.read(uri, context -> workspace.getIndex().getResourceDescription(uri)).join();
	}

	private static PostponedValidation postponed(PlanCore core) {
		return core.injector().getInstance(PostponedValidation.class);
	}

	private static List<String> messages(PlanCore core, URI uri) {
		return core.findings(uri).stream().filter(f -> f.code().equals(IssueCodes.REDUNDANT_TOOLS)).map(Finding::message).toList();
	}

	private void write(String relative, String text) {
		WorkspaceFiles.write(dir, relative, text);
	}
}
