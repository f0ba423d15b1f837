package org.transform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The shaded jar, started as users start it: {@code java -jar transform.jar check ...} in a separate
 * process, on small workspaces written to a temporary folder.
 */
class TransformJarIT {

	private static final String ACME = SamplePlans.ACME;

	private static final String SALES = """
			plan SalesTransformation "Shorter sales cycles" { period 2026-01 to 2027-12 }
			import Acme.*
			indicator SalesCycle "Sales cycle length" {
			    unit days  better lower  cadence monthly  status existing
			    measured-by "Median days from first meeting to signature"  source "CRM"
			    baseline 94 on 2026-01-31
			}
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06  deadline 2027-12 }
			practice SharedAccountPlans "Account plans co-written" { owner Sales  lowers SalesCycle }
			change WeeklyReviews "Managers review account plans" { lever leadership  supports SharedAccountPlans  owner Sales  from 2026-03 }
			change CrmTraining "Account-plan training" { lever training  supports SharedAccountPlans  owner Sales  from 2026-08 }
			change CrmAccountPlans "Account-plan module" {
			    lever technology  supports SharedAccountPlans  owner Sales  from 2026-09 to 2026-12  deploys Crm
			}
			channel SalesLinkedIn "Sales on LinkedIn" { kind linkedin  serves CloseFaster  maintained-by Marketing  feeds Crm }
			policy SocialGuidelines "Guidance, not policing" { serves CloseFaster  owner Marketing }
			measurements SalesCycle { 2026-02-28: 92  2026-03-31: 90 }
			""";

	/** The day every check runs on: no test depends on the system's clock. */
	private static final String TODAY = "--today=2026-04-15";

	private static Path jar;

	@TempDir
	Path dir;

	record Run(int exitCode, String out, String err) {
		List<String> outLines() {
			return out.lines().toList();
		}
	}

	@BeforeAll
	static void findJar() {
		jar = Built.jar();
		assertTrue(Files.isRegularFile(jar), "the shaded jar is built before the integration tests: " + jar);
	}

	@Test
	void aSoundWorkspaceExitsWithZero() throws Exception {
		write("org/acme.transform", ACME);
		write("plans/sales.transform", SALES);

		Run run = transform("check", TODAY, "org", "plans");

		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(List.of("0 errors, 0 warnings, 0 info in 2 files"), run.outLines());
		assertEquals("", run.err(), "no log noise on standard error");
	}

	@Test
	void errorsAreListedAsCompilerStyleLinesAndExitWithOne() throws Exception {
		write("plans/sales.transform", SALES);

		Run run = transform("check", TODAY, "plans/sales.transform");

		assertEquals(1, run.exitCode(), run::toString);
		assertTrue(run.outLines().get(0).startsWith("plans/sales.transform:8:47: error [broken-reference] No team named 'Sales'"), run.out());
		assertTrue(run.outLines().get(run.outLines().size() - 1).matches("\\d+ errors?, 0 warnings, 0 info in 1 file"), run.out());
		assertEquals("", run.err());
	}

	@Test
	void jsonIsValidAndCountsTheFindings() throws Exception {
		write("org/acme.transform", ACME);
		write("plans/sales.transform", SALES + "tool Hubspot \"HubSpot\" { category crm  used-by Sales }\n");

		Run run = transform("check", TODAY, "--format", "json", ".");

		assertEquals(0, run.exitCode(), run::toString);
		JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(2, root.getAsJsonArray("files").size());
		JsonArray findings = root.getAsJsonArray("findings");
		assertEquals(2, findings.size(), run.out());
		for (JsonElement finding : findings) {
			assertEquals("redundant-tools", finding.getAsJsonObject().get("code").getAsString());
			assertEquals("warning", finding.getAsJsonObject().get("severity").getAsString());
		}
		assertEquals(2, root.getAsJsonObject("summary").get("warnings").getAsInt());
	}

	@Test
	void sarifOfEveryRuleValidatesAgainstTheSarifSchema() throws Exception {
		// the social-business example breaks most rules: each rule found is described in the log
		Run run = transform("check", "--today=2026-11-30", "--format", "sarif", Built.root().resolve("examples/social-business").toString());

		assertEquals(1, run.exitCode(), run::toString);
		Schema schema;
		try (InputStream in = TransformJarIT.class.getResourceAsStream("/sarif-2.1.0-rtm.5.json")) {
			schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
		}
		assertFalse(schema.validate("{ \"runs\": [] }", InputFormat.JSON).isEmpty(), "the schema rejects a log without its version");
		List<com.networknt.schema.Error> errors = schema.validate(run.out(), InputFormat.JSON);
		assertEquals(List.of(), errors.stream().map(Object::toString).toList());
		JsonArray rules = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
				.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		assertTrue(rules.size() >= 8, rules::toString);
		for (JsonElement rule : rules) {
			assertTrue(rule.getAsJsonObject().has("fullDescription") && rule.getAsJsonObject().has("help")
					&& rule.getAsJsonObject().has("defaultConfiguration"), rule::toString);
		}
	}

	@Test
	void sarifIsAValidLogWithOneRun() throws Exception {
		write("plans/q1/sales.transform", SALES + "plan {\n");

		Run run = transform("check", TODAY, "--format", "sarif", "plans");

		assertEquals(1, run.exitCode(), run::toString);
		JsonObject log = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString());
		assertTrue(log.has("$schema"));
		JsonObject sarifRun = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertEquals("Transform", sarifRun.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
		Set<String> rules = new java.util.HashSet<>();
		sarifRun.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")
				.forEach(r -> rules.add(r.getAsJsonObject().get("id").getAsString()));
		assertEquals(Set.of("broken-reference", "syntax-error"), rules);
		JsonObject first = sarifRun.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals("error", first.get("level").getAsString());
		JsonObject location = first.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
		assertEquals("plans/q1/sales.transform", location.getAsJsonObject("artifactLocation").get("uri").getAsString());
		assertEquals(8, location.getAsJsonObject("region").get("startLine").getAsInt());
	}

	@Test
	void aMissingPathIsOneLineAndExitsWithTwo() throws Exception {
		Run run = transform("check", "plans/nowhere.transform");

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("", run.out());
		assertEquals(List.of("transform: no such file or folder: plans/nowhere.transform (relative paths start from " + dir.toRealPath()
				+ "); check the path."), run.err().lines().toList());
	}

	@Test
	void aBinaryFileIsOneLineAndExitsWithTwo() throws Exception {
		Files.write(dir.resolve("logo.transform"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });

		Run run = transform("check", "logo.transform");

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals("", run.out());
		List<String> lines = run.err().lines().toList();
		assertEquals(1, lines.size(), run::toString);
		assertTrue(lines.get(0).startsWith("transform: logo.transform is not a text file"), lines.get(0));
	}

	@Test
	void anUnknownFormatIsOneLineAndExitsWithTwo() throws Exception {
		write("acme.transform", ACME);

		Run run = transform("check", "--format", "xml", "acme.transform");

		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.err().lines().count(), run::toString);
		assertTrue(run.err().contains("'--format'") && run.err().contains("xml"), run.err());
	}

	@Test
	void helpAndVersion() throws Exception {
		Run help = transform("--help");
		assertEquals(0, help.exitCode(), help::toString);
		assertTrue(help.out().contains("check"), help.out());

		Run version = transform("--version");
		assertEquals(0, version.exitCode(), version::toString);
		assertTrue(version.out().startsWith("Transform "), version.out());
	}

	private void write(String relativePath, String text) throws IOException {
		Path file = dir.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	/** Runs {@code java -jar transform.jar args...} in the temporary folder, with the Java running the tests. */
	private Run transform(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
		process.getOutputStream().close();
		CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("transform " + String.join(" ", args) + " did not finish within 2 minutes");
		}
		return new Run(process.exitValue(), out.get(), err.get());
	}

	private static String read(java.io.InputStream stream) {
		try (stream) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
