package org.transform.dsl.ui.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * The editor's settings (Window → Preferences → Transform): how long the author pauses before the plan
 * is checked, whether saving a plan writes its diagrams, and the project folder they go to.
 */
public final class TransformPreferences {

	public static final String QUALIFIER = "org.transform.dsl.ui";

	/** Milliseconds of pause in typing before the open plan is checked. */
	public static final String VALIDATION_DELAY = "validationDelay";
	public static final int DEFAULT_VALIDATION_DELAY = 150;

	/** Whether the builder writes the plans' diagrams when a plan is saved. */
	public static final String GENERATE_ON_SAVE = "generateOnSave";

	/** The project folder the diagrams are written to. */
	public static final String OUTPUT_FOLDER = "outputFolder";
	public static final String DEFAULT_OUTPUT_FOLDER = "transform-gen";

	private TransformPreferences() {
	}

	public static int validationDelay() {
		return Math.max(0, Platform.getPreferencesService().getInt(QUALIFIER, VALIDATION_DELAY, DEFAULT_VALIDATION_DELAY, null));
	}

	public static boolean generateOnSave() {
		return Platform.getPreferencesService().getBoolean(QUALIFIER, GENERATE_ON_SAVE, true, null);
	}

	/** The output folder, relative to the project; the default when the setting is not a usable folder. */
	public static String outputFolder() {
		String folder = Platform.getPreferencesService().getString(QUALIFIER, OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER, null);
		return outputFolderProblem(folder) == null ? folder.strip() : DEFAULT_OUTPUT_FOLDER;
	}

	/** What is wrong with a folder as the output folder, or {@code null} if it is fine. */
	public static String outputFolderProblem(String folder) {
		if (folder == null || folder.isBlank()) {
			return "Name the project folder the diagrams are written to, e.g. " + DEFAULT_OUTPUT_FOLDER + ".";
		}
		String path = folder.strip().replace('\\', '/');
		if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
			return "The output folder is inside the project: write it relative to the project, e.g. " + DEFAULT_OUTPUT_FOLDER + ".";
		}
		for (String segment : path.split("/")) {
			if (segment.equals("..") || segment.equals(".")) {
				return "The output folder is inside the project: '" + segment + "' is not allowed in it.";
			}
		}
		return null;
	}

	/** The defaults, in the default scope. */
	public static final class Initializer extends AbstractPreferenceInitializer {

		@Override
		public void initializeDefaultPreferences() {
			IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
			defaults.putInt(VALIDATION_DELAY, DEFAULT_VALIDATION_DELAY);
			defaults.putBoolean(GENERATE_ON_SAVE, true);
			defaults.put(OUTPUT_FOLDER, DEFAULT_OUTPUT_FOLDER);
		}
	}
}
