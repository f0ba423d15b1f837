package org.transform.dsl.generator;

import java.io.ByteArrayInputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.DiagramFiles.DiagramFile;
import org.transform.dsl.generator.DiagramFiles.Format;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.generator.report.ReportFormat;
import org.transform.dsl.generator.report.ReportGenerator;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Inject;

/**
 * The language's generator (Xtext {@code IGenerator2}): for a file whose header is a plan, it writes
 * the plan's diagrams to {@code diagrams/<PlanName>-<kind>.svg} and {@code .png} in the output
 * folder, with the findings of the whole workspace drawn on them; and, once per workspace (with its
 * first plan file), the workspace's report: {@code report.html}, {@code report.md} and the report's
 * diagrams. The Eclipse builder, the {@code xtext-maven-plugin} and the command line produce the
 * same files.
 */
public class TransformGenerator extends AbstractGenerator {

	/** The folder of the output configuration the diagrams are written to. */
	public static final String DIAGRAM_FOLDER = "diagrams/";

	@Inject
	private PlanAnalyzer analyzer;

	@Inject
	private IResourceValidator validator;

	@Inject
	private DiagramFiles diagramFiles;

	@Inject
	private ReportGenerator reports;

	/** The findings of the last analysis seen: the files of one plan share them. */
	private WeakReference<PlanAnalysis> lastAnalysis = new WeakReference<>(null);
	private List<Finding> lastFindings = List.of();

	@Override
	public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		if (input.getContents().isEmpty() || !(input.getContents().get(0) instanceof TransformFile file)
				|| !(file.getHeader() instanceof Plan plan) || plan.getName() == null) {
			return;
		}
		PlanAnalysis analysis = analyzer.analyze(input);
		CancelIndicator cancel = context == null || context.getCancelIndicator() == null ? CancelIndicator.NullImpl : context.getCancelIndicator();
		List<Finding> findings = findings(analysis, cancel);
		writeDiagrams(plan.getName(), analysis, findings, fsa);
		if (input.getURI().equals(firstPlanFile(analysis))) {
			writeReport(analysis, findings, fsa);
		}
	}

	/**
	 * Writes the workspace's report, HTML and Markdown (with the diagrams the Markdown shows).
	 *
	 * @return the paths written, relative to the output folder
	 */
	public List<String> writeReport(PlanAnalysis analysis, List<Finding> findings, IFileSystemAccess2 fsa) {
		List<String> written = new ArrayList<>();
		reports.files(analysis, findings, ReportFormat.both).forEach((path, text) -> {
			fsa.generateFile(path, text);
			written.add(path);
		});
		return written;
	}

	/** The workspace's report is written once, with the plan file whose URI comes first. */
	private static URI firstPlanFile(PlanAnalysis analysis) {
		return analysis.files().stream()
				.filter(f -> f.getHeader() instanceof Plan && f.eResource() != null)
				.map(f -> f.eResource().getURI())
				.min(Comparator.comparing(URI::toString))
				.orElse(null);
	}

	/**
	 * Writes the plan's diagrams, SVG and PNG, to {@value #DIAGRAM_FOLDER} through {@code fsa}.
	 *
	 * @return the paths written, relative to the output folder
	 */
	public List<String> writeDiagrams(String planName, PlanAnalysis analysis, List<Finding> findings, IFileSystemAccess2 fsa) {
		List<String> written = new ArrayList<>();
		for (DiagramFile file : diagramFiles.files(planName, analysis, findings, EnumSet.allOf(DiagramKind.class), EnumSet.allOf(Format.class))) {
			String path = DIAGRAM_FOLDER + file.name();
			if (file.name().endsWith(".svg")) {
				fsa.generateFile(path, new String(file.content(), StandardCharsets.UTF_8));
			} else {
				fsa.generateFile(path, new ByteArrayInputStream(file.content()));
			}
			written.add(path);
		}
		return written;
	}

	/**
	 * The findings of every file of the workspace, so that cross-file findings appear too. Only Xtext's own
	 * builders (the {@code xtext-maven-plugin}) call the generator without them: the command line and the
	 * Eclipse builder pass the workspace core's findings to {@link #writeDiagrams} and {@link #writeReport}.
	 */
	private synchronized List<Finding> findings(PlanAnalysis analysis, CancelIndicator cancel) {
		if (lastAnalysis.get() == analysis) {
			return lastFindings;
		}
		List<Finding> findings = new ArrayList<>();
		for (TransformFile file : analysis.files()) {
			if (file.eResource() != null) {
				for (Issue issue : validator.validate(file.eResource(), CheckMode.ALL, cancel)) {
					Finding finding = Finding.of(issue, file.eResource());
					if (finding != null) {
						findings.add(finding);
					}
				}
			}
		}
		lastAnalysis = new WeakReference<>(analysis);
		lastFindings = List.copyOf(findings);
		return lastFindings;
	}
}
