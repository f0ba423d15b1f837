package org.transform.dsl.ui.diagram;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.generator.diagram.DiagramKind;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.ui.editor.PlanEditors;
import org.transform.dsl.ui.navigation.Places;
import org.transform.dsl.ui.workspace.PlanCores;

/**
 * Window → Show View → Transform Diagram: a diagram of the plan in the active editor (the impact map
 * by default; team alignment, roadmap or tool landscape from the view's toolbar), findings drawn on
 * it, drawn by the language's diagram generator. It follows the active editor and is drawn again when
 * the plan is saved. The toolbar zooms in and out and fits the picture (title and legend included)
 * to the view; a new plan is shown from its top.
 */
public class TransformDiagramView extends ViewPart {

	public static final String ID = "org.transform.dsl.ui.diagramView";

	private Label status;
	private ScrolledComposite scroller;
	private Canvas canvas;
	private Image image;
	/** The title and legend, pinned above the picture while its own are scrolled out of view. */
	private Canvas legend;
	private DiagramGenerator.Layout layout;
	private ITextEditor shown;
	private int drawings;
	private DiagramKind kind = DiagramKind.IMPACT_MAP;
	private double zoom = 1;
	private boolean fit;
	private final List<IAction> kindActions = new ArrayList<>();
	/** Whether the next picture is shown from its top (another plan or kind), or where the last one was scrolled to (the same plan saved). */
	private boolean showFromTop = true;

	/** The zoom steps, from a fifth to four times the drawn size. */
	static final double[] ZOOMS = {0.2, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4};

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
		status.setText("Open a plan to see its diagrams.");
		legend = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		GridData legendData = new GridData(SWT.FILL, SWT.TOP, true, false);
		legendData.exclude = true;
		legend.setLayoutData(legendData);
		legend.setVisible(false);
		legend.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		legend.addPaintListener(e -> {
			int band = legendBand();
			if (band > 0) { // the picture's own title and legend, at the drawn size
				Rectangle bounds = image.getBounds();
				e.gc.drawImage(image, 0, 0, bounds.width, band, 0, 0, bounds.width, band);
			}
		});
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> {
			if (image != null && !image.isDisposed()) {
				Rectangle bounds = image.getBounds();
				e.gc.setInterpolation(SWT.HIGH);
				e.gc.drawImage(image, 0, 0, bounds.width, bounds.height, 0, 0, scaled(bounds.width), scaled(bounds.height));
			}
		});
		canvas.addListener(SWT.MouseDoubleClick, e -> revealAt(e.x, e.y));
		canvas.setToolTipText("Double-click an element to go to it in the plan");
		scroller.setContent(canvas);
		scroller.getVerticalBar().addListener(SWT.Selection, e -> updateLegend());
		scroller.getHorizontalBar().addListener(SWT.Selection, e -> updateLegend());
		scroller.addListener(SWT.Resize, e -> {
			if (fit) {
				fitToView();
			}
		});
		contributeToolbar();
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
		showFromTop = true;
		draw(editor);
	}

	private void contributeToolbar() {
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		for (DiagramKind each : DiagramKind.values()) {
			IAction action = new Action(each.title(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						showKind(each);
					}
				}
			};
			action.setId(each.fileName());
			action.setToolTipText("Show the plan's " + each.title().toLowerCase(Locale.ROOT));
			action.setChecked(each == kind);
			kindActions.add(action);
			menu.add(action);
		}
		toolbar.add(new Action("Diagram kind", IAction.AS_DROP_DOWN_MENU) {
			{
				setToolTipText("Choose the diagram: impact map, team alignment, roadmap or tool landscape");
				setText(kind.title());
				setMenuCreator(new KindMenu());
			}

			@Override
			public void run() {
				DiagramKind[] kinds = DiagramKind.values();
				showKind(kinds[(kind.ordinal() + 1) % kinds.length]);
			}
		});
		toolbar.add(new Separator());
		toolbar.add(action("Zoom In", "Zoom in (+)", () -> zoomBy(+1)));
		toolbar.add(action("Zoom Out", "Zoom out (-)", () -> zoomBy(-1)));
		toolbar.add(action("Fit", "Fit the whole diagram, legend included, to the view", this::fitToView));
		toolbar.add(action("100%", "Show the diagram at its drawn size", () -> setZoom(1)));
		getViewSite().getActionBars().updateActionBars();
	}

	private static IAction action(String text, String tooltip, Runnable run) {
		IAction action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	/** The drop-down of the toolbar's diagram-kind button. */
	private final class KindMenu implements IMenuCreator {
		private Menu menu;

		@Override
		public Menu getMenu(Control parent) {
			dispose();
			menu = new Menu(parent);
			for (IAction action : kindActions) {
				new ActionContributionItem(action).fill(menu, -1);
			}
			return menu;
		}

		@Override
		public Menu getMenu(Menu parent) {
			return null;
		}

		@Override
		public void dispose() {
			if (menu != null && !menu.isDisposed()) {
				menu.dispose();
			}
			menu = null;
		}
	}

	/** Shows the plan's diagram of the kind (as the toolbar's menu does). */
	public void showKind(DiagramKind kind) {
		this.kind = kind;
		kindActions.forEach(a -> a.setChecked(a.getId().equals(kind.fileName())));
		for (IContributionItem item : getViewSite().getActionBars().getToolBarManager().getItems()) {
			if (item instanceof ActionContributionItem contribution && contribution.getAction().getStyle() == IAction.AS_DROP_DOWN_MENU) {
				contribution.getAction().setText(kind.title());
			}
		}
		getViewSite().getActionBars().getToolBarManager().update(true);
		showFromTop = true;
		if (shown != null) {
			draw(shown);
		}
	}

	/** The kind of diagram shown. */
	public DiagramKind kind() {
		return kind;
	}

	/** Zooms one step in (+1) or out (-1). */
	public void zoomBy(int steps) {
		int index = 0;
		while (index < ZOOMS.length - 1 && ZOOMS[index] < zoom - 1e-6) {
			index++;
		}
		if (steps < 0 && ZOOMS[index] > zoom + 1e-6) {
			index--; // between two steps: the next one out is the one below
		}
		setZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, index + steps))]);
	}

	/** Shows the picture at the scale (1 is the drawn size). */
	public void setZoom(double zoom) {
		this.fit = false;
		applyZoom(zoom);
	}

	/** Scales the picture to show all of it (title and legend too) in the view, and keeps it so as the view is resized. */
	public void fitToView() {
		fit = true;
		if (image == null || image.isDisposed()) {
			return;
		}
		Rectangle area = scroller.getClientArea();
		Rectangle bounds = image.getBounds();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		applyZoom(Math.min(1, Math.min((double) area.width / bounds.width, (double) area.height / bounds.height)));
	}

	private void applyZoom(double zoom) {
		this.zoom = zoom;
		if (image != null && !image.isDisposed()) {
			canvas.setSize(scaled(image.getBounds().width), scaled(image.getBounds().height));
		}
		canvas.redraw();
		updateLegend();
	}

	/** The height, in the picture's pixels, of its title and legend band; 0 when nothing is shown. */
	private int legendBand() {
		if (image == null || image.isDisposed() || layout == null || layout.width() <= 0) {
			return 0;
		}
		return (int) Math.ceil(layout.header() * image.getBounds().width / layout.width());
	}

	/**
	 * Pins the title and legend above the picture, at their drawn size, while the picture's own are
	 * out of view (scrolled away when zoomed in), so that the colours can always be read.
	 */
	private void updateLegend() {
		if (legend == null || legend.isDisposed()) {
			return;
		}
		int band = legendBand();
		Point origin = scroller.getOrigin();
		boolean pin = band > 0 && (origin.y > 0 || origin.x > 0);
		GridData data = (GridData) legend.getLayoutData();
		if (data.exclude == pin || pin && data.heightHint != band) {
			data.exclude = !pin;
			data.heightHint = pin ? band : 0;
			legend.setVisible(pin);
			legend.getParent().layout(true, true);
		}
		legend.redraw();
	}

	/** Whether the title and legend are pinned above the picture (its own are scrolled out of view). */
	public boolean legendPinned() {
		return legend != null && !legend.isDisposed() && legend.getVisible();
	}

	/** Opens the plan where the element drawn at the point of the picture is declared; false if no element is drawn there. */
	public boolean revealAt(int x, int y) {
		String element = elementAt(x, y);
		if (element == null || shown == null) {
			return false;
		}
		try {
			Places.Place place = PlanCores.await(PlanCores.get().read(PlanEditors.document(shown), context -> DiagramElements.declaration(context, element)),
					null);
			if (place == null) {
				status.setText(element + " is not declared in the project's plans.");
				return false;
			}
			place.open(getSite().getPage(), shown);
			return true;
		} catch (CoreException | RuntimeException e) {
			status.setText(element + " could not be shown in its plan: " + e.getMessage());
			return false;
		}
	}

	/** The qualified name of the element drawn at the point of the canvas, or null. */
	public String elementAt(int x, int y) {
		if (image == null || image.isDisposed() || layout == null || layout.width() <= 0) {
			return null;
		}
		double scale = zoom * image.getBounds().width / layout.width(); // canvas pixels per diagram unit
		return DiagramElements.at(layout, x / scale, y / scale);
	}

	/** Where the element is drawn on the canvas, or null if it is not in the diagram. */
	public Rectangle drawnAt(String element) {
		if (image == null || image.isDisposed() || layout == null || layout.width() <= 0) {
			return null;
		}
		double scale = zoom * image.getBounds().width / layout.width();
		return layout.elements().stream().filter(p -> p.element().equals(element)).findFirst()
				.map(p -> new Rectangle((int) (p.x() * scale), (int) (p.y() * scale), (int) (p.width() * scale), (int) (p.height() * scale)))
				.orElse(null);
	}

	/** The scale the picture is shown at. */
	public double zoom() {
		return zoom;
	}

	/** Where the view is scrolled to. */
	public Point origin() {
		return scroller.getOrigin();
	}

	/** Scrolls the view (as its scroll bars do). */
	public void scrollTo(int x, int y) {
		scroller.setOrigin(x, y);
		updateLegend();
	}

	/** The size the picture is shown at, and the size of the view's area for it. */
	public Rectangle[] shownAndAvailable() {
		return new Rectangle[] {canvas.getBounds(), scroller.getClientArea()};
	}

	private int scaled(int size) {
		return (int) Math.round(size * zoom);
	}

	/** Draws the impact map of the editor's plan in the background and shows it. */
	private void draw(ITextEditor editor) {
		IDocument document = PlanEditors.document(editor);
		if (document == null) {
			return;
		}
		String name = editor.getEditorInput().getName();
		DiagramKind drawn = kind;
		Job job = Job.create(drawn.title() + " of " + name, monitor -> {
			byte[] png;
			String message;
			DiagramGenerator.Layout drawnLayout = null;
			try {
				Drawing drawing = PlanCores.await(PlanCores.get().read(document, (core, context) -> drawing(core, context, drawn)), monitor);
				png = drawing.png();
				drawnLayout = drawing.layout();
				message = drawing.planName() == null
						? name + " is not a plan (an organization file has no " + drawn.title().toLowerCase(Locale.ROOT) + ")."
						: drawn.title() + " of " + drawing.planName() + " (" + name + ")";
			} catch (Exception | LinkageError e) {
				png = null;
				message = "The " + drawn.title().toLowerCase(Locale.ROOT) + " of " + name + " could not be drawn: " + e.getMessage();
			}
			byte[] picture = png;
			String text = message;
			DiagramGenerator.Layout elements = drawnLayout;
			if (canvas != null && !canvas.isDisposed()) {
				canvas.getDisplay().asyncExec(() -> {
					if (drawn == kind) { // else a picture of the newly chosen kind is on its way
						layout = elements;
						show(picture, text);
					}
				});
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

	/** A picture of a plan and where its elements are drawn; no picture for a file that is not a plan. */
	private record Drawing(String planName, byte[] png, DiagramGenerator.Layout layout) {
	}

	/**
	 * Draws the plan as the workspace core holds it, with the core's findings of every plan of its
	 * workspace on the elements they concern: nothing is parsed or validated again.
	 */
	private static Drawing drawing(PlanCore core, ILanguageServerAccess.Context context, DiagramKind kind) {
		XtextResource resource = PlanCores.resource(context);
		String planName = planName(resource);
		if (planName == null) {
			return new Drawing(null, null, null);
		}
		PlanAnalysis analysis = PlanCores.service(context, PlanAnalyzer.class).analyze(resource);
		List<Finding> findings = new ArrayList<>();
		for (Resource file : resource.getResourceSet().getResources()) {
			findings.addAll(core.findings(file.getURI()));
		}
		DiagramGenerator generator = PlanCores.service(context, DiagramGenerator.class);
		return new Drawing(planName, generator.png(kind, analysis, findings, planName), generator.layout(kind, analysis, findings, planName));
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
			canvas.setSize(scaled(image.getBounds().width), scaled(image.getBounds().height));
		} else {
			canvas.setSize(0, 0);
		}
		drawings++;
		status.getParent().layout(true, true);
		if (fit) {
			fitToView();
		}
		if (showFromTop) {
			// another plan or kind: from its top-left corner (title and legend), not where the last one was scrolled to
			scroller.setOrigin(0, 0);
			showFromTop = false;
		}
		canvas.redraw();
		updateLegend();
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
