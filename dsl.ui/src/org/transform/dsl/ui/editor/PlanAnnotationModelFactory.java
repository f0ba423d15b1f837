package org.transform.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Map;

import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.ui.texteditor.ResourceMarkerAnnotationModel;
import org.transform.dsl.ui.builder.TransformBuilder;

/**
 * The annotation model of a plan open in an editor: the platform's markers (bookmarks, tasks...) but
 * not the builder's findings, since the editor shows its own, current findings while the author types
 * ({@link FindingAnnotation}). Without this, after a save every finding was there twice: in the
 * overview ruler, in the hover and in Ctrl+1. The findings stay markers for the Problems view.
 */
public class PlanAnnotationModelFactory implements IAnnotationModelFactory {

	@Override
	public IAnnotationModel createAnnotationModel(IPath location) {
		IResource file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(location);
		if (file == null) {
			file = ResourcesPlugin.getWorkspace().getRoot().findMember(location);
		}
		return file == null ? new AnnotationModel() : new PlanMarkers(file);
	}

	/** The file's markers less the builder's findings. */
	static final class PlanMarkers extends ResourceMarkerAnnotationModel {

		PlanMarkers(IResource file) {
			super(file);
		}

		/**
		 * Removes and adds the editor's findings in one event. When a check left them as they were, the
		 * event is a {@link FindingsShown} without changes: listeners that wait for the check of the
		 * current text (tests, the benchmark) learn it, and the squiggles' painter has nothing to redraw.
		 */
		void replaceFindings(Annotation[] removed, Map<Annotation, Position> added) {
			if (removed.length == 0 && added.isEmpty()) {
				fireModelChanged(new FindingsShown(this));
			} else {
				replaceAnnotations(removed, added);
			}
		}

		/**
		 * JFace drops events without changes; a {@link FindingsShown} is sent to this model's own
		 * listeners all the same (the viewer's model, which forwards to the painters, drops it).
		 */
		@Override
		protected void fireModelChanged(AnnotationModelEvent event) {
			if (!(event instanceof FindingsShown)) {
				super.fireModelChanged(event);
				return;
			}
			event.markSealed();
			for (IAnnotationModelListener listener : new ArrayList<>(fAnnotationModelListeners)) {
				if (listener instanceof IAnnotationModelListenerExtension extension) {
					extension.modelChanged(event);
				} else if (listener != null) {
					listener.modelChanged(this);
				}
			}
		}

		@Override
		protected boolean isAcceptable(IMarker marker) {
			return super.isAcceptable(marker) && !isFinding(marker);
		}

		private static boolean isFinding(IMarker marker) {
			try {
				return marker.isSubtypeOf(TransformBuilder.MARKER);
			} catch (CoreException e) {
				return true; // gone by now: nothing to show
			}
		}
	}
}
