package org.transform.dsl.ide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.diff.PlanDiff;
import org.transform.dsl.diff.PlanDiff.FindingRef;
import org.transform.dsl.diff.PlanDiffer;
import org.transform.dsl.diff.PlanDiffer.Side;
import org.transform.dsl.ide.cli.SourceFiles.SourceFile;
import org.transform.dsl.ide.workspace.PlanCore;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code transform diff <old> <new>} and {@code transform diff --git <rev> [paths]}: what changed
 * between two versions of a workspace, by qualified name and in the language's terms, and the
 * findings introduced and resolved. Exits with 1 when the new side has errors the old did not have.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = TransformCli.Version.class, sortOptions = false,
		description = {
				"Shows what changed between two versions of a workspace: elements added, removed and renamed, the clauses that "
						+ "changed (target, dates, lever, owners, supports...), and the findings introduced and resolved.",
				"Each side is a folder or a file; with --git, the old side is the paths at a git revision and the new side the "
						+ "working tree." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no new error", "1:the new side has errors the old side did not have", "2:usage or input problem" })
public class DiffCommand implements Callable<Integer> {

	@Option(names = "--git", paramLabel = "<revision>", description = "Compare the working tree with this git revision (HEAD, main, a commit).")
	String revision;

	@Option(names = { "-f", "--format" }, paramLabel = "<format>", defaultValue = "text",
			description = "text (default), markdown (for a pull-request comment) or json.")
	DiffFormat format;

	@Mixin
	TodayOption today = new TodayOption();

	@Parameters(paramLabel = "<path>", description = "Without --git: the old and the new side. With --git: the files or folders to compare (default: .).")
	List<String> paths = new ArrayList<>();

	@Spec
	CommandSpec spec;

	private final Path workingDirectory;
	private final Clock clock;

	public DiffCommand(Path workingDirectory, Clock clock) {
		this.workingDirectory = workingDirectory;
		this.clock = clock;
	}

	@Override
	public Integer call() {
		LocalDate day = today.day(clock);
		PrintWriter err = spec.commandLine().getErr();
		PlanDiff diff;
		String oldLabel;
		String newLabel;
		if (revision == null) {
			if (paths.size() != 2) {
				throw new InputProblem("diff compares two sides: give the old and the new folder or file, or --git <revision> [paths]");
			}
			// each side's findings are named relative to its own folder, so that the same finding on both sides matches
			diff = diff(side(workingDirectory, List.of(paths.get(0)), day, root(paths.get(0)), err),
					side(workingDirectory, List.of(paths.get(1)), day, root(paths.get(1)), err));
			oldLabel = paths.get(0);
			newLabel = paths.get(1);
		} else {
			diff = sinceRevision(workingDirectory, revision, paths.isEmpty() ? List.of(".") : paths, day, err);
			oldLabel = revision;
			newLabel = "the working tree";
		}
		PrintWriter out = spec.commandLine().getOut();
		format.write(diff, oldLabel, newLabel, out);
		out.flush();
		return diff.introducesErrors() ? TransformCli.EXIT_ERRORS : TransformCli.EXIT_OK;
	}

	/** The paths at the git revision compared with the working tree; both checked on {@code day} (none: no calendar rule). */
	static PlanDiff sinceRevision(Path workingDirectory, String revision, List<String> paths, LocalDate day, PrintWriter err) {
		Path snapshot = GitRevision.checkout(workingDirectory, revision, paths);
		try {
			return diff(side(snapshot, paths, day, snapshot, err), side(workingDirectory, paths, day, workingDirectory, err));
		} finally {
			delete(snapshot);
		}
	}

	private static PlanDiff diff(Side before, Side after) {
		return PlanCore.language().getInstance(PlanDiffer.class).diff(before, after);
	}

	/** The folder a side's findings are named relative to: the folder given, or the folder of the file given. */
	private Path root(String path) {
		Path resolved = workingDirectory.resolve(path).toAbsolutePath().normalize();
		return Files.isDirectory(resolved) || resolved.getParent() == null ? resolved : resolved.getParent();
	}

	/** A workspace read below {@code base}, checked on the day: its analysis and its findings, named relative to {@code root}. */
	static Side side(Path base, List<String> paths, LocalDate day, Path root, PrintWriter err) {
		List<SourceFile> files = new SourceFiles(base).read(paths, err);
		try (CoreWorkspace workspace = CoreWorkspace.start(files, day)) {
			List<FindingRef> findings = workspace.findings().stream()
					.map(f -> new FindingRef(f.level().label(), f.code(), relative(root, base.resolve(workspace.shownPath(f))), f.line(), f.message()))
					.toList();
			return new Side(workspace.read(resource -> PlanCore.language().getInstance(PlanAnalyzer.class).analyze(resource)), findings);
		}
	}

	private static String relative(Path root, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path normalRoot = root.toAbsolutePath().normalize();
		return (absolute.startsWith(normalRoot) ? normalRoot.relativize(absolute) : absolute).toString().replace('\\', '/');
	}

	private static void delete(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
