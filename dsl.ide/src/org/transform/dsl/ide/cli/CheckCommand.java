package org.transform.dsl.ide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.transform.dsl.ide.cli.SourceFiles.SourceFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code transform check <files or folders>...}: all the paths form one workspace, checked as the
 * editor checks it (syntax, references across files, every rule). Prints the findings and exits
 * with 0 when there is no error, 1 when there are errors, 2 when the input itself is wrong.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = TransformCli.Version.class, sortOptions = false,
		description = {
				"Checks Transform plans: syntax, references and every rule of the language.",
				"All the files and folders given form one workspace, so that a plan may use the teams and tools of an "
						+ "organization file given beside it. A folder stands for its workspace: the nearest folder at or above it "
						+ "that holds a transform.workspace file, else the folder itself, searched recursively for *.transform files "
						+ "(hidden folders, symbolic links, pipes and folders with their own transform.workspace are left out, with a note)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:no errors (warnings and infos allowed)",
				"1:errors found",
				"2:usage or input problem (a missing path, a file that is not a Transform file or not UTF-8 text, ...)" })
public class CheckCommand implements Callable<Integer> {

	@Option(names = { "-f", "--format" }, paramLabel = "<format>", defaultValue = "text",
			description = "How to print the findings: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
					+ "text prints 'path:line:column: severity [code] message' lines and a summary; "
					+ "json one object with files, findings and summary; sarif a SARIF 2.1.0 log for code scanning.")
	OutputFormat format;

	@Mixin
	TodayOption today = new TodayOption();

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", description = ".transform files, or folders that contain them.")
	List<String> paths;

	@Spec
	CommandSpec spec;

	private final Path workingDirectory;
	private final Clock clock;

	/**
	 * @param workingDirectory what relative paths are resolved against and findings' paths are shown relative to
	 * @param clock today's day when {@code --today} is not given
	 */
	public CheckCommand(Path workingDirectory, Clock clock) {
		this.workingDirectory = workingDirectory;
		this.clock = clock;
	}

	@Override
	public Integer call() {
		LocalDate day = today.day(clock);
		List<SourceFile> files = new SourceFiles(workingDirectory).read(paths, spec.commandLine().getErr());
		CheckReport report;
		try (CoreWorkspace workspace = CoreWorkspace.start(files, day)) {
			report = new CheckReport(files.stream().map(SourceFile::shownPath).toList(), workspace.findings(), workspace::shownPath);
		}
		// written through a writer of its own that flushes once at the end: the command line's standard output
		// flushes at every line, which a check of 1,000 files (about 20,000 lines) paid once per finding
		PrintWriter out = new PrintWriter(spec.commandLine().getOut(), false);
		format.write(report, out);
		out.flush();
		return report.hasErrors() ? TransformCli.EXIT_ERRORS : TransformCli.EXIT_OK;
	}
}
