package org.transform.dsl.ide.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The folder a command writes its files into ({@code --out}): created if missing, and the only place
 * anything is written. Every problem is an {@link InputProblem} that names the folder and says what
 * to do.
 */
final class OutputFolder {

	private final Path folder;
	private final SourceFiles shown;

	private OutputFolder(Path folder, SourceFiles shown) {
		this.folder = folder;
		this.shown = shown;
	}

	/**
	 * The folder {@code out}, resolved against the working directory and created if missing.
	 *
	 * @param what what is written there, for the messages ("the report", "the diagrams")
	 */
	static OutputFolder create(Path workingDirectory, String out, String what) {
		Path folder;
		try {
			folder = workingDirectory.resolve(out).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new InputProblem("--out '" + out + "' is not a valid path (" + e.getReason() + "): give the folder to write " + what + " into.");
		}
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new InputProblem("cannot write " + what + " into " + out + ": it is a file, not a folder; give a folder with --out (it is created if missing).");
		}
		try {
			Files.createDirectories(folder);
		} catch (FileAlreadyExistsException e) {
			throw new InputProblem("cannot write " + what + " into " + out + ": " + e.getFile() + " is a file, not a folder; give another folder with --out.");
		} catch (IOException e) {
			throw new InputProblem("cannot create the folder " + out + ": " + reason(e) + "; give a folder you may write to with --out.");
		}
		if (!Files.isWritable(folder)) {
			throw new InputProblem("cannot write " + what + " into " + out + ": permission denied; give a folder you may write to with --out.");
		}
		return new OutputFolder(folder, new SourceFiles(workingDirectory));
	}

	Path path() {
		return folder;
	}

	/**
	 * Writes a file at the relative path (its name made by us or sanitised), creating its folders.
	 *
	 * @return the file written
	 */
	Path write(String name, byte[] content) {
		Path file = folder.resolve(name).normalize();
		if (!file.startsWith(folder) || file.equals(folder)) { // names are ours or sanitised: this cannot happen
			throw new IllegalStateException("file name leaves the output folder: " + name);
		}
		try {
			Files.createDirectories(file.getParent());
			return Files.write(file, content);
		} catch (IOException e) {
			throw new InputProblem("cannot write " + shown.shown(file) + ": " + reason(e) + "; check the permissions of the --out folder.");
		}
	}

	private static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "a file is in the way of a folder";
		}
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
