package org.transform.dsl.ide.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;

import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.diff.PlanDiff;
import org.transform.dsl.generator.report.Report;
import org.transform.dsl.generator.report.ReportFormat;
import org.transform.dsl.generator.report.ReportGenerator;
import org.transform.dsl.ide.cli.SourceFiles.SourceFile;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code transform report <files or folders>... --out DIR}: checks the workspace as {@code check}
 * does and writes its report, {@code report.html} (self-contained, for a browser) and/or
 * {@code report.md} with its diagrams in {@code diagrams/}, into the output folder and nowhere else.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = TransformCli.Version.class, sortOptions = false,
		description = {
				"Writes the report of a workspace of Transform plans: a summary, the diagrams, a trend chart per indicator, the "
						+ "progress toward the goals' targets, the findings by rule and the traceability from goals to changes.",
				"report.html is one self-contained file to open in any browser, offline; report.md is the same for a repository, "
						+ "with its diagrams in diagrams/. Files are written only into the --out folder, which is created if missing." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:report written, no errors in the plans (warnings and infos allowed)",
				"1:report written, errors found in the plans",
				"2:usage or input problem, or the output folder cannot be written" })
public class ReportCommand implements Callable<Integer> {

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "<folder>",
			description = "The folder to write the report into; created if missing. Nothing is written outside it.")
	String out;

	@Option(names = { "-f", "--format" }, paramLabel = "<format>", defaultValue = "both",
			description = "Which files to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	ReportFormat format;

	@Mixin
	TodayOption today = new TodayOption();

	@Option(names = "--since", paramLabel = "<revision>",
			description = "Add a section 'What changed since <revision>': the plans at that git revision compared with the working tree, "
					+ "as 'transform diff --git' compares them.")
	String since;

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", description = ".transform files, or folders that contain them.")
	List<String> paths;

	@Spec
	CommandSpec spec;

	private final Path workingDirectory;
	private final Clock clock;

	/**
	 * @param workingDirectory what relative paths are resolved against and written paths are shown relative to
	 * @param clock today's day when {@code --today} is not given
	 */
	public ReportCommand(Path workingDirectory, Clock clock) {
		this.workingDirectory = workingDirectory;
		this.clock = clock;
	}

	@Override
	public Integer call() {
		LocalDate day = today.day(clock);
		SourceFiles sources = new SourceFiles(workingDirectory);
		List<SourceFile> files = sources.read(paths, spec.commandLine().getErr());
		OutputFolder folder = OutputFolder.create(workingDirectory, out, "the report");
		Report.Changes changes = null;
		if (since != null) {
			PlanDiff diff = DiffCommand.sinceRevision(workingDirectory, since, paths, null, spec.commandLine().getErr());
			changes = new Report.Changes(since, diff.summary(), diff.lines());
		}
		Report.Changes sinceRevision = changes;
		List<Finding> findings;
		SortedMap<String, String> report;
		try (CoreWorkspace workspace = CoreWorkspace.start(files, day)) {
			findings = workspace.findings();
			report = workspace.read(resource -> PlanCore.language().getInstance(ReportGenerator.class)
					.files(PlanCore.language().getInstance(PlanAnalyzer.class).analyze(resource), findings, format, sinceRevision));
		}

		PrintWriter printer = spec.commandLine().getOut();
		long errors = count(findings, Finding.Level.ERROR);
		printer.printf("Checked %d %s: %d %s, %d %s, %d %s.%n", files.size(), files.size() == 1 ? "file" : "files",
				errors, errors == 1 ? "error" : "errors", count(findings, Finding.Level.WARNING), count(findings, Finding.Level.WARNING) == 1 ? "warning" : "warnings",
				count(findings, Finding.Level.INFO), "info");
		for (Map.Entry<String, String> file : report.entrySet()) {
			printer.println("Wrote " + TransformCli.oneLine(sources.shown(folder.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8)))));
		}
		if (report.containsKey(ReportGenerator.HTML_FILE)) {
			printer.println("Open " + TransformCli.oneLine(sources.shown(folder.path().resolve(ReportGenerator.HTML_FILE))) + " in a browser.");
		}
		printer.flush();
		return errors > 0 ? TransformCli.EXIT_ERRORS : TransformCli.EXIT_OK;
	}

	private static long count(List<Finding> findings, Finding.Level level) {
		return findings.stream().filter(f -> f.level() == level).count();
	}
}
