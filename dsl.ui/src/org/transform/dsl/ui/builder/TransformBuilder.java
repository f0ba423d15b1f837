package org.transform.dsl.ui.builder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.ui.preferences.TransformPreferences;
import org.transform.dsl.ui.workspace.Findings;
import org.transform.dsl.ui.workspace.PlanFiles;
import org.transform.dsl.ui.workspace.ProjectPlans;
import org.transform.dsl.validation.TransformValidator;
import org.transform.dsl.workspace.Finding;

/**
 * Keeps the findings of a project's plans in the Problems view, and the plans' diagrams in
 * {@code transform-gen/diagrams/} (the language's generator; the folder, and whether diagrams are
 * written at all, are preferences). A finding may span files (a team in
 * the organization file, two tools of one category in two plans), so when any plan (or a measurement
 * file) of the project changes, all the project's plans are loaded into one resource set and every
 * one is validated again: simple and correct; a project of a few dozen plans takes well under a
 * second. A build that sees no such change does nothing.
 */
public class TransformBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.transform.dsl.ui.builder";

	/** The marker type of findings: a problem marker and a text marker. */
	public static final String MARKER = "org.transform.dsl.ui.problem";

	/** The marker attribute holding the finding's issue code. */
	public static final String CODE = "code";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		if (delta != null && !touchesPlans(delta)) {
			return null;
		}
		validateAll(project, monitor);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
	}

	/** Validates every plan of the project, replaces their markers and writes the generator's files. */
	static void validateAll(IProject project, IProgressMonitor monitor) throws CoreException {
		project.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
		// each workspace of the project (its own, and each folder with its own marker) is loaded on its own
		List<ProjectPlans> workspaces = new ArrayList<>();
		int count = 0;
		for (IContainer workspace : PlanFiles.workspaces(project)) {
			ProjectPlans plans = ProjectPlans.load(workspace, Map.of());
			workspaces.add(plans);
			count += plans.files().size();
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Checking plans of " + project.getName(), count);
		try {
			for (ProjectPlans plans : workspaces) {
				for (Map.Entry<IFile, XtextResource> entry : plans.files().entrySet()) {
					IFile file = entry.getKey();
					progress.subTask(file.getName());
					String text = plans.text(entry.getValue());
					try {
						replaceMarkers(file, entry.getValue(), Findings.shown(plans.validate(entry.getValue(), progress::isCanceled)), text);
					} catch (OperationCanceledError | OperationCanceledException e) {
						throw e;
					} catch (RuntimeException | LinkageError e) {
						// a failure of the checker, not of the plan: one finding says so, the other plans are still checked
						file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
						file.createMarker(MARKER, Map.of(IMarker.MESSAGE, Findings.internalError(e), IMarker.SEVERITY, IMarker.SEVERITY_ERROR,
								IMarker.LINE_NUMBER, 1, CODE, TransformValidator.INTERNAL_ERROR));
					}
					progress.worked(1);
				}
			}
		} catch (OperationCanceledError e) {
			throw new OperationCanceledException();
		}
		// the findings are up to date: the language's generator writes the plans' diagrams from the same resource set
		if (!TransformPreferences.generateOnSave()) {
			return;
		}
		try {
			GeneratedFiles.generate(project, workspaces, progress);
		} catch (OperationCanceledError e) {
			throw new OperationCanceledException();
		} catch (RuntimeException | LinkageError e) {
			// the diagrams could not be drawn: the findings stand, the project says why on its own marker
			project.createMarker(MARKER, Map.of(IMarker.MESSAGE, TransformValidator.INTERNAL_ERROR + ": the diagrams could not be drawn ("
					+ e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", IMarker.SEVERITY, IMarker.SEVERITY_ERROR, CODE,
					TransformValidator.INTERNAL_ERROR));
		}
	}

	private static void replaceMarkers(IFile file, XtextResource resource, List<Issue> issues, String text) throws CoreException {
		file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			int offset = Findings.offset(issue, text.length());
			int length = Findings.length(issue, text.length());
			Map<String, Object> attributes = new HashMap<>(Map.of(
					IMarker.MESSAGE, Findings.text(issue),
					IMarker.SEVERITY, Findings.markerSeverity(issue.getSeverity()),
					IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
					IMarker.CHAR_START, offset,
					IMarker.CHAR_END, offset + length,
					CODE, Findings.code(issue)));
			attributes.putAll(elementAttributes(Finding.of(issue, resource)));
			file.createMarker(MARKER, attributes);
		}
	}

	/** The plan element the finding is on (the core's {@link Finding#element()}), for the Problems view's Element column; none outside the named elements. */
	private static Map<String, Object> elementAttributes(Finding finding) {
		return finding == null || finding.element() == null ? Map.of()
				: Map.of(Findings.ELEMENT, finding.element(), Findings.ELEMENT_KIND, finding.elementKind());
	}

	private static boolean touchesPlans(IResourceDelta delta) {
		IResource resource = delta.getResource();
		if (resource.getType() == IResource.FILE) {
			String extension = resource.getFileExtension();
			return PlanFiles.EXTENSION.equals(extension) || "csv".equalsIgnoreCase(extension);
		}
		for (IResourceDelta child : delta.getAffectedChildren()) {
			if (touchesPlans(child)) {
				return true;
			}
		}
		return false;
	}
}
