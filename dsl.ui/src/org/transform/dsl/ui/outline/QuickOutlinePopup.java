package org.transform.dsl.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.texteditor.ITextEditor;
import org.transform.dsl.ui.PlanIcons;
import org.transform.dsl.ui.editor.PlanEditors;

/**
 * Quick Outline (Ctrl+O): the plan's elements in a popup; typing filters them by name, Enter or a
 * double-click selects the element's name in the editor.
 */
public class QuickOutlinePopup extends PopupDialog {

	/** The popup's title, for finding it among the workbench's shells. */
	public static final String TITLE = "Quick Outline";

	/** The hint at the popup's foot. */
	public static final String HINT = "Type to filter, Enter to go";

	private final ITextEditor editor;
	private final List<DocumentSymbol> entries = new ArrayList<>();
	private final List<DocumentSymbol> shown = new ArrayList<>();
	private Text filter;
	private Table table;

	public QuickOutlinePopup(Shell parent, ITextEditor editor, List<DocumentSymbol> symbols) {
		// no SWT.RESIZE: a resizable shell gets the window manager's title bar on Linux
		super(parent, PopupDialog.INFOPOPUP_SHELLSTYLE, true, false, false, false, false, TITLE, HINT);
		this.editor = editor;
		flatten(symbols, entries);
	}

	private static void flatten(List<DocumentSymbol> symbols, List<DocumentSymbol> into) {
		for (DocumentSymbol symbol : symbols) {
			into.add(symbol);
			if (symbol.getChildren() != null) {
				flatten(symbol.getChildren(), into);
			}
		}
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.NONE);
		filter.addModifyListener(e -> fill());
		filter.addListener(SWT.DefaultSelection, e -> go(0));
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
				table.setFocus();
				table.setSelection(0);
			}
		});
		return filter;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION);
		table.setLayoutData(new GridData(GridData.FILL_BOTH));
		table.addListener(SWT.DefaultSelection, e -> go(table.getSelectionIndex()));
		fill();
		return table;
	}

	/** Wide enough for the hint and the entries' labels, tall enough for a plan's elements. */
	@Override
	protected Point getDefaultSize() {
		Point size = super.getDefaultSize();
		Point wanted = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		GC gc = new GC(getShell());
		try {
			int chars = (int) gc.getFontMetrics().getAverageCharacterWidth();
			int width = Math.max(Math.max(size.x, wanted.x), Math.max(gc.textExtent(HINT).x + 8 * chars, 60 * chars));
			return new Point(width, Math.max(size.y, Math.min(wanted.y, 24 * gc.getFontMetrics().getHeight())));
		} finally {
			gc.dispose();
		}
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}

	/** Selects the name of the n-th entry shown in the editor and closes the popup. */
	public void go(int index) {
		if (index < 0 || index >= shown.size()) {
			return;
		}
		DocumentSymbol symbol = shown.get(index);
		close();
		IDocument document = PlanEditors.document(editor);
		Range range = symbol.getSelectionRange() != null ? symbol.getSelectionRange() : symbol.getRange();
		try {
			int start = document.getLineOffset(range.getStart().getLine()) + range.getStart().getCharacter();
			int end = document.getLineOffset(range.getEnd().getLine()) + range.getEnd().getCharacter();
			editor.selectAndReveal(start, Math.max(0, end - start));
		} catch (BadLocationException e) {
			// the text changed under the popup: nothing to select
		}
	}

	private void fill() {
		if (table == null || table.isDisposed()) {
			return;
		}
		String wanted = filter == null ? "" : filter.getText().toLowerCase(Locale.ROOT).strip();
		shown.clear();
		table.removeAll();
		for (DocumentSymbol symbol : entries) {
			if (wanted.isEmpty() || symbol.getName().toLowerCase(Locale.ROOT).contains(wanted)) {
				shown.add(symbol);
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(TransformOutlinePage.label(symbol));
				item.setImage(PlanIcons.of(symbol));
			}
		}
	}
}
