import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The update site proven by p2 itself (run by releng/installtest's pom in the integration-test phase, as a
 * single-file Java program). Starting from a copy of the platform-only product of this reactor (the Transform IDE
 * without Transform: releng/platform's feature, plus the probe application of releng/installtest/probe):
 * <ol>
 * <li>the platform has no Transform bundle;</li>
 * <li>the p2 director refuses to install the feature from a site that lacks one of its libraries (org.jsoup), and
 * says which;</li>
 * <li>the p2 director installs {@code org.transform.feature} from the update site (releng/site/target/repository):
 * {@code -application org.eclipse.equinox.p2.director -repository <site> -installIU org.transform.feature.feature.group};</li>
 * <li>started again, the installation resolves every bundle, starts the four Transform bundles, and the installed
 * language finds {@code technology-before-indicator} in a plan;</li>
 * <li>the same site re-published with a later qualifier (the Transform bundles and feature only) is offered by
 * <i>Check for Updates</i> (p2's UpdateOperation) and installs over the first;</li>
 * <li>started again, the installation runs the updated bundles, which still find the problem.</li>
 * </ol>
 * Usage: {@code java InstallFromUpdateSite.java <platform product folder> <site repository folder> <work folder>}.
 * Prints each step and exits with 1 at the first one that fails, with the output of the Eclipse run behind it.
 */
public class InstallFromUpdateSite {

	static final String FEATURE = "org.transform.feature.feature.group";
	static final long TIMEOUT_MINUTES = 5;

	/** A plan whose technology change starts before its indicator has a baseline (README, "A plan"). */
	static final String ORGANIZATION = """
			organization Acme "Acme" {
			}

			team Sales "Field sales" {
			    size 40
			}

			tool Crm "CRM" {
			    category crm
			    used-by Sales
			    adopted top-down
			}
			""";
	static final String PLAN = """
			plan SalesTransformation "Shorter sales cycles" {
			    period 2026-01 to 2027-12
			}

			import Acme.*

			indicator SalesCycle "Sales cycle length" {
			    unit days
			    better lower
			    cadence monthly
			    measured-by "Median days from first meeting to signature"
			    baseline 94 on 2026-01-31
			}

			goal CloseFaster "Close deals faster" {
			    owner Sales
			    lower SalesCycle to 60 by 2027-06
			}

			practice SharedAccountPlans "Account plans co-written by sales and pre-sales" {
			    lowers SalesCycle
			}

			change CrmAccountPlans "Account-plan module in the CRM" {
			    lever technology
			    supports SharedAccountPlans
			    owner Sales
			    from 2026-01
			    deploys Crm
			}
			""";

	final Path eclipse;
	final Path site;
	final Path work;
	final String profile;

	InstallFromUpdateSite(Path platform, Path site, Path work) throws IOException {
		this.site = site;
		this.work = work;
		deleteRecursively(work);
		Files.createDirectories(work);
		this.eclipse = work.resolve("eclipse");
		copyRecursively(platform, eclipse);
		Properties config = new Properties();
		try (var in = Files.newInputStream(eclipse.resolve("configuration/config.ini"))) {
			config.load(in);
		}
		this.profile = config.getProperty("eclipse.p2.profile");
		if (profile == null) {
			throw new IllegalStateException(platform + ": configuration/config.ini names no p2 profile");
		}
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		Path site = Path.of(args[1]).toAbsolutePath();
		if (!Files.isDirectory(site.resolve("features"))) {
			fail(site + " is not the built update site: build releng/site first (./mvnw verify)", "");
		}
		InstallFromUpdateSite test = new InstallFromUpdateSite(Path.of(args[0]), site,
				Path.of(args[2]).toAbsolutePath());
		test.run();
		System.out.printf("install test: passed in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
	}

	void run() throws Exception {
		Path plans = work.resolve("plans");
		Files.createDirectories(plans);
		Files.writeString(plans.resolve("acme.transform"), ORGANIZATION);
		Files.writeString(plans.resolve("plan.transform"), PLAN);
		String installed = featureVersion(site);

		step("the platform has no Transform bundle");
		String bundlesInfo = bundlesInfo();
		expect(!bundlesInfo.contains("org.transform.dsl"), "the platform product already holds Transform", bundlesInfo);

		step("the director refuses a site without org.jsoup, a library of the feature, and names it");
		Path incomplete = publish("site-without-jsoup", site, jar -> !jar.getFileName().toString().startsWith("org.jsoup_"),
				null, null);
		Run refused = eclipse("-application", "org.eclipse.equinox.p2.director", "-repository", uri(incomplete),
				"-installIU", FEATURE, "-destination", eclipse.toString(), "-profile", profile);
		expect(refused.exit != 0 && refused.output.contains("org.jsoup"),
				"the director did not refuse the site without org.jsoup (exit code " + refused.exit + ")", refused.output);
		expect(bundlesInfo().equals(bundlesInfo), "the refused installation changed the platform", refused.output);

		step("the director installs " + FEATURE + " " + installed + " from " + site);
		Run install = eclipse("-application", "org.eclipse.equinox.p2.director", "-repository", uri(site), "-installIU",
				FEATURE, "-destination", eclipse.toString(), "-profile", profile);
		expect(install.exit == 0, "the director failed (exit code " + install.exit + ")", install.output);
		expect(bundlesInfo().contains("org.transform.dsl.ui," + installed + ","),
				"bundles.info does not list org.transform.dsl.ui " + installed, bundlesInfo());

		step("the installed Transform bundles start and find technology-before-indicator in a plan");
		checkPlans(plans, installed);

		String update = installed + "-update";
		step("Check for Updates offers " + update + " from a later build of the site, and installs it");
		Path later = publish("site-update", site, jar -> true, installed, update);
		Run updated = eclipse("-application", "org.transform.installtest.probe.update", uri(later));
		expect(updated.output.contains("update " + FEATURE + " " + installed + " -> " + update)
				&& updated.output.contains("probe: OK"), "the update was not offered or not installed", updated.output);

		step("the updated Transform bundles start and find technology-before-indicator in a plan");
		checkPlans(plans, update);
	}

	void checkPlans(Path plans, String version) throws Exception {
		Run check = eclipse("-application", "org.transform.installtest.probe.transform", plans.toString());
		expect(check.output.contains("probe: OK"), "the installed Transform does not run", check.output);
		for (String bundle : List.of("org.transform.dsl", "org.transform.dsl.ide", "org.transform.dsl.ui",
				"org.transform.dsl.sirius")) {
			expect(check.output.contains("bundle " + bundle + " " + version + " ACTIVE"),
					bundle + " " + version + " is not active", check.output);
		}
		expect(check.output.contains("plan.transform:") && check.output.contains("[technology-before-indicator]"),
				"the installed language does not report technology-before-indicator", check.output);
	}

	/** The version of org.transform.feature in a site, from its jar's name. */
	static String featureVersion(Path site) throws IOException {
		try (Stream<Path> features = Files.list(site.resolve("features"))) {
			Matcher name = features.map(jar -> Pattern.compile("org\\.transform\\.feature_(.+)\\.jar")
					.matcher(jar.getFileName().toString())).filter(Matcher::matches).findFirst()
					.orElseThrow(() -> new IllegalStateException(site + " holds no org.transform.feature"));
			return name.group(1);
		}
	}

	/**
	 * Publishes the features and bundles of {@code from} that {@code keep} accepts into a new p2 repository with p2's
	 * FeaturesAndBundlesPublisher. Given two versions, the Transform feature and bundles of version {@code from}
	 * are published as version {@code to} (their feature.xml and MANIFEST.MF rewritten): a later build of the site.
	 */
	Path publish(String name, Path source, Predicate<Path> keep, String version, String newVersion) throws Exception {
		Path content = work.resolve(name + "-content");
		Path repository = work.resolve(name);
		for (String folder : List.of("features", "plugins")) {
			Files.createDirectories(content.resolve(folder));
			try (Stream<Path> jars = Files.list(source.resolve(folder))) {
				for (Path jar : jars.filter(keep).toList()) {
					String fileName = jar.getFileName().toString();
					boolean rebuilt = newVersion != null && fileName.startsWith("org.transform.")
							&& fileName.endsWith("_" + version + ".jar");
					Path copy = content.resolve(folder)
							.resolve(rebuilt ? fileName.replace(version + ".jar", newVersion + ".jar") : fileName);
					Files.copy(jar, copy);
					if (rebuilt) {
						rewrite(copy, folder.equals("features") ? "feature.xml" : "META-INF/MANIFEST.MF", version,
								newVersion);
					}
				}
			}
		}
		Run publisher = eclipse("-application", "org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher",
				"-source", content.toString(), "-metadataRepository", uri(repository), "-artifactRepository",
				uri(repository), "-publishArtifacts", "-compress");
		expect(publisher.exit == 0 && Files.exists(repository.resolve("content.jar")),
				"p2's publisher did not publish " + repository, publisher.output);
		return repository;
	}

	/** Replaces a version in one file of a jar: the feature's and its Transform bundles', or a Bundle-Version. */
	static void rewrite(Path jar, String entry, String version, String newVersion) throws IOException {
		try (FileSystem zip = FileSystems.newFileSystem(jar)) {
			Path file = zip.getPath(entry);
			String text = Files.readString(file, StandardCharsets.UTF_8);
			String changed = entry.endsWith("MANIFEST.MF")
					? text.replace("Bundle-Version: " + version, "Bundle-Version: " + newVersion)
					: text.replace("\"" + version + "\"", "\"" + newVersion + "\"");
			if (changed.equals(text)) {
				throw new IllegalStateException(jar + "!/" + entry + " does not name version " + version);
			}
			Files.writeString(file, changed, StandardCharsets.UTF_8);
		}
	}

	String bundlesInfo() throws IOException {
		return Files.readString(eclipse.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
	}

	record Run(int exit, String output) {
	}

	/** Starts the installation (through the Equinox launcher jar, headless) with the given arguments. */
	Run eclipse(String... arguments) throws Exception {
		Path launcher;
		try (Stream<Path> plugins = Files.list(eclipse.resolve("plugins"))) {
			launcher = plugins.filter(jar -> jar.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow();
		}
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Djava.awt.headless=true", "-jar", launcher.toString(), "-nosplash", "-consoleLog", "-clean", "-data",
				work.resolve("workspace").toString()));
		command.addAll(List.of(arguments));
		Path log = Files.createTempFile(work, "eclipse", ".log");
		Process process = new ProcessBuilder(command).directory(eclipse.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			fail("no answer within " + TIMEOUT_MINUTES + " minutes from: " + String.join(" ", arguments),
					Files.readString(log));
		}
		String output = Files.readString(log);
		System.out.println(output.lines().map(line -> "    | " + line).reduce("", (a, b) -> a + b + "\n"));
		return new Run(process.exitValue(), output);
	}

	static String uri(Path folder) {
		return folder.toUri().toString();
	}

	static void step(String description) {
		System.out.println("install test: " + description);
	}

	static void expect(boolean condition, String problem, String output) {
		if (!condition) {
			fail(problem, output);
		}
	}

	static void fail(String problem, String output) {
		System.err.println(output);
		System.err.println("install test: FAILED: " + problem);
		System.exit(1);
	}

	static void copyRecursively(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			files.forEach(file -> {
				try {
					Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}
}
