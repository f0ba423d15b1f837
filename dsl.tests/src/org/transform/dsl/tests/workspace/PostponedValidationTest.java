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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.dsl.ide.server.PostponedValidation;
import org.transform.dsl.ide.server.TransformRequestManager;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;

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

	private static final String SERVICE = """
			plan Service "Service" { period 2026-01 to 2027-12 }
			tool Desk "Zendesk" { category crm }
			""";

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

	@Test
	public void aBurstOfEditsHasTheOtherPlansValidatedOnceAfterTheBurstNotAfterEachEdit() {
		ManualTimer timer = new ManualTimer();
		try (PlanCore core = twoPlans(timer)) {
			Published published = new Published(core);

			// five keystrokes, one every 100 ms: each renames the tool, each build postpones the other plan
			String typed = SALES;
			for (int i = 1; i <= 5; i++) {
				typed = SALES.replace("Crm", "Crm" + "s".repeat(i));
				core.change(sales(), 1 + i, typed);
				published.await(sales(), 1 + i);
				timer.advance(100);
			}
			written(core);
			assertEquals(List.of(service()), postponed(core).files(), "the other plan waits");
			timer.advance(PostponedValidation.QUIET_MILLIS - 100 - 1); // just short of the pause after the last keystroke
			assertEquals(List.of(sales(), sales(), sales(), sales(), sales()), published.files(),
					"each keystroke's build published the edited plan, and nothing else");

			timer.advance(1);
			published.await(service(), null);
			core.awaitIdle();
			assertEquals(1, published.files().stream().filter(service()::equals).count(), "the other plan was validated once, after the burst");
			assertTrue(messages(core, service()).stream().anyMatch(m -> m.contains("'Sales.Crmsssss' (sales.transform)")), "" + messages(core, service()));
			assertEquals(fresh(typed), core.allFindings(), "the findings of a fresh check of the same texts");
		}
	}

	@Test
	public void aReadInThePauseStartsThePauseAgain() {
		ManualTimer timer = new ManualTimer();
		try (PlanCore core = twoPlans(timer)) {
			Published published = new Published(core);
			renameTheTool(core, published);

			timer.advance(200);
			core.read(sales(), context -> context.getDocument().getContents().length()).join(); // a completion, 200 ms after the keystroke
			timer.advance(PostponedValidation.QUIET_MILLIS - 1);
			assertEquals(List.of(sales()), published.files(), "not validated while the author works");
			assertEquals(List.of(service()), postponed(core).files());

			timer.advance(1);
			theOtherPlanFollows(core, published);
		}
	}

	@Test
	public void readsAloneHoldThePassOffForAWhileNotForever() {
		ManualTimer timer = new ManualTimer();
		try (PlanCore core = twoPlans(timer)) {
			Published published = new Published(core);
			renameTheTool(core, published);

			// a read every 200 ms, on and on, after the keystroke
			for (long t = 200; t < PostponedValidation.READS_HOLD_MILLIS; t += 200) {
				timer.advance(200);
				core.read(sales(), context -> null).join();
			}
			assertEquals(List.of(sales()), published.files(), "held off while the reads come, up to the limit");
			timer.advance(PostponedValidation.READS_HOLD_MILLIS - (PostponedValidation.READS_HOLD_MILLIS - 1) / 200 * 200);
			theOtherPlanFollows(core, published);
		}
	}

	@Test
	public void thePauseSubmitsNoBuildWhileAnEditIsOnItsWayItsBuildGoesOnWithTheOtherPlans() {
		ManualTimer timer = new ManualTimer();
		try (PlanCore core = twoPlans(timer)) {
			Published published = new Published(core);
			renameTheTool(core, published);

			// the core is busy with a write, and an edit waits behind it, when the pause after the keystroke ends
			CountDownLatch busy = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			core.server().getRequestManager().runWrite(() -> {
				busy.countDown();
				await(release);
				return null;
			}, (cancel, nothing) -> null);
			await(busy);
			String renamedAgain = SALES.replace("Crm", "Crmx");
			core.change(sales(), 3, renamedAgain);
			int writes = timer.writesSubmitted(core);
			timer.advance(PostponedValidation.QUIET_MILLIS);
			assertEquals(writes, timer.writesSubmitted(core), "no build submitted while a write runs and an edit waits");

			release.countDown();
			published.await(sales(), 3);
			written(core);
			assertEquals(List.of(service()), postponed(core).files(), "the other plan still waits: the edit came just now");
			timer.advance(PostponedValidation.QUIET_MILLIS);
			assertEquals(writes + 1, timer.writesSubmitted(core), "one build, once the author paused after the edit");
			published.await(service(), null);
			core.awaitIdle();
			assertEquals(List.of(sales(), sales(), service()), published.files(), "the other plan validated once");
			assertEquals(fresh(renamedAgain), core.allFindings(), "the findings of a fresh check of the same texts");
		}
	}

	/** The tool of the sales plan renamed in one keystroke, its build over and the edited plan's findings published. */
	private void renameTheTool(PlanCore core, Published published) {
		core.change(sales(), 2, RENAMED);
		published.await(sales(), 2);
		written(core);
	}

	/** The other plan's findings published after the rename, and then every plan's those of a fresh check. */
	private void theOtherPlanFollows(PlanCore core, Published published) {
		published.await(service(), null);
		core.awaitIdle();
		assertEquals(fresh(RENAMED), core.allFindings(), "the findings of a fresh check of the same texts");
	}

	/** The sales plan open, and a service plan with a tool of the same category, in a core on that timer. */
	private PlanCore twoPlans(ManualTimer timer) {
		write("transform.workspace", "");
		write("sales.transform", SALES);
		write("service.transform", SERVICE);
		PlanCore core = PlanCore.start(List.of(dir), new WorkspaceDay(DAY), timer.module());
		core.open(sales(), 1, SALES);
		core.awaitIdle();
		return core;
	}

	private URI sales() {
		return PlanCore.uri(dir.resolve("sales.transform"));
	}

	private URI service() {
		return PlanCore.uri(dir.resolve("service.transform"));
	}

	/** The files whose findings the core published from now on, in order, with their versions. */
	private static final class Published {
		private final BlockingQueue<Object[]> arrived = new LinkedBlockingQueue<>();
		private final List<URI> files = new CopyOnWriteArrayList<>();

		Published(PlanCore core) {
			core.addListener((uri, version, findings) -> {
				files.add(uri);
				arrived.add(new Object[] { uri, version });
			});
		}

		List<URI> files() {
			return List.copyOf(files);
		}

		/** Waits for the findings of that file at that version (no other file's published meanwhile). */
		void await(URI uri, Integer version) {
			try {
				Object[] next = arrived.poll(60, TimeUnit.SECONDS);
				assertNotNull(next, "timed out waiting for " + uri);
				assertEquals(uri, next[0]);
				assertEquals(version, next[1]);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** Waits (without a read, which the pass would count as the author's) until no write is waiting or running. */
	private static void written(PlanCore core) {
		TransformRequestManager requests = (TransformRequestManager) core.server().getRequestManager();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (requests.isWriteWaiting() || requests.isWriteRunning()) {
			assertTrue(System.nanoTime() < end, "the writes never ended");
			Thread.onSpinWait();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertTrue(latch.await(60, TimeUnit.SECONDS), "timed out");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The postponed pass's clock and timer, advanced by the test: the tasks due run on the test's thread. It
	 * counts the writes the core's request manager is asked for.
	 */
	static final class ManualTimer implements PostponedValidation.Timer {
		private record Task(long due, Runnable task) {
		}

		private long now;
		private final List<Task> tasks = new ArrayList<>();

		Module module() {
			return binder -> {
				binder.bind(PostponedValidation.Timer.class).toInstance(this);
				binder.bind(IRequestManager.class).to(CountingRequests.class);
			};
		}

		@Override
		public synchronized long millis() {
			return now;
		}

		@Override
		public synchronized void scheduleAt(Runnable task, long millis) {
			tasks.add(new Task(millis, task));
		}

		/** Moves the clock on and runs the tasks that are due by then (those they schedule too, when due). */
		void advance(long millis) {
			synchronized (this) {
				now += millis;
			}
			while (true) {
				Task due;
				synchronized (this) {
					due = tasks.stream().filter(t -> t.due() <= now).findFirst().orElse(null);
					if (due == null) {
						return;
					}
					tasks.remove(due);
				}
				due.task().run();
			}
		}

		int writesSubmitted(PlanCore core) {
			return ((CountingRequests) core.server().getRequestManager()).writes.get();
		}
	}

	/** The core's request manager, counting the writes submitted. */
	@Singleton
	static final class CountingRequests extends TransformRequestManager {
		final AtomicInteger writes = new AtomicInteger();

		@Inject
		CountingRequests(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
			super(parallel, operationCanceledManager);
		}

		@Override
		public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
				Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
			writes.incrementAndGet();
			return super.runWrite(nonCancellable, cancellable);
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
