package org.transform.dsl.ide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.DiagramFiles;
import org.transform.dsl.generator.DiagramFiles.DiagramFile;
import org.transform.dsl.generator.DiagramFiles.Format;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.ide.cli.SourceFiles.SourceFile;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.TransformFile;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code transform diagram <files or folders>... --out DIR}: draws the diagrams of every plan of the
 * workspace (impact map, team alignment, roadmap, tool landscape) with the findings of the whole
 * workspace on them, and writes them only under the output folder.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true, versionProvider = TransformCli.Version.class, sortOptions = false,
		description = {
				"Draws the diagrams of Transform plans: the impact map, team alignment, the roadmap and the tool landscape.",
				"All the files and folders given form one workspace, as for 'check'. Each plan gets its files "
						+ "<PlanName>-<kind>.svg (and .png) in the output folder; the workspace's findings are drawn on the elements "
						+ "they concern." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:diagrams written, no errors in the plans",
				"1:diagrams written, the plans have errors (drawn on the diagrams; 'transform check' lists them)",
				"2:usage or input problem (a missing path, an output folder that cannot be written, ...)" })
public class DiagramCommand implements Callable<Integer> {

	/** The formats to write. */
	enum Formats {
		svg, png, both
	}

	@Option(names = { "-o", "--out" }, required = true, paramLabel = "<folder>",
			description = "The folder to write the diagrams to (created if missing). Nothing is written outside it.")
	String out;

	@Option(names = { "-f", "--format" }, paramLabel = "<format>", defaultValue = "svg",
			description = "What to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	Formats format;

	@Option(names = { "-k", "--kind" }, paramLabel = "<kind>", split = ",",
			description = "The diagrams to draw, comma-separated: impact-map, team-alignment, roadmap, tool-landscape (default: all).")
	List<String> kinds;

	@Mixin
	TodayOption today = new TodayOption();

	@Parameters(arity = "1..*", paramLabel = "<file or folder>", description = ".transform files, or folders that contain them.")
	List<String> paths;

	@Spec
	CommandSpec spec;

	private final Path workingDirectory;
	private final Clock clock;

	/**
	 * @param workingDirectory what relative paths (the output folder too) are resolved against and shown relative to
	 * @param clock today's day when {@code --today} is not given
	 */
	public DiagramCommand(Path workingDirectory, Clock clock) {
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
		this.clock = clock;
	}

	@Override
	public Integer call() {
		LocalDate day = today.day(clock);
		Set<DiagramKind> selected = selectedKinds();
		Set<Format> formats = switch (format) {
			case svg -> EnumSet.of(Format.SVG);
			case png -> EnumSet.of(Format.PNG);
			case both -> EnumSet.allOf(Format.class);
		};
		SourceFiles sources = new SourceFiles(workingDirectory);
		List<SourceFile> files = sources.read(paths, spec.commandLine().getErr());
		OutputFolder folder = OutputFolder.create(workingDirectory, out, "the diagrams");

		List<Finding> findings;
		Map<String, List<DiagramFile>> drawn = new LinkedHashMap<>();
		try (CoreWorkspace workspace = CoreWorkspace.start(files, day)) {
			findings = workspace.findings();
			workspace.read(first -> {
				Set<String> plans = new LinkedHashSet<>();
				for (Resource resource : first.getResourceSet().getResources()) {
					if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TransformFile file
							&& file.getHeader() instanceof Plan plan && plan.getName() != null) {
						plans.add(plan.getName());
					}
				}
				PlanAnalysis analysis = PlanCore.language().getInstance(PlanAnalyzer.class).analyze(first);
				DiagramFiles diagramFiles = PlanCore.language().getInstance(DiagramFiles.class);
				for (String plan : plans) {
					drawn.put(plan, diagramFiles.files(plan, analysis, findings, selected, formats));
				}
				return null;
			});
		}
		if (drawn.isEmpty()) {
			throw new InputProblem("no plan among the files given (only organization files?): give the plan files too, e.g. the folder that holds them.");
		}
		long errors = findings.stream().filter(Finding::isError).count();

		PrintWriter output = spec.commandLine().getOut();
		for (List<DiagramFile> planFiles : drawn.values()) {
			for (DiagramFile file : planFiles) {
				Path target = folder.write(file.name(), file.content());
				output.println("wrote " + TransformCli.oneLine(sources.shown(target)));
			}
		}
		if (errors > 0) {
			output.println(errors + (errors == 1 ? " error" : " errors") + " in the plans, drawn on the diagrams: run 'transform check' to list them.");
		}
		output.flush();
		return errors > 0 ? TransformCli.EXIT_ERRORS : TransformCli.EXIT_OK;
	}

	private Set<DiagramKind> selectedKinds() {
		if (kinds == null || kinds.isEmpty()) {
			return EnumSet.allOf(DiagramKind.class);
		}
		Set<DiagramKind> result = EnumSet.noneOf(DiagramKind.class);
		for (String name : kinds) {
			DiagramKind kind = null;
			for (DiagramKind k : DiagramKind.values()) {
				if (k.fileName().equalsIgnoreCase(name.strip())) {
					kind = k;
				}
			}
			if (kind == null) {
				throw new ParameterException(spec.commandLine(), "Unknown diagram kind '" + name + "': use "
						+ List.of(DiagramKind.values()).stream().map(DiagramKind::fileName).collect(Collectors.joining(", ")));
			}
			result.add(kind);
		}
		return result;
	}
}
