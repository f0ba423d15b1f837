package org.transform.dsl.diff;

import java.util.List;

/**
 * What changed between two versions of a workspace, by qualified name and in the language's terms:
 * elements added, removed and renamed, the clauses that changed in each element found on both sides,
 * and the findings introduced and resolved. Built by {@link PlanDiffer}; every list is sorted.
 */
public record PlanDiff(List<ElementRef> added, List<ElementRef> removed, List<Renamed> renamed, List<Changed> changed,
		List<FindingRef> introduced, List<FindingRef> resolved) {

	/** An element as a plan names it: its keyword ({@code goal}), qualified name and title (may be {@code null}). */
	public record ElementRef(String kind, String qualifiedName, String title) {
		@Override
		public String toString() {
			return kind + " " + qualifiedName;
		}

		/** The title in quotes after a space, or nothing: {@code  "Close deals faster"}. */
		public String quotedTitle() {
			return title == null ? "" : " \"" + title + "\"";
		}
	}

	/** An element of the same kind and title under a new name. */
	public record Renamed(ElementRef before, ElementRef after) {
	}

	/** One clause written differently: {@code target of lower SalesCycle}, {@code 60} → {@code 70}; {@code null} when absent on a side. */
	public record ClauseChange(String clause, String before, String after) {

		/** "target of lower SalesCycle: 60 → 70", "+ owner Sales", "- deploys Crm". */
		public String describe() {
			if (before == null) {
				return "+ " + (after.isEmpty() ? clause : clause + " " + after);
			}
			if (after == null) {
				return "- " + (before.isEmpty() ? clause : clause + " " + before);
			}
			return clause + ": " + before + " → " + after;
		}
	}

	/** The clauses that changed in an element found on both sides (under its new name if renamed). */
	public record Changed(ElementRef element, List<ClauseChange> clauses) {
	}

	/** A finding as the diff compares it: by code, file and message, not by line, which moves with any edit. */
	public record FindingRef(String severity, String code, String file, int line, String message) {

		/** "plan.transform:12: error [broken-reference] No team named 'Sale'". */
		public String describe() {
			return file + ":" + line + ": " + severity + " [" + code + "] " + message.replaceAll("\\p{Cntrl}", "?");
		}
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty() && introduced.isEmpty() && resolved.isEmpty();
	}

	/** "1 added, 0 removed, 0 renamed, 2 changed; 1 findings introduced (1 error), 0 resolved". */
	public String summary() {
		long errors = introduced.stream().filter(f -> "error".equals(f.severity())).count();
		return added.size() + " added, " + removed.size() + " removed, " + renamed.size() + " renamed, " + changed.size() + " changed; "
				+ introduced.size() + " findings introduced (" + errors + (errors == 1 ? " error" : " errors") + "), " + resolved.size() + " resolved";
	}

	/** Each change in one line, as the text format and the report's "what changed" section list them. */
	public List<String> lines() {
		List<String> lines = new java.util.ArrayList<>();
		added.forEach(e -> lines.add("added " + e + e.quotedTitle()));
		removed.forEach(e -> lines.add("removed " + e + e.quotedTitle()));
		renamed.forEach(r -> lines.add("renamed " + r.before() + r.before().quotedTitle() + " → " + r.after().qualifiedName()));
		for (Changed c : changed) {
			c.clauses().forEach(clause -> lines.add("changed " + c.element() + ": " + clause.describe()));
		}
		introduced.forEach(f -> lines.add("introduced " + f.describe()));
		resolved.forEach(f -> lines.add("resolved " + f.describe()));
		return lines;
	}

	/** Whether the new side has an error the old side did not have. */
	public boolean introducesErrors() {
		return introduced.stream().anyMatch(f -> "error".equals(f.severity()));
	}
}
