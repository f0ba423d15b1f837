package org.transform.dsl.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window → Preferences → Transform. */
public class TransformPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TransformPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TransformPreferences.QUALIFIER));
		setDescription("How the editor checks plans and where saving a plan writes its diagrams.");
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor delay = new IntegerFieldEditor(TransformPreferences.VALIDATION_DELAY, "&Validation delay (ms after the last key):",
				getFieldEditorParent(), 5);
		delay.setValidRange(0, 10_000);
		delay.setErrorMessage("The validation delay is a number of milliseconds from 0 to 10000.");
		addField(delay);
		addField(new BooleanFieldEditor(TransformPreferences.GENERATE_ON_SAVE, "&Generate the plans' diagrams on save", getFieldEditorParent()));
		StringFieldEditor folder = new StringFieldEditor(TransformPreferences.OUTPUT_FOLDER, "&Output folder (in the project):",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String problem = TransformPreferences.outputFolderProblem(getStringValue());
				setErrorMessage(problem);
				return problem == null;
			}
		};
		addField(folder);
	}
}
