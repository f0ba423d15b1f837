package org.transform.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.ui.builder.TransformNature;
import org.transform.dsl.ui.workspace.EditedPlan;
import org.transform.dsl.ui.workspace.Findings;
import org.transform.dsl.ui.workspace.PlanFiles;
import org.transform.dsl.validation.TransformValidator;

/**
 * Live validation: once the author pauses, the editor's text is parsed among the project's other
 * plans and validated by the language's validator, and the editor's findings are replaced. A change
 * to another plan of the project (saved, created, deleted) validates the open plan again, since a
 * finding may span files. A failure of the editor itself becomes one {@code internal-error} finding on
 * line 1 instead of an entry in the error log.
 */
public class TransformReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private volatile IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();
	private IResourceChangeListener otherPlansListener;
	private final Job revalidation = Job.create("Validate the open plan", m -> {
		validate();
		return Status.OK_STATUS;
	});

	public TransformReconcilingStrategy() {
		revalidation.setSystem(true);
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
	}

	@Override
	public void initialReconcile() {
		IFile file = PlanFiles.file(document);
		if (file != null) {
			TransformNature.addLater(file.getProject());
			listenToOtherPlans(file);
		}
		validate();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	/** Validates the document's current text and shows the findings; safe to call from any thread. */
	public void validate() {
		IDocument current = document;
		if (current == null) {
			return;
		}
		String text = current.get();
		Map<Annotation, Position> annotations = new HashMap<>();
		try {
			EditedPlan plan = EditedPlan.of(current, text);
			for (Issue issue : Findings.shown(plan.plans().validate(plan.resource(), monitor::isCanceled))) {
				annotations.put(new FindingAnnotation(issue.getSeverity(), Findings.code(issue), Findings.text(issue)),
						position(Findings.offset(issue, text.length()), Findings.length(issue, text.length()), text.length()));
			}
		} catch (OperationCanceledError | OperationCanceledException e) {
			return; // the author typed on: the next reconcile validates the newer text
		} catch (RuntimeException | LinkageError | CoreException e) {
			annotations.clear();
			annotations.put(new FindingAnnotation(Severity.ERROR, TransformValidator.INTERNAL_ERROR, Findings.internalError(e)),
					position(0, lineOneLength(text), text.length()));
		}
		if (text.equals(current.get())) {
			show(current, annotations);
		}
	}

	/** Replaces the editor's findings (and only them) in the document's annotation model. */
	static void show(IDocument document, Map<Annotation, Position> annotations) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IAnnotationModel model = buffer == null ? null : buffer.getAnnotationModel();
		if (model == null) {
			return;
		}
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof FindingAnnotation) {
				old.add(annotation);
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), annotations);
		} else {
			old.forEach(model::removeAnnotation);
			annotations.forEach(model::addAnnotation);
		}
	}

	/** A squiggle needs at least one character: an empty range is widened to the character at (or before) it. */
	private static Position position(int offset, int length, int textLength) {
		if (length > 0 || textLength == 0) {
			return new Position(offset, length);
		}
		return offset < textLength ? new Position(offset, 1) : new Position(offset - 1, 1);
	}

	private static int lineOneLength(String text) {
		int end = text.indexOf('\n');
		return end < 0 ? text.length() : end;
	}

	/** Validates again when another plan of the project changes on disk; stops listening once the editor is closed. */
	private void listenToOtherPlans(IFile own) {
		if (otherPlansListener != null) {
			return;
		}
		otherPlansListener = new IResourceChangeListener() {
			@Override
			public void resourceChanged(IResourceChangeEvent event) {
				IDocument current = document;
				if (current == null || FileBuffers.getTextFileBufferManager().getTextFileBuffer(current) == null) {
					ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
					return;
				}
				IResourceDelta projectDelta = event.getDelta() == null ? null : event.getDelta().findMember(own.getProject().getFullPath());
				if (projectDelta != null && touchesOtherPlan(projectDelta, own)) {
					revalidation.schedule(200);
				}
			}
		};
		ResourcesPlugin.getWorkspace().addResourceChangeListener(otherPlansListener, IResourceChangeEvent.POST_CHANGE);
	}

	private static boolean touchesOtherPlan(IResourceDelta delta, IFile own) {
		if (PlanFiles.isPlan(delta.getResource()) && !delta.getResource().equals(own)
				&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
			return true;
		}
		for (IResourceDelta child : delta.getAffectedChildren()) {
			if (touchesOtherPlan(child, own)) {
				return true;
			}
		}
		return false;
	}

}
