package org.transform.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code examples/maven} built as its users build it: Maven runs the {@code xtext-maven-plugin} on a
 * copy of the example in a temporary folder, with the Transform language as a dependency of the
 * plugin ({@code org.transform:transform-language}, which this module puts in
 * {@code target/maven-repository}). The example's build reads that folder and the local
 * repository of this build, and writes nothing to either: its local repository is a fresh folder.
 * It runs offline when this build does.
 */
class MavenExampleIT {

	private static final List<String> PLANS = List.of("SalesTransformation", "MarketingEffectiveness");
	private static final List<String> KINDS = List.of("impact-map", "team-alignment", "roadmap", "tool-landscape");

	private static Path root;
	private static Path jar;
	private static Path languageRepository;
	private static Path localRepository;
	private static boolean offline;

	@TempDir
	Path dir;

	record Run(int exitCode, String output, long millis) {
	}

	@BeforeAll
	static void locate() {
		root = Built.root();
		jar = Built.jar();
		languageRepository = Path.of(System.getProperty("transform.languageRepository", "target/maven-repository")).toAbsolutePath();
		localRepository = Path.of(System.getProperty("transform.localRepository", System.getProperty("user.home") + "/.m2/repository"))
				.toAbsolutePath();
		offline = Boolean.parseBoolean(System.getProperty("transform.offline", "false"));
		assertTrue(Files.isExecutable(root.resolve("mvnw")), "the Transform repository with its ./mvnw: " + root);
		assertTrue(Files.isRegularFile(jar), "the shaded jar is built before the integration tests: " + jar);
		assertTrue(Files.isRegularFile(languageRepository.resolve("org/transform/transform-language")
				.resolve(System.getProperty("transform.version", "0.1.0-SNAPSHOT"))
				.resolve("transform-language-" + System.getProperty("transform.version", "0.1.0-SNAPSHOT") + ".jar")),
				"the language artifact is in its repository folder before the integration tests: " + languageRepository);
	}

	@Test
	void theExampleCarriesTheSalesWorkspace() throws IOException {
		Path sales = root.resolve("examples/sales");
		Path plans = root.resolve("examples/maven/src/main/transform");
		List<Path> salesFiles = filesUnder(sales).stream().filter(f -> !f.getFileName().toString().equals("README.md")).toList();

		assertEquals(salesFiles, filesUnder(plans), "examples/maven/src/main/transform holds the files of examples/sales");
		for (Path file : salesFiles) {
			assertArrayEquals(Files.readAllBytes(sales.resolve(file)), Files.readAllBytes(plans.resolve(file)),
					file + " differs between examples/sales and examples/maven/src/main/transform");
		}
	}

	@Test
	void theBuildDrawsEveryPlanAsTheCommandLineDoes() throws Exception {
		Path project = copyExample();

		Run maven = maven(project, "generate-resources");

		assertEquals(0, maven.exitCode(), () -> failure("the example's build", maven));
		Path diagrams = project.resolve("target/transform-gen/diagrams");
		for (String plan : PLANS) {
			for (String kind : KINDS) {
				assertIsSvg(diagrams.resolve(plan + "-" + kind + ".svg"));
				assertIsPng(diagrams.resolve(plan + "-" + kind + ".png"));
			}
		}

		// the Maven build gives the rules no day (indicator-stale says nothing there); on 2026-11-30 no indicator of the example is stale
		Run cli = java(dir, "-jar", jar.toString(), "diagram", "--today=2026-11-30", project.resolve("src/main/transform").toString(), "--out", "cli",
				"--format", "both");
		assertEquals(0, cli.exitCode(), () -> failure("transform diagram", cli));
		List<Path> cliFiles = filesUnder(dir.resolve("cli"));
		assertEquals(PLANS.size() * KINDS.size() * 2, cliFiles.size(), cliFiles::toString);
		for (Path file : cliFiles) {
			Path built = diagrams.resolve(file);
			assertTrue(Files.isRegularFile(built), "Maven did not write " + file + ", which 'transform diagram' writes");
			assertArrayEquals(Files.readAllBytes(dir.resolve("cli").resolve(file)), Files.readAllBytes(built),
					file + " differs between Maven and 'transform diagram'");
		}
		System.out.printf("MavenExampleIT: the example's build took %.1f s (%s)%n", maven.millis() / 1000.0, offline ? "offline" : "online");
	}

	@Test
	void anErrorInThePlansFailsTheBuildAndSaysWhere() throws Exception {
		Path project = copyExample();
		Path plan = project.resolve("src/main/transform/sales-transformation.transform");
		Files.writeString(plan, Files.readString(plan) + """

				practice PairSelling "Pair selling" { owner Nobody  lowers SalesCycle }
				""");

		Run maven = maven(project, "generate-resources");

		assertNotEquals(0, maven.exitCode(), () -> failure("the example's build", maven));
		assertTrue(maven.output().lines().anyMatch(line -> line.contains("No team named 'Nobody'") && line.contains("sales-transformation.transform")),
				() -> failure("the example's build", maven));
		assertTrue(maven.output().contains("BUILD FAILURE"), () -> failure("the example's build", maven));
		System.out.printf("MavenExampleIT: the failing build took %.1f s%n", maven.millis() / 1000.0);
	}

	// ------------------------------------------------------------------ helpers

	/** Copies examples/maven, without any target folder a manual build left, into the temporary folder. */
	private Path copyExample() throws IOException {
		Path example = root.resolve("examples/maven");
		Path copy = dir.resolve("project");
		try (Stream<Path> files = Files.walk(example)) {
			for (Path file : files.filter(f -> !example.relativize(f).startsWith("target")).toList()) {
				Path target = copy.resolve(example.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return copy;
	}

	/**
	 * Runs the repository's {@code ./mvnw} on the project, with the Java running the tests (the
	 * command line runs on it too: PNG rendering may differ between Java versions), a fresh local
	 * repository and, read-only behind it, the language's repository folder and this build's local
	 * repository.
	 */
	private Run maven(Path project, String... goals) throws Exception {
		List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "--no-transfer-progress"));
		if (offline) {
			command.add("-o");
		}
		command.add("-Dmaven.repo.local=" + dir.resolve("repository"));
		command.add("-Dmaven.repo.local.tail=" + languageRepository + "," + localRepository);
		command.add("-f");
		command.add(project.resolve("pom.xml").toString());
		command.addAll(List.of(goals));
		ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
		Map<String, String> environment = builder.environment();
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		// set by the Maven that runs this test: they would pass its arguments and folders on to the example's build
		environment.keySet().removeAll(List.of("MAVEN_ARGS", "MAVEN_BASEDIR", "MAVEN_PROJECTBASEDIR", "MAVEN_CMD_LINE_ARGS"));
		return run(builder, 10);
	}

	private Run java(Path workingDirectory, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(args));
		return run(new ProcessBuilder(command).directory(workingDirectory.toFile()), 2);
	}

	private Run run(ProcessBuilder builder, int minutes) throws Exception {
		Path log = Files.createTempFile(dir, "process", ".log");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		long start = System.nanoTime();
		Process process = builder.start();
		process.getOutputStream().close();
		if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", builder.command()) + " did not finish within " + minutes + " minutes:\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
	}

	private static String failure(String what, Run run) {
		String hint = offline ? "\n(offline: if an artifact is missing, build once without -o so that Maven downloads the xtext-maven-plugin)" : "";
		return what + " exited with " + run.exitCode() + ":\n" + run.output() + hint;
	}

	/** The files under the folder, relative to it, sorted. */
	private static List<Path> filesUnder(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
		}
	}

	private static void assertIsSvg(Path file) throws Exception {
		assertTrue(Files.isRegularFile(file), "missing " + file.getFileName());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Element svg = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
		assertEquals("svg", svg.getLocalName(), file.getFileName().toString());
		assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI(), file.getFileName().toString());
		assertFalse(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength() == 0, file.getFileName() + " has no text");
	}

	private static void assertIsPng(Path file) {
		assertTrue(Files.isRegularFile(file), "missing " + file.getFileName());
		try {
			BufferedImage image = ImageIO.read(file.toFile());
			assertNotNull(image, file.getFileName() + " does not decode as an image");
			assertTrue(image.getWidth() > 0 && image.getHeight() > 0, file.getFileName().toString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
