package org.transform.dsl.tests.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.workspace.Finding;

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

	/**
	 * The findings of a core started afresh on the folder with this text in the file at {@code relative}; the file
	 * gets {@code restored} back afterwards.
	 */
	static List<Finding> freshFindings(Path folder, Clock day, String relative, String text, String restored) {
		write(folder, relative, text);
		try (PlanCore core = PlanCore.start(List.of(folder), new WorkspaceDay(day))) {
			return core.allFindings();
		} finally {
			write(folder, relative, restored);
		}
	}
}
