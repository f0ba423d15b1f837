package org.transform.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.transform.benchmarks.PlanGenerator.SourceText;
import org.transform.benchmarks.PlanGenerator.Workspace;
import org.transform.dsl.ide.workspace.BuiltOnce;
import org.transform.dsl.ide.workspace.ListedFiles;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.workspace.Finding;

import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Transform's language in this process, set up as the command line sets it up (the workspace core's
 * language, log4j off), and the two passes the in-process benchmarks time: the generated ANTLR lexer
 * run to the end of the text, and the command line's check — the workspace core started on exactly
 * the workspace's files ({@link ListedFiles}), which loads, indexes, links and validates them as
 * {@code transform check}, the language server and the editor do. The core has no phases to time
 * apart (its build interleaves them, file by file); a profile says where the time goes.
 */
final class Language {

	/** One check: its time in nanoseconds, what it found, and the core that holds the workspace (close it). */
	record CheckTimes(long total, int errors, int warnings, int infos, int files, PlanCore core) {
	}

	private final Provider<Lexer> lexers;

	Language() {
		LogManager.resetConfiguration();
		Logger.getRootLogger().setLevel(Level.OFF);
		lexers = PlanCore.language().getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
	}

	/** Runs the generated lexer over the text to its end; returns the number of tokens. */
	int tokenize(String text) {
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		int tokens = 0;
		while (lexer.nextToken().getType() != Token.EOF) {
			tokens++;
		}
		return tokens;
	}

	/** Every file tokenized, one lexer per file as the parser does it. */
	int tokenize(Workspace workspace) {
		int tokens = 0;
		for (SourceText file : workspace.files()) {
			tokens += tokenize(file.text());
		}
		return tokens;
	}

	/**
	 * Checks the workspace as {@code transform check} does, through the workspace core, and keeps the
	 * core open in the result. The files are written to a temporary folder first (not timed), since the
	 * core reads a workspace from disk, as every face has it read.
	 *
	 * @param builtOnce whether the core is the command line's, built once ({@link BuiltOnce}: no references in
	 *            its index), or a live one, as the language server and the editor keep it
	 */
	CheckTimes check(Workspace workspace, boolean builtOnce) {
		Path folder;
		try {
			folder = Files.createTempDirectory("transform-benchmark");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		write(workspace, folder);
		List<Path> paths = workspace.files().stream().map(file -> folder.resolve(file.path())).toList();
		long start = System.nanoTime();
		ListedFiles files = new ListedFiles(paths, folder);
		PlanCore core = builtOnce ? PlanCore.start(List.of(folder), files, new BuiltOnce()) : PlanCore.start(List.of(folder), files);
		List<Finding> findings = core.allFindings();
		long checked = System.nanoTime();
		delete(folder);
		return new CheckTimes(checked - start, count(findings, Finding.Level.ERROR), count(findings, Finding.Level.WARNING),
				count(findings, Finding.Level.INFO), paths.size(), core);
	}

	private static int count(List<Finding> findings, Finding.Level level) {
		return (int) findings.stream().filter(f -> f.level() == level).count();
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the workspace's files below the folder. */
	static void write(Workspace workspace, Path folder) {
		try {
			for (SourceText file : workspace.files()) {
				Path path = folder.resolve(file.path());
				Files.createDirectories(path.getParent());
				Files.writeString(path, file.text(), StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
