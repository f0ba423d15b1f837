package org.transform.dsl.generator.report;

/** Which report files to write. */
public enum ReportFormat {
	/** {@value ReportGenerator#HTML_FILE} only. */
	html,
	/** {@value ReportGenerator#MARKDOWN_FILE} and its diagrams. */
	markdown,
	/** Both files. */
	both;

	boolean includesHtml() {
		return this != markdown;
	}

	boolean includesMarkdown() {
		return this != html;
	}
}
