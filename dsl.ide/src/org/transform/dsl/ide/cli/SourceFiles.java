package org.transform.dsl.ide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.transform.dsl.workspace.PlanWorkspace;

/**
 * Turns the paths given on the command line into the workspace's source files: a folder stands for
 * the workspace it belongs to, walked as {@link PlanWorkspace} says (the same walk as the language
 * server's and the Eclipse editor's: hidden folders, symbolic links and pipes are left out, with a
 * note), files must be Transform files, and every file must be readable UTF-8 text. Any problem is an {@link InputProblem}
 * whose one-line message names the path and says what to do.
 */
public final class SourceFiles {

	/** The extension of Transform files. */
	public static final String EXTENSION = PlanWorkspace.EXTENSION;

	/** Larger files are refused before they are read: a plan is not a data dump. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	/** A file of the workspace: its absolute path, the path shown to the user and its text. */
	public record SourceFile(Path path, String shownPath, String text) {
	}

	private final Path workingDirectory;
	private final List<String> notes = new ArrayList<>();

	/** @param workingDirectory what relative paths are resolved against and shown relative to */
	public SourceFiles(Path workingDirectory) {
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	/**
	 * Collects and reads the files of the workspace formed by {@code arguments}, each file once, in path
	 * order; what the walks of folders left out is told on {@code err}, a line each.
	 */
	public List<SourceFile> read(List<String> arguments, PrintWriter err) {
		Map<Path, Path> files = new LinkedHashMap<>(); // real path -> path as given
		for (String argument : arguments) {
			for (Path file : collect(argument)) {
				files.putIfAbsent(realPath(file), file);
			}
		}
		List<SourceFile> result = new ArrayList<>();
		for (Path file : files.values()) {
			result.add(new SourceFile(file, shown(file), text(file)));
		}
		result.sort((a, b) -> a.shownPath().compareTo(b.shownPath()));
		for (String note : notes) {
			err.println("transform: note: " + TransformCli.oneLine(note));
		}
		err.flush();
		return result;
	}

	/** How a path is shown: relative to the working directory when it lies below it, else absolute. */
	public String shown(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
				? workingDirectory.relativize(absolute).toString()
				: absolute.toString();
	}

	private List<Path> collect(String argument) {
		Path path;
		try {
			path = workingDirectory.resolve(argument).normalize();
		} catch (InvalidPathException e) {
			throw new InputProblem("'" + argument + "' is not a valid path (" + e.getReason() + "): give the path of a .transform file or of a folder.");
		}
		if (Files.isDirectory(path)) {
			List<Path> found = walk(path, argument);
			if (found.isEmpty()) {
				throw new InputProblem("no .transform files in folder " + argument + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")")
						+ ": give a folder that contains plans, or the plan files themselves.");
			}
			return found;
		}
		if (!Files.exists(path)) {
			if (Files.isSymbolicLink(path)) {
				throw new InputProblem("cannot read " + argument + ": it is a broken symbolic link (or a loop of links); fix the link or give the file it should point to.");
			}
			throw new InputProblem("no such file or folder: " + argument + " (relative paths start from " + workingDirectory + "); check the path.");
		}
		if (path.getFileName() == null || !path.getFileName().toString().endsWith(EXTENSION)) {
			throw new InputProblem(argument + " is not a Transform file: give .transform files, or folders that contain them.");
		}
		if (!Files.isRegularFile(path)) {
			throw new InputProblem("cannot read " + argument + ": it is not a regular file (a device, pipe or socket); give a .transform file.");
		}
		return List.of(path);
	}

	/**
	 * The plans of the workspace a folder argument belongs to ({@link PlanWorkspace}): the nearest folder
	 * at or above it that holds the workspace marker, else the folder itself. What the walk leaves out is
	 * noted; a folder or file it cannot read is refused, as an unreadable argument is.
	 */
	private List<Path> walk(Path folder, String argument) {
		Path root = PlanWorkspace.rootOf(folder, folder);
		PlanWorkspace.Walk walk = PlanWorkspace.walk(root);
		for (PlanWorkspace.Skipped skipped : walk.skipped()) {
			if (skipped.reason() == PlanWorkspace.Reason.UNREADABLE) {
				throw new InputProblem(skipped.note(shown(skipped.path())) + "; check its permissions, or leave it out.");
			}
			notes.add(skipped.note(shown(skipped.path())));
		}
		return walk.plans();
	}

	private Path realPath(Path file) {
		try {
			return file.toRealPath();
		} catch (IOException e) {
			throw new InputProblem("cannot read " + shown(file) + ": " + reason(e) + "; check that it exists and is readable.");
		}
	}

	private String text(Path file) {
		String shown = shown(file);
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				throw new InputProblem(shown + " is too large to be a plan (" + size / (1024 * 1024) + " MB, at most " + MAX_BYTES / (1024 * 1024)
						+ " MB are read): split it into several files.");
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new InputProblem("cannot read " + shown + ": " + reason(e) + "; check that it exists and that you may read it.");
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new InputProblem(shown + " is not a text file (it contains NUL bytes, first at byte " + i
						+ "): a .transform file is UTF-8 text; check that this is the plan you meant.");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw new InputProblem(shown + " is not UTF-8 text (invalid byte at offset " + in.position()
					+ "): save it as UTF-8, or check that this is the plan you meant.");
		}
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String reason(IOException e) {
		return PlanWorkspace.reason(e);
	}
}
