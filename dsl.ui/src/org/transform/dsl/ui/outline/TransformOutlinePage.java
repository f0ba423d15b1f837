package org.transform.dsl.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
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

	private void show(List<DocumentSymbol> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(symbols);
		viewer.expandToLevel(2);
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
