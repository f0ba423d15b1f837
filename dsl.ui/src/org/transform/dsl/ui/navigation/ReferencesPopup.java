package org.transform.dsl.ui.navigation;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.ITextEditor;

/** The references found, one line each ({@code project/file.transform:line: text}); Enter or a double-click opens one. */
public class ReferencesPopup extends PopupDialog {

	/** The popup's title, for finding it among the workbench's shells. */
	public static final String TITLE = "References";

	private final ITextEditor editor;
	private final List<Places.Place> references;
	private final String problem;
	private Table table;

	public ReferencesPopup(Shell parent, ITextEditor editor, List<Places.Place> references, String problem) {
		super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, false, false, false, false, TITLE,
				problem != null ? problem : references.size() + (references.size() == 1 ? " reference" : " references"));
		this.editor = editor;
		this.references = references;
		this.problem = problem;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION);
		table.setLayoutData(new GridData(GridData.FILL_BOTH));
		for (Places.Place place : references) {
			new TableItem(table, SWT.NONE).setText(place.toString());
		}
		if (references.isEmpty()) {
			new TableItem(table, SWT.NONE).setText(problem != null ? problem : "No references.");
		}
		table.addListener(SWT.DefaultSelection, e -> {
			int index = table.getSelectionIndex();
			if (index >= 0 && index < references.size()) {
				close();
				try {
					references.get(index).open(editor.getSite().getPage(), editor);
				} catch (PartInitException ex) {
					ILog.of(getClass()).warn("Could not open " + references.get(index) + ": " + ex);
				}
			}
		});
		return table;
	}

	@Override
	protected Control getFocusControl() {
		return table;
	}
}
