package org.transform.dsl.ide.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.transform.dsl.diff.PlanDiff;
import org.transform.dsl.diff.PlanDiff.Changed;
import org.transform.dsl.diff.PlanDiff.ElementRef;
import org.transform.dsl.diff.PlanDiff.FindingRef;
import org.transform.dsl.generator.report.MarkdownText;

import com.google.gson.GsonBuilder;

/** How {@code transform diff} prints a {@link PlanDiff}: text for people, Markdown for a pull request, JSON for scripts. */
public enum DiffFormat {

	text {
		@Override
		void write(PlanDiff diff, String before, String after, PrintWriter out) {
			out.println("Changes from " + before + " to " + after + ":");
			if (diff.isEmpty()) {
				out.println("  none");
			}
			diff.added().forEach(e -> out.println("  added    " + element(e)));
			diff.removed().forEach(e -> out.println("  removed  " + element(e)));
			diff.renamed().forEach(r -> out.println("  renamed  " + element(r.before()) + " → " + r.after().qualifiedName()));
			for (Changed c : diff.changed()) {
				out.println("  changed  " + c.element());
				c.clauses().forEach(clause -> out.println("             " + clause.describe()));
			}
			findings(out, "Findings introduced", diff.introduced(), "  ");
			findings(out, "Findings resolved", diff.resolved(), "  ");
			out.println(diff.summary());
		}

		private void findings(PrintWriter out, String heading, List<FindingRef> findings, String indent) {
			if (!findings.isEmpty()) {
				out.println(heading + " (" + findings.size() + "):");
				findings.forEach(f -> out.println(indent + f.describe()));
			}
		}
	},

	markdown {
		@Override
		void write(PlanDiff diff, String before, String after, PrintWriter out) {
			out.println("### Plan changes from `" + before + "` to " + (after.startsWith("the ") ? after : "`" + after + "`"));
			out.println();
			out.println(diff.summary());
			section(out, "Added", diff.added().stream().map(e -> "`" + e + "`" + MarkdownText.escape(e.quotedTitle())).toList());
			section(out, "Removed", diff.removed().stream().map(e -> "`" + e + "`" + MarkdownText.escape(e.quotedTitle())).toList());
			section(out, "Renamed", diff.renamed().stream().map(r -> "`" + r.before() + "` → `" + r.after().qualifiedName() + "`").toList());
			List<String> changed = new ArrayList<>();
			for (Changed c : diff.changed()) {
				StringBuilder item = new StringBuilder("`" + c.element() + "`");
				c.clauses().forEach(clause -> item.append("\n  - ").append(MarkdownText.escape(clause.describe())));
				changed.add(item.toString());
			}
			section(out, "Changed", changed);
			section(out, "Findings introduced", diff.introduced().stream().map(DiffFormat::markdown).toList());
			section(out, "Findings resolved", diff.resolved().stream().map(DiffFormat::markdown).toList());
		}

		private void section(PrintWriter out, String heading, List<String> items) {
			if (!items.isEmpty()) {
				out.println();
				out.println("#### " + heading);
				out.println();
				items.forEach(i -> out.println("- " + i));
			}
		}
	},

	json {
		@Override
		void write(PlanDiff diff, String before, String after, PrintWriter out) {
			var root = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJsonTree(diff).getAsJsonObject();
			root.addProperty("before", before);
			root.addProperty("after", after);
			root.addProperty("introducesErrors", diff.introducesErrors());
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root));
		}
	};

	abstract void write(PlanDiff diff, String before, String after, PrintWriter out);

	private static String element(ElementRef e) {
		return e + e.quotedTitle();
	}

	/** A finding in a Markdown list: its place and code as code, its message escaped (it may hold {@code <CRM tool>}). */
	private static String markdown(FindingRef f) {
		return "`" + f.file() + ":" + f.line() + "` " + f.severity() + " `" + f.code() + "` " + MarkdownText.escape(f.message());
	}

}
