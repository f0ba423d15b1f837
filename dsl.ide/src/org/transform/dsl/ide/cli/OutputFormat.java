package org.transform.dsl.ide.cli;

import java.io.PrintWriter;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.transform.dsl.workspace.Finding;

/**
 * How {@code transform check} prints its report: compiler-style lines for people and editors, JSON
 * for scripts, SARIF 2.1.0 for code-scanning services. The constants' names are the values of
 * {@code --format}.
 */
public enum OutputFormat {

	/** {@code path:line:column: severity [code] message} lines, then the summary. */
	text {
		@Override
		void write(CheckReport report, PrintWriter out) {
			for (Finding f : report.findings()) {
				out.println(TransformCli.oneLine(report.path(f)) + ":" + f.line() + ":" + f.column() + ": " + f.level().label() + " [" + f.code() + "] "
						+ oneLine(f.message()));
			}
			out.println(report.summary());
		}
	},

	/** One object: {@code files}, {@code findings}, {@code summary}. */
	json {
		@Override
		void write(CheckReport report, PrintWriter out) {
			JsonObject root = new JsonObject();
			JsonArray files = new JsonArray();
			report.files().forEach(files::add);
			root.add("files", files);
			JsonArray findings = new JsonArray();
			for (Finding f : report.findings()) {
				JsonObject o = new JsonObject();
				o.addProperty("path", report.path(f));
				o.addProperty("line", f.line());
				o.addProperty("column", f.column());
				o.addProperty("endLine", f.endLine());
				o.addProperty("endColumn", f.endColumn());
				o.addProperty("severity", f.level().label());
				o.addProperty("code", f.code());
				o.addProperty("message", f.message());
				findings.add(o);
			}
			root.add("findings", findings);
			JsonObject summary = new JsonObject();
			summary.addProperty("files", report.files().size());
			summary.addProperty("errors", report.count(Finding.Level.ERROR));
			summary.addProperty("warnings", report.count(Finding.Level.WARNING));
			summary.addProperty("infos", report.count(Finding.Level.INFO));
			summary.addProperty("text", report.summary());
			root.add("summary", summary);
			out.println(GSON.toJson(root));
		}
	},

	/** A SARIF 2.1.0 log with one run. */
	sarif {
		@Override
		void write(CheckReport report, PrintWriter out) {
			out.println(GSON.toJson(SarifLog.of(report)));
		}
	};

	static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	abstract void write(CheckReport report, PrintWriter out);

	/** A line break with the blanks around it (compiled once: a check of 1,000 files prints about 20,000 messages). */
	private static final Pattern BREAK = Pattern.compile("\\s*\\R\\s*");

	/** A message on one line of a terminal: line breaks as spaces, then no control character (no escape sequence) left. */
	private static String oneLine(String message) {
		return TransformCli.oneLine(hasBreak(message) ? BREAK.matcher(message).replaceAll(" ") : message);
	}

	/**
	 * Whether the text holds a character that starts a line break ({@code \R}: CR, LF, VT, FF, NEL, LS, PS): without one,
	 * {@link #BREAK} matches nowhere. Most messages have none, and the pattern's scan (a blank run tried at every
	 * character) was three quarters of printing a check of 1,000 files (BENCHMARKS.md, "checkfast").
	 */
	private static boolean hasBreak(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '\n', '\u000B', '\f', '\r', '\u0085', '\u2028', '\u2029':
					return true;
				default:
					break;
			}
		}
		return false;
	}
}
