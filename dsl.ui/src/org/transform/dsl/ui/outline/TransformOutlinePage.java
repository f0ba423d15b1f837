package org.transform.dsl.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.transform.dsl.ui.PlanIcons;
import org.transform.dsl.ui.editor.PlanEditors;
import org.transform.dsl.ui.workspace.PlanCores;

/**
 * The Outline view of a plan: the plan (or organization) holding its elements, as the IDE services'
 * document symbols give them ({@code SalesCycle — indicator Sales cycle length}). Selecting an entry
 * selects the element's name in the editor; the tree follows the text half a second after typing stops, read from the workspace core.
 */
public class TransformOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	/** The entries the tree shows (UI thread only); {@code null} until the first are shown. */
	private List<DocumentSymbol> shown;
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refresh.schedule(500);
		}
	};
	private final Job refresh = Job.create("Outline of the plan", monitor -> {
		List<DocumentSymbol> symbols = symbols();
		Control control = getControl();
		if (control != null && !control.isDisposed()) {
			control.getDisplay().asyncExec(() -> show(symbols));
		}
		return Status.OK_STATUS;
	});

	public TransformOutlinePage(ITextEditor editor) {
		this.editor = editor;
		refresh.setSystem(true);
	}

	/** The symbols of the editor's plan, or none when it cannot be read. */
	public List<DocumentSymbol> symbols() {
		IDocument document = PlanEditors.document(editor);
		if (document == null) {
			return List.of();
		}
		try {
			return PlanCores.await(PlanCores.get().read(document, context -> PlanCores.service(context, HierarchicalDocumentSymbolService.class)
					.getSymbols(context.getDocument(), PlanCores.resource(context),
							new DocumentSymbolParams(new TextDocumentIdentifier(context.getResource().getURI().toString())), context.getCancelChecker())),
					null);
		} catch (Exception e) {
			return List.of();
		}
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setComparer(new SameEntry());
		viewer.setContentProvider(new SymbolTree());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((DocumentSymbol) element);
			}

			@Override
			public Image getImage(Object element) {
				return PlanIcons.of((DocumentSymbol) element);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof DocumentSymbol symbol) {
				reveal(symbol);
			}
		});
		IDocument document = PlanEditors.document(editor);
		if (document != null) {
			document.addDocumentListener(documentListener);
		}
		// the symbols come from the workspace core, which may still be loading the plans: never waited for here, on the UI thread
		refresh.schedule();
	}

	/** {@code name — details}, as the entry reads in the tree. */
	public static String label(DocumentSymbol symbol) {
		return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName() : symbol.getName() + " — " + symbol.getDetail();
	}

	/**
	 * Shows the plan's entries. When only their places in the text, titles or details changed (most
	 * keystrokes), the entries shown take the new ones' and the tree stays as the author left it
	 * (expanded, collapsed, selected); otherwise it is built again with the same entries expanded.
	 * Building the tree of a 5,000-line plan again on every pause in typing cost the UI thread about
	 * 10 ms and collapsed what the author had opened.
	 */
	private void show(List<DocumentSymbol> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (shown != null && sameEntries(shown, symbols)) {
			List<DocumentSymbol> relabelled = new ArrayList<>();
			takeOver(shown, symbols, relabelled);
			if (!relabelled.isEmpty()) {
				viewer.update(relabelled.toArray(), null);
			}
			return;
		}
		Object[] expanded = shown == null || shown.isEmpty() ? null : viewer.getExpandedElements();
		viewer.setInput(symbols);
		if (expanded == null) {
			viewer.expandToLevel(2);
		} else {
			viewer.setExpandedElements(expanded);
		}
		shown = symbols;
	}

	/** Whether the two trees have the same entries (names and kinds) in the same order. */
	private static boolean sameEntries(List<DocumentSymbol> shown, List<DocumentSymbol> symbols) {
		if (shown.size() != symbols.size()) {
			return false;
		}
		for (int i = 0; i < shown.size(); i++) {
			DocumentSymbol old = shown.get(i);
			DocumentSymbol now = symbols.get(i);
			if (!Objects.equals(old.getName(), now.getName()) || old.getKind() != now.getKind()
					|| !sameEntries(children(old), children(now))) {
				return false;
			}
		}
		return true;
	}

	/** The shown entries take the new ones' places and details; those whose label changed are collected. */
	private static void takeOver(List<DocumentSymbol> shown, List<DocumentSymbol> symbols, List<DocumentSymbol> relabelled) {
		for (int i = 0; i < shown.size(); i++) {
			DocumentSymbol old = shown.get(i);
			DocumentSymbol now = symbols.get(i);
			old.setRange(now.getRange());
			old.setSelectionRange(now.getSelectionRange());
			if (!Objects.equals(old.getDetail(), now.getDetail())) {
				old.setDetail(now.getDetail());
				relabelled.add(old);
			}
			takeOver(children(old), children(now), relabelled);
		}
	}

	private static List<DocumentSymbol> children(DocumentSymbol symbol) {
		return symbol.getChildren() == null ? List.of() : symbol.getChildren();
	}

	private void reveal(DocumentSymbol symbol) {
		IDocument document = PlanEditors.document(editor);
		if (document == null) {
			return;
		}
		try {
			var range = symbol.getSelectionRange() != null ? symbol.getSelectionRange() : symbol.getRange();
			int start = document.getLineOffset(range.getStart().getLine()) + range.getStart().getCharacter();
			int end = document.getLineOffset(range.getEnd().getLine()) + range.getEnd().getCharacter();
			editor.selectAndReveal(start, Math.max(0, end - start));
		} catch (org.eclipse.jface.text.BadLocationException e) {
			// the outline is older than the text: the next refresh brings it in step
		}
	}

	@Override
	public void dispose() {
		IDocument document = PlanEditors.document(editor);
		if (document != null) {
			document.removeDocumentListener(documentListener);
		}
		refresh.cancel();
		super.dispose();
	}

	/** An entry of a newer tree is the same as one of an older tree when its name and kind are: what keeps it expanded or selected. */
	private static final class SameEntry implements IElementComparer {

		@Override
		public boolean equals(Object a, Object b) {
			return a == b || a instanceof DocumentSymbol one && b instanceof DocumentSymbol other && Objects.equals(one.getName(), other.getName())
					&& one.getKind() == other.getKind();
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof DocumentSymbol symbol ? Objects.hash(symbol.getName(), symbol.getKind()) : element.hashCode();
		}
	}

	/** Entries and their children. */
	private static final class SymbolTree implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof List<?> list ? list.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
			return children == null ? new Object[0] : children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
			return children != null && !children.isEmpty();
		}
	}
}
