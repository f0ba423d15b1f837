package org.transform.dsl.ui.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.transform.dsl.ui.workspace.Findings;
import org.transform.dsl.workspace.Finding;

/**
 * The Problems view's markers of a plan file, made from the workspace core's findings of its saved
 * text: one marker per finding, with its code ({@link TransformBuilder#CODE}) and the element it is on
 * ({@link Findings#ELEMENT}, {@link Findings#ELEMENT_KIND}) beside the platform's (message {@code code: message}, severity, line, characters).
 * A file whose markers already say the same is not touched.
 */
public final class FindingMarkers {

	private static final Map<IFile, List<Finding>> PENDING = new LinkedHashMap<>();

	private static final WorkspaceJob WRITER = new WorkspaceJob("Transform findings in the Problems view") {
		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
			Map<IFile, List<Finding>> batch;
			synchronized (PENDING) {
				batch = new LinkedHashMap<>(PENDING);
				PENDING.clear();
			}
			for (Map.Entry<IFile, List<Finding>> entry : batch.entrySet()) {
				if (entry.getKey().exists()) {
					replace(entry.getKey(), entry.getValue());
				}
			}
			return Status.OK_STATUS;
		}
	};

	static {
		WRITER.setSystem(true);
		// markers need no scheduling rule: the writer never waits for a build that waits for the core
		WRITER.setRule(null);
	}

	private FindingMarkers() {
	}

	/** Replaces the file's markers by the findings, soon, in a workspace job: callable from any thread, never blocks. */
	public static void replaceLater(IFile file, List<Finding> findings) {
		synchronized (PENDING) {
			PENDING.put(file, findings);
		}
		WRITER.schedule();
	}

	/** Replaces the file's markers by the findings now; the caller may change the workspace (a build, a workspace job). */
	public static void replace(IFile file, List<Finding> findings) throws CoreException {
		synchronized (PENDING) {
			PENDING.remove(file); // what is written now is newer than what waits
		}
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Finding finding : findings) {
			wanted.add(attributes(finding));
		}
		IMarker[] existing = file.findMarkers(TransformBuilder.MARKER, false, IResource.DEPTH_ZERO);
		if (same(existing, wanted)) {
			return;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			file.deleteMarkers(TransformBuilder.MARKER, false, IResource.DEPTH_ZERO);
			for (Map<String, Object> attributes : wanted) {
				file.createMarker(TransformBuilder.MARKER, attributes);
			}
		}, null, IWorkspace.AVOID_UPDATE, null);
	}

	private static Map<String, Object> attributes(Finding finding) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, finding.text());
		attributes.put(IMarker.SEVERITY, Findings.markerSeverity(finding));
		attributes.put(IMarker.LINE_NUMBER, finding.line());
		attributes.put(IMarker.CHAR_START, finding.offset());
		attributes.put(IMarker.CHAR_END, finding.offset() + finding.length());
		attributes.put(TransformBuilder.CODE, finding.code());
		if (finding.element() != null) {
			attributes.put(Findings.ELEMENT, finding.element());
			attributes.put(Findings.ELEMENT_KIND, finding.elementKind());
		}
		return attributes;
	}

	private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		List<Map<String, Object>> have = new ArrayList<>();
		for (IMarker marker : existing) {
			have.add(marker.getAttributes());
		}
		List<Map<String, Object>> left = new ArrayList<>(wanted);
		for (Map<String, Object> attributes : have) {
			if (!left.remove(attributes)) {
				return false;
			}
		}
		return left.isEmpty() && Arrays.stream(existing).allMatch(IMarker::exists);
	}
}
