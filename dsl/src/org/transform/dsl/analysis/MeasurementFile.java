package org.transform.dsl.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Pattern;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.workspace.ProjectConfigAdapter;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.workspace.PlanWorkspace;

/**
 * Where the file of a {@code measurements … from "path"} block is, confined to the plan's workspace:
 * a plan is shared (in pull requests, zip files, a colleague's repository) and its findings are
 * published in reports, so the path it names must never reach a file the workspace does not hold —
 * {@code /etc/shadow}, {@code ../../.ssh/id_rsa}, a URI, a symbolic link leading out, a pipe or a
 * device that would block the reader. Nothing is opened here: either a regular file inside the
 * workspace, no larger than {@link #MAX_BYTES}, or one message that says why not.
 *
 * <p>The workspace is the nearest folder, from the plan file's folder up, that holds a
 * {@value #MARKER} file; else the project the plan belongs to (the language server's workspace
 * folder, an Eclipse project); else the plan file's own folder.
 */
public final class MeasurementFile {

	/** The file whose folder is a workspace: every face agrees on where a workspace ends. */
	public static final String MARKER = PlanWorkspace.MARKER;

	/**
	 * Bytes beyond this are not read: a measurement series is not a data lake. 100,000 rows of
	 * {@code date,value} take about 2 MiB.
	 */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	/** A URI scheme ({@code file:}, {@code https:}) or a Windows drive ({@code C:}) before the path. */
	private static final Pattern SCHEME_OR_DRIVE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

	/** The file found, or why none may be read; exactly one of the two is set. */
	public record Location(Path file, String problem) {
	}

	private MeasurementFile() {
	}

	/** The block's file, confined to its plan's workspace. */
	public static Location locate(Measurements block) {
		String written = block.getFile();
		String shown = "'" + Excerpt.of(written, 80) + "'";
		if (written.isBlank()) {
			return refused("The measurement file name is empty: write the path of a CSV file next to the plan, e.g. from \"data/sales-cycle.csv\".");
		}
		String path = written.replace('\\', '/');
		if (path.startsWith("/") || path.startsWith("~") || SCHEME_OR_DRIVE.matcher(path).matches() || path.indexOf('\0') >= 0) {
			return refused("Measurement file " + shown + " is not a path relative to this plan file: Transform reads measurement files "
					+ "only from inside the plan's workspace, never from elsewhere on the disk or from the network — copy the file next "
					+ "to the plan and write its relative path, e.g. from \"data/sales-cycle.csv\".");
		}
		Path plan = planFile(block.eResource());
		if (plan == null) {
			return refused("Measurement file " + shown + " cannot be read: this plan is not saved as a file on disk, and measurement "
					+ "files are read relative to the plan file — save the plan first.");
		}
		Path folder = plan.getParent();
		Path workspace = workspace(folder, block.eResource());
		Path file;
		try {
			file = folder.resolve(path).normalize();
		} catch (InvalidPathException e) {
			return refused("Measurement file " + shown + " is not a valid path (" + Excerpt.of(e.getReason(), 80)
					+ "): write the path of a CSV file relative to this plan file, e.g. from \"data/sales-cycle.csv\".");
		}
		if (!file.startsWith(workspace)) {
			return refused("Measurement file " + shown + " lies outside the plan's workspace (" + workspace + "): Transform reads "
					+ "measurement files only from inside the workspace — move the file into it, or put a '" + MARKER
					+ "' file in a folder that holds both the plan and the data.");
		}
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return refused("Measurement file " + shown + " does not exist (looked for " + file + "): create it with one 'date,value' "
					+ "row per measurement, or correct the path (relative to this plan file).");
		}
		try {
			Path real = file.toRealPath();
			if (!real.startsWith(workspace.toRealPath())) {
				return refused("Measurement file " + shown + " is a symbolic link to a place outside the plan's workspace: Transform "
						+ "reads measurement files only from inside the workspace — copy the file into it instead of linking to it.");
			}
			BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				return refused("Measurement file " + shown + " is " + (attributes.isDirectory() ? "a folder" : "not a regular file (a pipe or a device)")
						+ ": give the path of a CSV file with one 'date,value' row per measurement.");
			}
			if (attributes.size() > MAX_BYTES) {
				return refused("Measurement file " + shown + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB and was not read: keep "
						+ "one 'date,value' row per measurement date (aggregate daily data to the indicator's cadence).");
			}
			return new Location(real, null);
		} catch (IOException | SecurityException e) {
			return refused("Measurement file " + shown + " cannot be read (" + Excerpt.of(reason(e), 80)
					+ "): it must be a UTF-8 CSV file with one 'date,value' row per measurement that you may read.");
		}
	}

	private static Location refused(String problem) {
		return new Location(null, problem);
	}

	private static String reason(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** The plan's file on disk, or {@code null} when it has none (a plan only in memory). */
	private static Path planFile(Resource resource) {
		Path file = localPath(resource == null ? null : resource.getURI());
		return file == null || file.getParent() == null ? null : file;
	}

	/**
	 * The workspace folder of a plan in {@code folder}: the nearest folder up that holds a
	 * {@value #MARKER}; else its project's folder when the plan lies in it; else {@code folder}.
	 */
	public static Path workspace(Path folder, Resource resource) {
		Path marked = PlanWorkspace.rootOf(folder, null);
		if (marked != null) {
			return marked;
		}
		Path project = projectFolder(resource);
		return project != null && folder.startsWith(project) ? project : folder;
	}

	/** The folder of the project the resource belongs to: the language server's workspace folder, an Eclipse project. */
	private static Path projectFolder(Resource resource) {
		if (resource == null) {
			return null;
		}
		URI uri = resource.getURI();
		if (uri != null && uri.isPlatformResource() && uri.segmentCount() > 1) {
			return localPath(URI.createPlatformResourceURI(uri.segment(1), true));
		}
		ProjectConfigAdapter adapter = resource.getResourceSet() == null ? null : ProjectConfigAdapter.findInEmfObject(resource.getResourceSet());
		IProjectConfig project = adapter == null ? null : adapter.getProjectConfig();
		return project == null ? null : localPath(project.getPath());
	}

	/** A {@code file:} URI, or a {@code platform:/resource} one inside Eclipse, as an absolute, normalised path. */
	private static Path localPath(URI uri) {
		if (uri == null) {
			return null;
		}
		URI local = uri.isPlatform() ? CommonPlugin.asLocalURI(uri) : uri;
		if (!local.isFile() || local.isRelative()) {
			return null;
		}
		try {
			String file = local.toFileString();
			return file == null ? null : Paths.get(file).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
