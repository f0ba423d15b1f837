package org.transform.dsl.ui.editor;

import org.eclipse.core.filebuffers.IAnnotationModelFactory;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
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
