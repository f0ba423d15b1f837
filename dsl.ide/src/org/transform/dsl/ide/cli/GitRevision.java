package org.transform.dsl.ide.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The files of a git revision, read through git itself ({@code git ls-tree}, {@code git show}) into a
 * temporary folder, at the same paths relative to it as in the working directory. Nothing in the
 * repository (working tree, index, refs) is touched.
 */
final class GitRevision {

	private GitRevision() {
	}

	/**
	 * Writes the files below {@code paths} at {@code revision} into a new temporary folder; the caller deletes it.
	 *
	 * @throws InputProblem when git is missing, the directory is not in a repository or the revision is unknown
	 */
	static Path checkout(Path workingDirectory, String revision, List<String> paths) {
		if (revision.startsWith("-")) {
			throw new InputProblem("--git " + revision + " is not a revision: give a branch, a tag or a commit, e.g. --git HEAD");
		}
		List<String> listing = new ArrayList<>(List.of("git", "ls-tree", "-r", "-z", "--name-only", revision, "--"));
		listing.addAll(paths);
		String names = new String(git(workingDirectory, listing, revision), StandardCharsets.UTF_8);
		Path folder;
		try {
			folder = Files.createTempDirectory("transform-diff-");
			for (String name : names.split("\0")) {
				if (name.isEmpty()) {
					continue;
				}
				Path target = folder.resolve(name).normalize();
				if (!target.startsWith(folder)) {
					continue; // git lists paths below the working directory; anything else is not ours to write
				}
				Files.createDirectories(target.getParent());
				Files.write(target, git(workingDirectory, List.of("git", "show", revision + ":./" + name), revision));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return folder;
	}

	private static byte[] git(Path workingDirectory, List<String> command, String revision) {
		Process process;
		try {
			process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
		} catch (IOException e) {
			throw new InputProblem("--git needs the git command, which could not be started (" + e.getMessage() + "): install git or compare two folders");
		}
		try {
			process.getOutputStream().close();
			CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
			byte[] out = readAll(process.getInputStream());
			int exit = process.waitFor();
			if (exit != 0) {
				String message = new String(err.join(), StandardCharsets.UTF_8).lines().findFirst().orElse("exit code " + exit);
				throw new InputProblem("git could not read revision '" + revision + "' in " + workingDirectory + ": " + message.strip());
			}
			return out;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running git", e);
		}
	}

	private static byte[] readAll(InputStream in) {
		try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			in.transferTo(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
