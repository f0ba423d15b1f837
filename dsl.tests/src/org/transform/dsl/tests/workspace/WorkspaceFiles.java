package org.transform.dsl.tests.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of a workspace the tests build in a temporary folder. */
final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/** Writes the text (UTF-8) to the file at {@code relative} in the folder, making its folders as needed. */
	static void write(Path folder, String relative, String text) {
		try {
			Path file = folder.resolve(relative);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
