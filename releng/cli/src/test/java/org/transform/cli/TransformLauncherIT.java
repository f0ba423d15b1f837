package org.transform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The {@code ./transform} launcher at the repository's root: it runs the shaded jar with the JVM
 * options that make a check start and run faster (the build's AOT cache of the jar, a quick JIT),
 * and none of that may change what the user sees. Each test runs a copy of the launcher beside a copy
 * of the jar, so that the cache can be missing, stale or foreign without touching the build's files.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
class TransformLauncherIT {

	/** The day every check runs on: no test depends on the system's clock. */
	private static final String TODAY = "--today=2026-11-30";

	private static Path root;
	private static Path jar;

	@TempDir
	Path copy;

	record Run(int exitCode, String out, String err) {
	}

	@BeforeAll
	static void findRepository() {
		root = Built.root();
		jar = Built.jar();
		assertTrue(Files.isRegularFile(root.resolve("transform")), "the launcher is at the repository's root: " + root);
		assertTrue(Files.isRegularFile(jar), "the shaded jar is built before the integration tests: " + jar);
	}

	@Test
	void theLauncherPrintsWhatTheJarPrints() throws Exception {
		Path launcher = install(Cache.BUILT);

		Run viaLauncher = run(checkOfTheSalesExample(launcher));
		Run viaJar = run(checkOfTheSalesExampleByTheJar());

		assertEquals(viaJar, viaLauncher);
		assertEquals(0, viaLauncher.exitCode(), viaLauncher::toString);
		assertTrue(JsonParser.parseString(viaLauncher.out()).isJsonObject(), viaLauncher.out());
	}

	@Test
	void theLauncherWritesTheReportTheJarWrites() throws Exception {
		Path launcher = install(Cache.BUILT);
		Path viaLauncher = copy.resolve("report-launcher");
		Path viaJar = copy.resolve("report-jar");

		Run launched = run(List.of(launcher.toString(), "report", "--today=2026-11-30", "examples/sales", "--out", viaLauncher.toString()));
		Run jarRun = run(List.of(java(), "-jar", jar.toString(), "report", "--today=2026-11-30", "examples/sales", "--out", viaJar.toString()));

		assertEquals(jarRun, new Run(launched.exitCode(), launched.out().replace(viaLauncher.toString(), viaJar.toString()), launched.err()),
				"the same messages, but for the folder written into");
		List<Path> files = files(viaJar);
		assertTrue(files.contains(Path.of("report.html")), files::toString);
		assertEquals(files, files(viaLauncher));
		for (Path file : files) {
			assertEquals(-1L, Files.mismatch(viaJar.resolve(file), viaLauncher.resolve(file)), file + " differs");
		}
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
		}
	}

	@Test
	void aCacheOfAnotherJarIsIgnoredSilently() throws Exception {
		Path launcher = install(Cache.FOREIGN);

		Run run = run(checkOfTheSalesExample(launcher));

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(JsonParser.parseString(run.out()).isJsonObject(), "standard output is the JSON report alone: " + run.out());
		assertEquals("", run.err(), "nothing about the cache on standard error");
	}

	@Test
	void withoutACacheTheLauncherStillChecks() throws Exception {
		Path launcher = install(Cache.NONE);

		Run run = run(List.of(launcher.toString(), "check", TODAY, "examples/sales"));

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals("", run.err());
		// the sales example's two targets off track, then the summary
		assertEquals(List.of("warning [target-off-track]", "warning [target-off-track]", "0 errors, 2 warnings, 0 info in 3 files"),
				run.out().lines().map(l -> l.contains("[target-off-track]") ? "warning [target-off-track]" : l).toList());
	}

	@Test
	void otherCommandsAreLaunchedToo() throws Exception {
		Path launcher = install(Cache.BUILT);

		Run run = run(List.of(launcher.toString(), "--version"));

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("Transform "), run.out());
		assertEquals("", run.err());
	}

	@Test
	void aBuiltJarRunsOnTheJavaOfJavaHomeFrom17On() throws Exception {
		Path launcher = install(Cache.NONE);
		// a Java 17 runtime without a compiler, which the launcher picked over nothing before: it needed a JDK 21+ even to run a built jar
		Path java17 = fakeJava("17.0.15");

		Run run = run(List.of(launcher.toString(), "--version"), java17);

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(run.out().startsWith("fake java 17.0.15:"), run.out());
		assertTrue(run.out().contains("/releng/cli/target/transform.jar --version"), run.out());
	}

	@Test
	void aJavaHomeOlderThan17IsPassedOver() throws Exception {
		Path launcher = install(Cache.NONE);
		Path java11 = fakeJava("11.0.2");

		Run run = run(List.of(launcher.toString(), "--version"), java11);

		assertTrue(!run.out().contains("fake java"), "Java 11 cannot run the jar: " + run.out());
	}

	@Test
	void aCheckMakesAClassArchiveOnItsFirstRunAndMapsItAfter() throws Exception {
		Path launcher = install(Cache.NONE);
		Path cache = copy.resolve("archives");
		List<String> check = checkOfTheSalesExample(launcher);
		Run viaJar = run(checkOfTheSalesExampleByTheJar());

		Run first = run(check, null, cache);
		List<Path> archives = files(cache);
		Run second = run(check, null, cache);

		assertEquals(viaJar, first, "the run that makes the archive prints what the jar prints");
		assertEquals(1, archives.size(), "one archive for this jar and this Java: " + archives);
		assertTrue(archives.get(0).toString().endsWith(".jsa"), archives::toString);
		assertTrue(Files.size(cache.resolve(archives.get(0))) > 1_000_000, "the JVM wrote the classes the check loaded");
		assertEquals(viaJar, second, "the run that maps it too");
		assertEquals(archives, files(cache), "the archive is kept, not made again");
	}

	@Test
	void theArchiveIsGivenToTheJvmWhenMadeAndMappedAfter() throws Exception {
		Path launcher = install(Cache.NONE);
		Path cache = copy.resolve("archives");
		// a Java that writes the archive it is asked for, and prints its arguments
		Path java17 = fakeJava("17.0.15", "for a; do case $a in -XX:ArchiveClassesAtExit=*) echo classes > \"${a#*=}\";; esac; done\n");

		Run first = run(List.of(launcher.toString(), "check", "plans"), java17, cache);
		Run second = run(List.of(launcher.toString(), "check", "plans"), java17, cache);
		Run version = run(List.of(launcher.toString(), "--version"), java17, cache);

		Path archive = cache.resolve(files(cache).get(0));
		assertTrue(first.out().contains(" -XX:ArchiveClassesAtExit=" + cache + "/"), first.out());
		assertTrue(second.out().contains(" -XX:SharedArchiveFile=" + archive + " "), second.out());
		assertTrue(second.out().contains("-Xlog:cds*=off"), "the JVM's notes about the archive are off: " + second.out());
		assertTrue(!version.out().contains("Archive"), "only check, report and diagram make or map it: " + version.out());
	}

	@Test
	void anArchiveTheJvmRejectsIsIgnoredSilently() throws Exception {
		Path launcher = install(Cache.NONE);
		Path cache = copy.resolve("archives");
		List<String> check = checkOfTheSalesExample(launcher);
		run(check, null, cache);
		assertEquals(1, files(cache).size(), "the first check made its archive");
		for (Path archive : files(cache)) {
			Path file = cache.resolve(archive);
			Files.delete(file);
			Files.writeString(file, "not a class-data archive\n");
		}

		Run run = run(check, null, cache);

		assertEquals(0, run.exitCode(), run::toString);
		assertTrue(JsonParser.parseString(run.out()).isJsonObject(), "standard output is the JSON report alone: " + run.out());
		assertEquals("", run.err(), "nothing about the archive on standard error");
	}

	@Test
	void anArchiveLeftHalfWrittenByAKilledRunIsRemovedByTheNextFirstRun() throws Exception {
		Path launcher = install(Cache.NONE);
		Path cache = Files.createDirectories(copy.resolve("archives"));
		// what a first run killed before its end leaves (14 MB at a check of 100k), and one a run is writing now
		Path left = Files.writeString(cache.resolve("classes-123.Ab3xYz"), "half an archive");
		Files.setLastModifiedTime(left, FileTime.from(java.time.Instant.parse("2020-01-01T00:00:00Z"))); // long before any run of this test
		Path writing = Files.writeString(cache.resolve("classes-456.Qr7sTu"), "an archive being written");
		List<String> check = checkOfTheSalesExample(launcher);

		Run run = run(check, null, cache);

		assertEquals(0, run.exitCode(), run::toString);
		assertFalse(Files.exists(left), "the old file is removed: " + files(cache));
		assertTrue(Files.exists(writing), "a file being written is left alone: " + files(cache));
		assertEquals(1, files(cache).stream().filter(file -> file.toString().endsWith(".jsa")).count(), "the run made its archive: " + files(cache));
	}

	@Test
	void aCacheFolderThatCannotBeMadeLeavesTheCheckAsItIs() throws Exception {
		Path launcher = install(Cache.NONE);
		// a file where a folder of the path should be: no folder can be made there, whoever runs the test (root writes into read-only folders)
		Path cache = Files.writeString(copy.resolve("not-a-folder"), "").resolve("transform");
		List<String> check = checkOfTheSalesExample(launcher);
		Run viaJar = run(checkOfTheSalesExampleByTheJar());

		Run run = run(check, null, cache);

		assertEquals(viaJar, run);
	}

	/** The launcher's check of the sales example, as JSON, on the tests' day. */
	private static List<String> checkOfTheSalesExample(Path launcher) {
		return List.of(launcher.toString(), "check", TODAY, "--format", "json", "examples/sales");
	}

	/** The same check, by the jar on the tests' Java. */
	private List<String> checkOfTheSalesExampleByTheJar() {
		return List.of(java(), "-jar", jar.toString(), "check", TODAY, "--format", "json", "examples/sales");
	}

	/** A Java home whose {@code java} prints its version and arguments instead of running them. */
	private Path fakeJava(String version) throws IOException {
		return fakeJava(version, "");
	}

	/** The same, running {@code script} (shell, with the arguments) first. */
	private Path fakeJava(String version, String script) throws IOException {
		Path home = copy.resolve("java-" + version);
		Files.createDirectories(home.resolve("bin"));
		Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
		Path java = home.resolve("bin/java");
		Files.writeString(java, "#!/bin/sh\n" + script + "echo \"fake java " + version + ": $*\"\n");
		assertTrue(java.toFile().setExecutable(true));
		return home;
	}

	private enum Cache {
		/** the build's cache, if this JDK built one */
		BUILT,
		/** a file in the cache's place, newer than the jar, that no JVM made for it */
		FOREIGN,
		NONE
	}

	/** A copy of the launcher, the JDK selection it reads, the jar and the cache as asked; returns the launcher. */
	private Path install(Cache cache) throws IOException {
		Path launcher = Files.copy(root.resolve("transform"), copy.resolve("transform"), StandardCopyOption.COPY_ATTRIBUTES);
		Files.createDirectories(copy.resolve(".mvn"));
		Files.copy(root.resolve(".mvn/select-jdk.sh"), copy.resolve(".mvn/select-jdk.sh"));
		Path target = Files.createDirectories(copy.resolve("releng/cli/target"));
		Path copiedJar = Files.copy(jar, target.resolve("transform.jar"), StandardCopyOption.COPY_ATTRIBUTES);
		Path built = jar.resolveSibling("transform.aot");
		Path copiedCache = target.resolve("transform.aot");
		if (cache == Cache.BUILT && Files.isRegularFile(built)) {
			Files.copy(built, copiedCache, StandardCopyOption.COPY_ATTRIBUTES);
		} else if (cache == Cache.FOREIGN) {
			Files.writeString(copiedCache, "not an AOT cache\n");
			Files.setLastModifiedTime(copiedCache, FileTime.from(Files.getLastModifiedTime(copiedJar).toInstant().plusSeconds(60)));
		}
		return launcher;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** Runs the command in the repository's root (where examples/ is), with the launcher's copy picking its JDK as it would. */
	private Run run(List<String> command) throws Exception {
		return run(command, null);
	}

	/** The same, with {@code JAVA_HOME} set to {@code javaHome} (if not {@code null}). */
	private Run run(List<String> command, Path javaHome) throws Exception {
		return run(command, javaHome, copy.resolve("cache"));
	}

	/** The same, with the launcher's class-data archives in {@code cache} ({@code TRANSFORM_CACHE}), never in the user's home. */
	private Run run(List<String> command, Path javaHome, Path cache) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(root.toFile());
		builder.environment().put("TRANSFORM_CACHE", cache.toString());
		if (javaHome != null) {
			builder.environment().put("JAVA_HOME", javaHome.toString());
		}
		Process process = builder.start();
		process.getOutputStream().close();
		CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish within 2 minutes");
		}
		return new Run(process.exitValue(), out.get(), err.get());
	}

	private static String read(InputStream stream) {
		try (stream) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
