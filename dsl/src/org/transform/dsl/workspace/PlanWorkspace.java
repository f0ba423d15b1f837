package org.transform.dsl.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Where a workspace of plans begins and which files it holds: the one walk of the command line, the
 * language server and the Eclipse editor.
 *
 * <p><b>Where a workspace begins.</b> A folder that holds a file named {@value #MARKER} is the root of a
 * workspace: the workspace of a file or folder is the nearest folder at or above it that holds the marker,
 * else the folder the tool was given (the command line's folder argument, the editor's root folder,
 * the Eclipse project). A folder below a workspace's root that holds its own marker is another
 * workspace, and is not part of the outer one.
 *
 * <p><b>What a walk takes.</b> Regular files whose names end in {@value #EXTENSION}, in folders that are
 * not hidden ({@code .git}, {@code .settings}). Symbolic links are not followed at all, to folders or
 * to files: a link cannot lead the walk outside the workspace or round in a loop ({@code up -> ..},
 * {@code self -> .}), and a file is never read twice under two names. Pipes, devices and sockets are
 * never opened (a pipe named {@code f.transform} would block whoever reads it). Each file or folder
 * left out for one of these reasons is told in a {@link Skipped} note, so that the tool can say so.
 */
public final class PlanWorkspace {

	/** The name of the file that marks a workspace's root folder; its content is not read. */
	public static final String MARKER = "transform.workspace";

	/** The extension of plan files. */
	public static final String EXTENSION = ".transform";

	private PlanWorkspace() {
	}

	/** Why a file or folder was left out of a walk. */
	public enum Reason {
		/** A symbolic link, to a folder or to a plan: links are not followed. */
		SYMBOLIC_LINK,
		/** A pipe, device or socket named like a plan: it is never opened. */
		NOT_A_REGULAR_FILE,
		/** A folder that holds its own marker: a workspace of its own. */
		OTHER_WORKSPACE,
		/** A folder or file the walk could not read (permissions). */
		UNREADABLE
	}

	/** A file or folder left out of a walk, and why; {@code detail} is the system's reason for {@link Reason#UNREADABLE}. */
	public record Skipped(Path path, Reason reason, String detail) {

		/** What to tell the user, naming the path as {@code shown}. */
		public String note(String shown) {
			return switch (reason) {
				case SYMBOLIC_LINK -> "skipped " + shown + ": it is a symbolic link, and links in a workspace are not followed "
						+ "(give the folder or file it points to, or copy it into the workspace)";
				case NOT_A_REGULAR_FILE -> "skipped " + shown + ": it is not a regular file (a pipe, device or socket), so it is not read";
				case OTHER_WORKSPACE -> "skipped folder " + shown + ": it holds its own " + MARKER + ", so it is a workspace of its own "
						+ "(check it on its own)";
				case UNREADABLE -> "cannot read " + shown + ": " + detail;
			};
		}
	}

	/** What a walk found: the plan files in path order, and what it left out. */
	public record Walk(List<Path> plans, List<Skipped> skipped) {
	}

	/** Whether the file name is a plan's. */
	public static boolean isPlanName(String fileName) {
		return fileName.endsWith(EXTENSION) && fileName.length() > EXTENSION.length();
	}

	/** Whether the folder holds the workspace marker (a regular file, not a link). */
	public static boolean isWorkspaceRoot(Path folder) {
		return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * The workspace of a file or folder: the nearest folder at or above it that holds the marker, else
	 * {@code otherwise}.
	 */
	public static Path rootOf(Path fileOrFolder, Path otherwise) {
		Path absolute = fileOrFolder.toAbsolutePath().normalize();
		for (Path folder = Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS) ? absolute : absolute.getParent(); folder != null; folder = folder
				.getParent()) {
			if (isWorkspaceRoot(folder)) {
				return folder;
			}
		}
		return otherwise;
	}

	/**
	 * The plans of the workspace whose root is {@code root}, walked as the class comment says. The root
	 * itself may be a link to a folder (the folder the user gave): it is followed, the links below it are not.
	 */
	public static Walk walk(Path root) {
		if (Files.isSymbolicLink(root)) {
			try {
				Path target = root.toRealPath();
				Walk walk = walk(target);
				return new Walk(walk.plans().stream().map(p -> root.resolve(target.relativize(p))).toList(),
						walk.skipped().stream().map(s -> new Skipped(root.resolve(target.relativize(s.path())), s.reason(), s.detail())).toList());
			} catch (IOException e) {
				return new Walk(List.of(), List.of(new Skipped(root, Reason.UNREADABLE, reason(e))));
			}
		}
		List<Path> plans = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		try {
			Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
					if (folder.equals(root)) {
						return FileVisitResult.CONTINUE;
					}
					if (folder.getFileName().toString().startsWith(".")) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					if (isWorkspaceRoot(folder)) {
						skipped.add(new Skipped(folder, Reason.OTHER_WORKSPACE, null));
						return FileVisitResult.SKIP_SUBTREE;
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					boolean planName = isPlanName(file.getFileName().toString());
					if (attributes.isSymbolicLink()) {
						// only the link's own attributes are read: its target is looked at, never opened
						if (planName || Files.isDirectory(file)) {
							skipped.add(new Skipped(file, Reason.SYMBOLIC_LINK, null));
						}
					} else if (planName && attributes.isRegularFile()) {
						plans.add(file);
					} else if (planName && !attributes.isDirectory()) {
						skipped.add(new Skipped(file, Reason.NOT_A_REGULAR_FILE, null));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					skipped.add(new Skipped(file, Reason.UNREADABLE, reason(e)));
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			skipped.add(new Skipped(root, Reason.UNREADABLE, reason(e)));
		}
		plans.sort(null);
		return new Walk(List.copyOf(plans), List.copyOf(skipped));
	}

	/** The system's reason for a failure, in a few words. */
	public static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			return fse.getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
