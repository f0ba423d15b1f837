package org.transform.dsl.ide.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The folder a command writes its files into ({@code --out}): created if missing, and the only place
 * anything is written. Every problem is an {@link InputProblem} that names the folder and says what
 * to do.
 */
final class OutputFolder {

	private static final SecureRandom RANDOM = new SecureRandom();

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
		if (out == null || out.isBlank()) {
			throw new InputProblem("--out is empty: give the folder to write " + what + " into, e.g. --out build/report (it is created if missing).");
		}
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
	 * The output folder may have been prepared by someone else (a shared temporary folder, a
	 * checked-out repository), so nothing is written through a symbolic link: a link where a folder
	 * or the file should be is refused with a message that names it, and its target is left alone.
	 * The file is written to a new temporary file beside it, then renamed over the old one, so that a
	 * full disk or a crash leaves the old file or none, never a truncated one.
	 *
	 * @return the file written
	 */
	Path write(String name, byte[] content) {
		Path file = folder.resolve(name).normalize();
		if (!file.startsWith(folder) || file.equals(folder)) { // names are ours or sanitised: this cannot happen
			throw new IllegalStateException("file name leaves the output folder: " + name);
		}
		Path parent = folders(file);
		if (Files.isSymbolicLink(file)) {
			throw linkInTheWay(file, file);
		}
		if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new InputProblem("cannot write " + shown.shown(file) + ": a folder of that name is in the way; remove it or give another --out folder.");
		}
		Path temporary = parent.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
		try {
			// CREATE_NEW fails on anything already there, a link included: the content goes to a new file only
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				out.write(content);
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return file;
		} catch (IOException e) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException ignored) {
				// the message below is what matters; a leftover hidden temporary file does no harm
			}
			throw new InputProblem("cannot write " + shown.shown(file) + ": " + reason(e) + "; " + advice(e));
		}
	}

	/** Creates the folders between the output folder and the file, refusing any that is a symbolic link; returns the file's folder. */
	private Path folders(Path file) {
		Path current = folder;
		for (Path segment : folder.relativize(file.getParent())) {
			current = current.resolve(segment);
			if (Files.isSymbolicLink(current)) {
				throw linkInTheWay(file, current);
			}
			try {
				if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
					Files.createDirectory(current);
				}
			} catch (IOException e) {
				throw new InputProblem("cannot write " + shown.shown(file) + ": " + reason(e) + "; " + advice(e));
			}
		}
		return current;
	}

	private InputProblem linkInTheWay(Path file, Path link) {
		String target;
		try {
			target = " (to " + Files.readSymbolicLink(link) + ")";
		} catch (IOException | UnsupportedOperationException e) {
			target = "";
		}
		return new InputProblem("cannot write " + shown.shown(file) + ": " + shown.shown(link) + " is a symbolic link" + target
				+ ", and Transform never writes through a link; delete the link or give another --out folder.");
	}

	/** What to do about a failed write. */
	private static String advice(IOException e) {
		String reason = String.valueOf(e.getMessage()) + " " + (e instanceof FileSystemException fse ? fse.getReason() : "");
		if (reason.contains("No space left") || reason.contains("Disk quota")) {
			return "free some disk space and run the command again.";
		}
		if (reason.contains("File name too long")) {
			return "give an --out folder with a shorter path.";
		}
		if (e instanceof AccessDeniedException || reason.contains("Read-only file system")) {
			return "check the permissions of the --out folder.";
		}
		return "check the --out folder.";
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
