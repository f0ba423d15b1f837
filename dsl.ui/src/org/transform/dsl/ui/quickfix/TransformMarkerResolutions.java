package org.transform.dsl.ui.quickfix;

import java.util.Collections;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.transform.dsl.ui.builder.TransformBuilder;
import org.transform.dsl.ui.workspace.PlanFiles;

/**
 * Quick fixes on the Problems view's markers. The fixes are computed on the plan's current text (the
 * editor's, if it is open), for the finding the marker stands for; applying one edits that text, and
 * saves the file when no editor has it open.
 */
public class TransformMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(TransformBuilder.CODE, null);
		return code != null && marker.getResource() instanceof IFile && QuickFixes.handles(code);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		try {
			return fixes(marker).stream().map(fix -> new Resolution(fix)).toArray(IMarkerResolution[]::new);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).warn("No quick fixes for " + marker.getAttribute(IMarker.MESSAGE, "a finding") + ": " + e);
			return new IMarkerResolution[0];
		}
	}

	/** The fixes of the finding the marker stands for, on the file's current text. */
	static List<QuickFixes.Fix> fixes(IMarker marker) throws CoreException {
		IFile file = (IFile) marker.getResource();
		return withDocument(file, document -> {
			Integer offset = offset(marker, document);
			return QuickFixes.of(document, findings -> Collections.singletonList(QuickFixes.find(findings,
					marker.getAttribute(TransformBuilder.CODE, null), offset, marker.getAttribute(IMarker.MESSAGE, null)))).get(0);
		});
	}

	/** Where the marker is in the document now: the editor moves it as text is typed before it. */
	private static Integer offset(IMarker marker, IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IAnnotationModel model = buffer == null ? null : buffer.getAnnotationModel();
		if (model != null) {
			for (var it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof MarkerAnnotation annotation && marker.equals(annotation.getMarker())) {
					Position position = model.getPosition(annotation);
					if (position != null) {
						return position.getOffset();
					}
				}
			}
		}
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		return start < 0 ? null : start;
	}

	private interface DocumentWork<T> {
		T run(IDocument document) throws CoreException, BadLocationException;
	}

	/** Runs the work on the file's document (the editor's, if open), and saves it afterwards if no editor holds it. */
	private static <T> T withDocument(IFile file, DocumentWork<T> work) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			boolean openElsewhere = buffer.isShared();
			T result = work.run(buffer.getDocument());
			if (!openElsewhere && buffer.isDirty()) {
				buffer.commit(null, true);
			}
			return result;
		} catch (BadLocationException e) {
			throw new IllegalStateException("a quick fix does not fit the text of " + file.getName(), e);
		} finally {
			manager.disconnect(path, LocationKind.IFILE, null);
		}
	}

	private static final class Resolution implements IMarkerResolution2 {

		private final QuickFixes.Fix fix;

		Resolution(QuickFixes.Fix fix) {
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return fix.label();
		}

		@Override
		public org.eclipse.swt.graphics.Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			if (!(marker.getResource() instanceof IFile file) || !PlanFiles.isPlan(file)) {
				return;
			}
			try {
				withDocument(file, document -> {
					if (fix.applyTo(document)) {
						return true;
					}
					// the text changed since the fixes were offered: the same fix, computed on the new text
					for (QuickFixes.Fix again : fixes(marker)) {
						if (again.label().equals(fix.label())) {
							return again.applyTo(document);
						}
					}
					return false;
				});
			} catch (CoreException | RuntimeException e) {
				ILog.of(TransformMarkerResolutions.class).warn("The quick fix '" + fix.label() + "' could not be applied: " + e);
			}
		}
	}
}
