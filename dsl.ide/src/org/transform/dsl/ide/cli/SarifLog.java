package org.transform.dsl.ide.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.transform.dsl.validation.RuleCatalogue;
import org.transform.dsl.validation.RuleCatalogue.Rule;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.transform.dsl.workspace.Finding;

/**
 * Builds the SARIF 2.1.0 log of a check: one run of the tool "Transform", whose rules are the codes
 * found (described from the rule catalogue), and one result per finding with its file (a relative URI when the file lies below the
 * working directory) and region.
 */
final class SarifLog {

	static final String VERSION = "2.1.0";
	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private SarifLog() {
	}

	static JsonObject of(CheckReport report) {
		List<String> codes = report.findings().stream().map(Finding::code).distinct().sorted().toList();

		JsonArray rules = new JsonArray();
		for (String code : codes) {
			rules.add(rule(code));
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "Transform");
		driver.addProperty("version", TransformCli.version());
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);

		JsonArray results = new JsonArray();
		for (Finding f : report.findings()) {
			JsonObject result = new JsonObject();
			result.addProperty("ruleId", f.code());
			result.addProperty("ruleIndex", codes.indexOf(f.code()));
			result.addProperty("level", level(f.level()));
			result.add("message", message(f.message()));
			JsonObject region = new JsonObject();
			region.addProperty("startLine", f.line());
			region.addProperty("startColumn", f.column());
			region.addProperty("endLine", f.endLine());
			region.addProperty("endColumn", f.endColumn());
			JsonObject artifact = new JsonObject();
			artifact.addProperty("uri", uri(report.path(f)));
			JsonObject physical = new JsonObject();
			physical.add("artifactLocation", artifact);
			physical.add("region", region);
			JsonObject location = new JsonObject();
			location.add("physicalLocation", physical);
			JsonArray locations = new JsonArray();
			locations.add(location);
			result.add("locations", locations);
			results.add(result);
		}

		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("version", VERSION);
		log.addProperty("$schema", SCHEMA);
		log.add("runs", runs);
		return log;
	}

	/** A rule's descriptor: its code and, from the {@link RuleCatalogue}, what it says, why, its examples and default level. */
	private static JsonObject rule(String code) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", code);
		Rule known = RuleCatalogue.rule(code);
		if (known == null) {
			return rule;
		}
		rule.add("shortDescription", message(known.title()));
		rule.add("fullDescription", message(known.rationale()));
		JsonObject help = message(known.explanation());
		help.addProperty("markdown", known.markdown());
		rule.add("help", help);
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", switch (known.severity()) {
			case ERROR -> "error";
			case WARNING -> "warning";
			default -> "note";
		});
		rule.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		properties.addProperty("quickFix", known.quickFix());
		rule.add("properties", properties);
		return rule;
	}

	private static JsonObject message(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	private static String level(Finding.Level level) {
		return switch (level) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}

	/** A shown path as a URI reference: relative with forward slashes, or a file URI for an absolute path. */
	static String uri(String shownPath) {
		Path path = Path.of(shownPath);
		if (path.isAbsolute()) {
			return path.toUri().toASCIIString();
		}
		String slashed = shownPath.replace(path.getFileSystem().getSeparator(), "/");
		int slash = slashed.indexOf('/');
		if (slashed.substring(0, slash < 0 ? slashed.length() : slash).contains(":")) {
			slashed = "./" + slashed; // else the first segment would read as a URI scheme
		}
		try {
			return new URI(null, null, slashed, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("not a path: " + shownPath, e);
		}
	}
}
