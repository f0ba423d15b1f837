package org.transform.dsl.tests.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transform.benchmarks.PlanGenerator;
import org.transform.benchmarks.PlanGenerator.SourceText;
import org.transform.dsl.ide.workspace.BuiltOnce;
import org.transform.dsl.ide.workspace.CoreFindings;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.tests.examples.ExampleWorkspaces;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.workspace.Finding;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/**
 * A core built once, as the command line's ({@link BuiltOnce}), links and validates its files on several
 * threads ({@code ParallelBuild}, {@code -Dtransform.buildThreads}): its findings must be the builder's own
 * on one thread — the same files, places, codes and messages, published file by file in the same order —
 * on every example and on a generated workspace of a few hundred files with findings of every kind (within
 * a file, across files, broken references, a file that does not parse); and the same as a live core's.
 */
public class ParallelBuildTest {

	private static final String THREADS = "transform.buildThreads";

	private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path dir;

	@Test
	public void everyExampleHasTheFindingsOfOneThreadPublishedInTheSameOrder() {
		for (Path example : ExampleWorkspaces.workspaces()) {
			Path workspace = marked(example);
			Build one = build(workspace, 1);
			Build two = build(workspace, 2);
			Build four = build(workspace, 4);

			assertEquals(one.order(), two.order(), example.getFileName() + ": two threads, the order of the files");
			assertEquals(one.published(), two.published(), example.getFileName() + ": two threads");
			assertEquals(one.published(), four.published(), example.getFileName() + ": four threads");
			assertEquals(live(workspace), two.findings(), example.getFileName() + ": a live core");
			assertTrue(one.published().size() >= 2, example.getFileName() + ": every file published: " + one.published().size());
			assertTrue(two.threadsStarted() >= one.threadsStarted() + 2,
					example.getFileName() + ": the build ran on threads of its own (" + two.threadsStarted() + " against " + one.threadsStarted() + ")");
		}
	}

	@Test
	public void aGeneratedWorkspaceOfHundredsOfFilesHasTheFindingsOfOneThreadPublishedInTheSameOrder() {
		PlanGenerator.Workspace generated = new PlanGenerator(20261206L).workspace(6_000, 300);
		write("transform.workspace", "");
		for (SourceText file : generated.files()) {
			write(file.path(), file.text());
		}
		write("plans/broken.transform", "plan Broken \"Broken\" { period 2026-01 to 2027-12 }\nindicator {{{\n");
		write("plans/dangling.transform", "plan Dangling \"Dangling\" { period 2026-01 to 2027-12 }\n"
				+ "practice Nothing \"Nothing\" { lowers NoSuchIndicator }\n");

		Build one = build(dir, 1);
		Build two = build(dir, 2);
		Build four = build(dir, 4);

		assertEquals(one.order(), two.order(), "two threads, the order of the files");
		assertEquals(one.order(), four.order(), "four threads, the order of the files");
		assertEquals(one.published(), two.published(), "two threads");
		assertEquals(one.published(), four.published(), "four threads");
		assertEquals(live(dir), two.findings(), "a live core");
		assertEquals(generated.files().size() + 2, one.published().size(), "every file published once");
		Set<String> codes = one.findings().stream().map(Finding::code).collect(Collectors.toSet());
		assertTrue(codes.containsAll(Set.of(IssueCodes.SYNTAX_ERROR, IssueCodes.BROKEN_REFERENCE, IssueCodes.POLICY_WITHOUT_GOAL)),
				"findings of every kind: " + codes);
		assertTrue(one.findings().size() > generated.deliberateFindings(), "findings: " + one.findings().size());
		// the first file is validated alone on the builder's thread, every other one on the build's threads, which make its findings too
		assertEquals(generated.files().size() + 1, two.preparedOn().stream().filter(thread -> thread.startsWith("transform-build-")).count(),
				"findings made on the build's threads: " + two.preparedOn().stream().distinct().toList());
		assertEquals(List.of(), one.preparedOn(), "one thread: findings made on publishing, as the builder does");
	}

	/**
	 * What a core built once on {@code threads} threads published, file by file in order (each file and its
	 * findings), and how many threads it started.
	 */
	private record Build(List<String> published, List<Finding> findings, long threadsStarted, List<String> preparedOn) {

		/** The files in the order published (a shorter message than {@link #published} when they differ). */
		List<String> order() {
			return published.stream().map(p -> p.substring(0, p.indexOf(' '))).toList();
		}
	}

	private static Build build(Path workspace, int threads) {
		String before = System.getProperty(THREADS);
		System.setProperty(THREADS, Integer.toString(threads));
		long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
		try (PlanCore core = PlanCore.start(List.of(workspace), new BuiltOnce(), new WorkspaceDay(DAY), new Recording.Module())) {
			long threadsStarted = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - started;
			Recording recording = (Recording) core.injector().getInstance(CoreFindings.class);
			return new Build(recording.published, core.allFindings(), threadsStarted, List.copyOf(recording.preparedOn));
		} finally {
			if (before == null) {
				System.clearProperty(THREADS);
			} else {
				System.setProperty(THREADS, before);
			}
		}
	}

	private static List<Finding> live(Path workspace) {
		try (PlanCore core = PlanCore.start(List.of(workspace), new WorkspaceDay(DAY))) {
			return core.allFindings();
		}
	}

	/** The core's findings, and every publication of them in the order made: each file and its findings. */
	@Singleton
	public static class Recording extends CoreFindings {

		final List<String> published = Collections.synchronizedList(new ArrayList<>());
		/** The thread each file's findings were made on ahead of publishing ({@link CoreFindings#prepare}). */
		final List<String> preparedOn = Collections.synchronizedList(new ArrayList<>());

		@Override
		public List<Finding> prepare(URI uri, List<Issue> issues, Resource resource) {
			preparedOn.add(Thread.currentThread().getName());
			return super.prepare(uri, issues, resource);
		}

		@Override
		public void accept(URI uri, Integer version, Iterable<? extends Issue> issues, Resource resource) {
			super.accept(uri, version, issues, resource);
			published.add(uri + " " + of(uri));
		}

		static final class Module extends AbstractModule {
			@Override
			protected void configure() {
				bind(CoreFindings.class).to(Recording.class);
			}
		}
	}

	/** The example's workspace: the folder of its {@code transform.workspace}. */
	private static Path marked(Path example) {
		try (Stream<Path> walk = Files.walk(example)) {
			return walk.filter(p -> p.getFileName().toString().equals("transform.workspace")).map(Path::getParent).findFirst().orElse(example);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void write(String relative, String text) {
		WorkspaceFiles.write(dir, relative, text);
	}
}
