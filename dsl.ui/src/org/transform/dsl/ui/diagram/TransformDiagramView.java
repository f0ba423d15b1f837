package org.transform.dsl.ui.diagram;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.ui.TransformLanguage;
import org.transform.dsl.ui.editor.PlanEditors;
import org.transform.dsl.ui.workspace.EditedPlan;

/**
 * Window → Show View → Transform Diagram: the impact map of the plan in the active editor (goal →
 * indicator → practice → changes, findings drawn on it), drawn by the language's diagram generator. It
 * follows the active editor and is drawn again when the plan is saved.
 */
public class TransformDiagramView extends ViewPart {

	public static final String ID = "org.transform.dsl.ui.diagramView";

	private Label status;
	private ScrolledComposite scroller;
	private Canvas canvas;
	private Image image;
	private ITextEditor shown;
	private int drawings;

	private final IPropertyListener saved = (source, property) -> {
		if (property == IEditorPart.PROP_DIRTY && source == shown && !shown.isDirty()) {
			draw(shown);
		}
	};

	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			follow(reference);
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			follow(reference);
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (shown != null && reference.getPart(false) == shown) {
				shown.removePropertyListener(saved);
				shown = null;
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status.setText("Open a plan to see its impact map.");
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> {
			if (image != null && !image.isDisposed()) {
				e.gc.drawImage(image, 0, 0);
			}
		});
		scroller.setContent(canvas);
		getSite().getPage().addPartListener(editors);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active != null) {
			follow(active);
		}
	}

	private void follow(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart part) {
			follow(part);
		}
	}

	private void follow(IEditorPart part) {
		ITextEditor editor = PlanEditors.planEditor(part);
		if (editor == null || editor == shown) {
			return;
		}
		if (shown != null) {
			shown.removePropertyListener(saved);
		}
		shown = editor;
		editor.addPropertyListener(saved);
		draw(editor);
	}

	/** Draws the impact map of the editor's plan in the background and shows it. */
	private void draw(ITextEditor editor) {
		IDocument document = PlanEditors.document(editor);
		if (document == null) {
			return;
		}
		String name = editor.getEditorInput().getName();
		Job job = Job.create("Impact map of " + name, monitor -> {
			byte[] png;
			String message;
			try {
				EditedPlan plan = EditedPlan.of(document);
				String planName = planName(plan.resource());
				if (planName == null) {
					png = null;
					message = name + " is not a plan (an organization file has no impact map).";
				} else {
					PlanAnalysis analysis = TransformLanguage.injector().getInstance(PlanAnalyzer.class).analyze(plan.resource());
					png = TransformLanguage.injector().getInstance(DiagramGenerator.class).png(DiagramKind.IMPACT_MAP, analysis,
							findings(plan), planName);
					message = "Impact map of " + planName + " (" + name + ")";
				}
			} catch (Exception | LinkageError e) {
				png = null;
				message = "The impact map of " + name + " could not be drawn: " + e.getMessage();
			}
			byte[] picture = png;
			String text = message;
			if (canvas != null && !canvas.isDisposed()) {
				canvas.getDisplay().asyncExec(() -> show(picture, text));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static String planName(XtextResource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof TransformFile file
				&& file.getHeader() instanceof Plan plan ? plan.getName() : null;
	}

	/** The findings of every plan of the project, drawn on the elements they concern. */
	private static List<Issue> findings(EditedPlan plan) {
		List<Issue> findings = new ArrayList<>();
		for (var resource : plan.plans().resourceSet().getResources()) {
			if (resource instanceof XtextResource xtext) {
				findings.addAll(plan.plans().validate(xtext, CancelIndicator.NullImpl));
			}
		}
		return findings;
	}

	private void show(byte[] png, String text) {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		status.setText(text);
		if (image != null) {
			image.dispose();
			image = null;
		}
		if (png != null) {
			image = new Image(canvas.getDisplay(), new ByteArrayInputStream(png));
			Point size = new Point(image.getBounds().width, image.getBounds().height);
			canvas.setSize(size);
		} else {
			canvas.setSize(0, 0);
		}
		drawings++;
		status.getParent().layout(true, true);
		canvas.redraw();
	}

	/** The picture shown (null when there is none), for tests. */
	public Image image() {
		return image;
	}

	/** The line above the picture: what it shows, or why there is none. */
	public String statusText() {
		return status.getText();
	}

	/** How many times a picture (or a reason for none) was shown. */
	public int drawings() {
		return drawings;
	}

	@Override
	public void setFocus() {
		scroller.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (shown != null) {
			shown.removePropertyListener(saved);
		}
		if (image != null) {
			image.dispose();
		}
		super.dispose();
	}
}
