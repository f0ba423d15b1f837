package org.transform.dsl.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.IProjectionListener;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.transform.dsl.ui.preferences.TransformPreferences;

/**
 * Folding of a plan: one fold per block that spans lines, from the line of its {@code {} to the line
 * of its {@code }} (braces in strings and comments do not count). The folds are computed again from
 * the whole text after every pause in typing, so they never go stale (the Generic Editor's default
 * folding follows indentation and updates only the edited region).
 */
public class PlanFolding extends MonoReconciler {

	private final Blocks blocks;

	public PlanFolding() {
		this(new Blocks());
	}

	private PlanFolding(Blocks blocks) {
		super(blocks, false);
		this.blocks = blocks;
		setDelay(TransformPreferences.validationDelay());
	}

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		if (viewer instanceof ProjectionViewer projection) {
			blocks.viewer = projection;
			projection.addProjectionListener(blocks);
		}
	}

	@Override
	public void uninstall() {
		if (blocks.viewer != null) {
			blocks.viewer.removeProjectionListener(blocks);
		}
		super.uninstall();
	}

	/** The regions a plan folds: each block spanning lines, as the positions of its whole lines. */
	public static List<Position> blocks(String text) {
		List<Position> blocks = new ArrayList<>();
		List<Integer> open = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"') {
				i = skipString(text, i);
				continue;
			}
			if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
				int end = text.indexOf('\n', i);
				i = end < 0 ? text.length() : end;
				continue;
			}
			if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				i = end < 0 ? text.length() : end + 2;
				continue;
			}
			if (c == '{') {
				open.add(i);
			} else if (c == '}' && !open.isEmpty()) {
				int start = text.lastIndexOf('\n', open.remove(open.size() - 1)) + 1;
				int lineEnd = text.indexOf('\n', i);
				int end = lineEnd < 0 ? text.length() : lineEnd + 1;
				if (text.substring(start, i).indexOf('\n') >= 0) {
					blocks.add(new Position(start, end - start));
				}
			}
			i++;
		}
		blocks.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		return blocks;
	}

	private static int skipString(String text, int quote) {
		int i = quote + 1;
		while (i < text.length() && text.charAt(i) != '"') {
			i += text.charAt(i) == '\\' ? 2 : 1;
		}
		return i + 1;
	}

	/** Keeps the viewer's folds equal to the plan's blocks. */
	static final class Blocks implements IReconcilingStrategy, IReconcilingStrategyExtension, IProjectionListener {

		private volatile IDocument document;
		private volatile ProjectionViewer viewer;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			update();
		}

		@Override
		public void reconcile(IRegion partition) {
			update();
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}

		@Override
		public void initialReconcile() {
			update();
		}

		@Override
		public void projectionEnabled() {
			update();
		}

		@Override
		public void projectionDisabled() {
		}

		private void update() {
			IDocument current = document;
			ProjectionViewer projection = viewer;
			ProjectionAnnotationModel model = projection == null ? null : projection.getProjectionAnnotationModel();
			if (current == null || model == null) {
				return;
			}
			String text = current.get();
			List<Position> wanted = blocks(text);
			List<Annotation> gone = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (!(annotation instanceof ProjectionAnnotation) || position == null || !wanted.remove(position)) {
					gone.add(annotation);
				}
			}
			Map<Annotation, Position> added = new HashMap<>();
			for (Position block : wanted) {
				added.put(new ProjectionAnnotation(), block);
			}
			if (!text.equals(current.get())) {
				return; // typed on: the next pause folds the newer text
			}
			if (!gone.isEmpty() || !added.isEmpty()) {
				model.modifyAnnotations(gone.toArray(Annotation[]::new), added, null);
			}
		}
	}
}
