package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.transform.dsl.ui.builder.TransformBuilder;
import org.transform.dsl.ui.editor.FindingAnnotation;
import org.transform.dsl.ui.hover.HoverContent;
import org.transform.dsl.ui.hover.PlanHover;

/**
 * The workbench as the tests drive it: projects of plans, editors on them, typing, and waiting — with
 * the UI's events processed — until annotations, markers or popups show what is expected.
 */
final class PlanWorkbench {

	/** The organization the plans refer to. */
	static final String ACME = """
			organization Acme "Acme Corp"

			team Commercial "Commercial division"

			team Sales "Field sales" {
			    part-of Commercial
			}
			""";

	/** A plan without findings, using the organization's team. */
	static final String PLAN = """
			plan SalesTransformation "Shorter sales cycles" {
			    period 2026-01 to 2027-12
			}

			import Acme.*

			indicator SalesCycle "Sales cycle length" {
			    unit days
			    better lower
			    cadence monthly
			    status existing
			    measured-by "Median days from first meeting to signature"
			    source "CRM"
			    baseline 94 on 2026-01-31
			}

			goal CloseFaster "Close deals faster" {
			    owner Sales
			    lower SalesCycle to 60 by 2027-06
			}

			practice SharedAccountPlans "Account plans co-written" {
			    owner Sales
			    lowers SalesCycle
			}

			change WeeklyPlanReviews "Managers review account plans" {
			    lever leadership
			    supports SharedAccountPlans
			    owner Sales
			    from 2026-03
			}
			""";

	private static final AtomicInteger PROJECTS = new AtomicInteger();

	private PlanWorkbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A new, open project of its own for a test. */
	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name + "-" + PROJECTS.incrementAndGet());
		project.create(null);
		project.open(null);
		return project;
	}

	static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	static void write(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, false, null);
	}

	static ITextEditor open(IFile file) throws CoreException {
		IEditorPart part = IDE.openEditor(page(), file);
		ITextEditor editor = part.getAdapter(ITextEditor.class);
		if (editor == null) {
			fail("no text editor for " + file + ": " + part);
		}
		return editor;
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static IAnnotationModel annotationModel(ITextEditor editor) {
		return editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
	}

	/** Types the text at the offset, as one edit. */
	static void type(ITextEditor editor, int offset, String text) throws BadLocationException {
		document(editor).replace(offset, 0, text);
	}

	/**
	 * Types the characters at the caret key by key, as the keyboard does ({@code \r} is Enter): the
	 * editor's key listeners (content assist, auto-indent) see every key.
	 */
	static void typeKeys(StyledText text, String keys) {
		for (char key : keys.toCharArray()) {
			Event down = new Event();
			down.character = key;
			down.keyCode = key == '\r' ? SWT.CR : key;
			text.notifyListeners(SWT.KeyDown, down);
			Event up = new Event();
			up.character = key;
			up.keyCode = down.keyCode;
			text.notifyListeners(SWT.KeyUp, up);
			settle(40);
		}
	}

	/** The findings the editor shows while typing, as {@code code: message}. */
	static List<FindingAnnotation> findings(ITextEditor editor) {
		return findings(annotationModel(editor));
	}

	/** The editor's own findings among the annotations of the model. */
	static List<FindingAnnotation> findings(IAnnotationModel model) {
		List<FindingAnnotation> found = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof FindingAnnotation finding) {
				found.add(finding);
			}
		}
		return found;
	}

	/** The annotations of the editor (its own findings and the builder's markers) that show a finding with the code. */
	static List<Annotation> annotationsOf(ITextEditor editor, String code) {
		List<Annotation> found = new ArrayList<>();
		IAnnotationModel model = annotationModel(editor);
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof FindingAnnotation finding && code.equals(finding.getCode())
					|| annotation instanceof MarkerAnnotation marker && code.equals(marker.getMarker().getAttribute(TransformBuilder.CODE, null))) {
				found.add(annotation);
			}
		}
		return found;
	}

	/** The editor's text viewer. */
	static TextViewer viewer(ITextEditor editor) {
		return (TextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	/** The text hover the editor's viewer uses at the offset (as moving the mouse there does). */
	static ITextHover textHover(ITextEditor editor, int offset) throws ReflectiveOperationException {
		Method hoverAt = TextViewer.class.getDeclaredMethod("getTextHover", int.class, int.class);
		hoverAt.setAccessible(true);
		return (ITextHover) hoverAt.invoke(viewer(editor), offset, ITextViewerExtension2.DEFAULT_HOVER_STATE_MASK);
	}

	/** The plan's own text hover ({@code PlanHover}), once the editor has installed it. */
	static ITextHover planHover(ITextEditor editor, int offset) throws ReflectiveOperationException {
		waitFor("the plan's hover (installed once the editor is up)", () -> {
			try {
				return textHover(editor, offset) instanceof PlanHover;
			} catch (ReflectiveOperationException e) {
				throw new AssertionError(e);
			}
		}, 10_000, () -> "another hover");
		return textHover(editor, offset);
	}

	/** What the text hover at the offset shows, as its information object. */
	static Object hoverInfo(ITextEditor editor, int offset) throws ReflectiveOperationException {
		ITextHover hover = textHover(editor, offset);
		IRegion region = hover == null ? null : hover.getHoverRegion(viewer(editor), offset);
		if (region == null) {
			return null;
		}
		return hover instanceof ITextHoverExtension2 rich ? rich.getHoverInfo2(viewer(editor), region) : hover.getHoverInfo(viewer(editor), region);
	}

	/** What the editor's text hover shows at the offset: one entry per part of the hover (a finding, a marker, an element's summary). */
	static List<String> hoverEntries(ITextEditor editor, int offset) throws ReflectiveOperationException {
		Object info = hoverInfo(editor, offset);
		List<String> entries = new ArrayList<>();
		for (Object part : info instanceof Map<?, ?> parts ? parts.values() : info == null ? List.of() : List.of(info)) {
			if (part instanceof HoverContent content) {
				entries.addAll(content.entries());
			} else if (part instanceof Collection<?> markers) {
				markers.forEach(m -> entries.add(m instanceof IMarker marker ? marker.getAttribute(IMarker.MESSAGE, "") : String.valueOf(m)));
			} else {
				entries.add(String.valueOf(part));
			}
		}
		return entries;
	}

	/** The labels Ctrl+1 proposes at the offset. */
	static List<String> quickAssistProposals(ITextEditor editor, int offset) {
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		IQuickAssistProcessor processor = ((ISourceViewerExtension3) viewer).getQuickAssistAssistant().getQuickAssistProcessor();
		ICompletionProposal[] proposals = processor.computeQuickAssistProposals(new TextInvocationContext(viewer, offset, 0));
		return proposals == null ? List.of() : Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}

	static boolean hasFinding(ITextEditor editor, String code) {
		return findings(editor).stream().anyMatch(f -> code.equals(f.getCode()));
	}

	/** The file's Transform markers that have their message (a marker can show up first without). */
	static List<IMarker> markers(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(TransformBuilder.MARKER, false, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.MESSAGE, null) != null).toList();
		} catch (CoreException e) {
			return List.of();
		}
	}

	static List<IMarker> markers(IFile file, String code) {
		return markers(file).stream().filter(m -> code.equals(m.getAttribute(TransformBuilder.CODE, null))).toList();
	}

	/** Counts changes of the editor's annotation model, to wait for the next reconcile. */
	static AtomicInteger annotationChanges(ITextEditor editor) {
		AtomicInteger changes = new AtomicInteger();
		IAnnotationModelListener listener = model -> changes.incrementAndGet();
		annotationModel(editor).addAnnotationModelListener(listener);
		return changes;
	}

	/** Processes UI events until the condition holds; fails with the message (and what it shows) after the timeout. */
	static void waitFor(String what, BooleanSupplier condition, long millis, Supplier<Object> shown) {
		if (!waitUntil(condition, millis)) {
			fail("waited " + millis + " ms for " + what + "; found: " + shown.get());
		}
	}

	static boolean waitUntil(BooleanSupplier condition, long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(15);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return true;
	}

	/** Processes UI events for a while. */
	static void settle(long millis) {
		waitUntil(() -> false, millis);
	}

	/** The items of the visible tables of the workbench's popups (content assist, quick fix, references). */
	static List<String> popupItems() {
		List<String> items = new ArrayList<>();
		eachPopupItem(item -> items.add(item.getText()));
		return items;
	}

	/** The selected items of the visible tables of the workbench's popups (what Enter takes in content assist). */
	static List<String> selectedPopupItems() {
		List<String> items = new ArrayList<>();
		eachPopupItem(item -> {
			if (Arrays.asList(item.getParent().getSelection()).contains(item)) {
				items.add(item.getText());
			}
		});
		return items;
	}

	/** The icons of the items of the visible tables of the workbench's popups. */
	static List<Image> popupImages() {
		List<Image> images = new ArrayList<>();
		eachPopupItem(item -> images.add(item.getImage()));
		return images;
	}

	private static void eachPopupItem(Consumer<TableItem> action) {
		for (Shell shell : Display.getCurrent().getShells()) {
			eachItem(shell, action);
		}
	}

	private static void eachItem(Control control, Consumer<TableItem> action) {
		if (control instanceof Table table && table.isVisible()) {
			for (TableItem item : table.getItems()) {
				action.accept(item);
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				eachItem(child, action);
			}
		}
	}

	/** The Problems view's tree, the view shown but not activated (its viewer is the view's selection provider). */
	static Tree problemsTree() throws PartInitException {
		IViewPart view = page().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		return (Tree) ((Viewer) view.getSite().getSelectionProvider()).getControl();
	}

	/** Opens the Problems view's groups (Errors, Warnings, Infos) as a click on their arrows does: the viewer creates the rows on the expand event. */
	static void expandProblemGroups(Tree tree) {
		for (TreeItem item : tree.getItems()) {
			if (!item.getExpanded()) {
				Event expand = new Event();
				expand.item = item;
				tree.notifyListeners(SWT.Expand, expand);
				item.setExpanded(true);
			}
		}
	}

	/** The Problems view's finding rows (inside the groups), once the groups are opened. */
	static List<TreeItem> problemRows(Tree tree) {
		expandProblemGroups(tree);
		List<TreeItem> rows = new ArrayList<>();
		for (TreeItem group : tree.getItems()) {
			rows.addAll(Arrays.asList(group.getItems()));
		}
		return rows;
	}

	/** The text field of the popup that is open (Quick Outline's filter). */
	static Text popupText() {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell != workbench && shell.isVisible()) {
				Text text = findText(shell);
				if (text != null) {
					return text;
				}
			}
		}
		return fail("no popup with a text field is open");
	}

	private static Text findText(Control control) {
		if (control instanceof Text text) {
			return text;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = findText(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Closes the editors and the popups a test left open, and deletes the workspace's projects. */
	static void closeEditors() {
		Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell != workbench && !shell.isDisposed()) {
				shell.close();
			}
		}
		page().closeAllEditors(false);
		try {
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				project.delete(true, true, null);
			}
		} catch (CoreException e) {
			fail("the test's projects could not be deleted: " + e);
		}
	}
}
