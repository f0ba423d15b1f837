package org.transform.dsl.ide.cli;

import java.io.InputStream;
import java.time.Clock;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.transform.dsl.ide.server.LanguageServerLauncher;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code transform lsp}: the Transform language server on standard input and output, for any editor
 * with a Language Server Protocol client. It is Xtext's language server: the language is found
 * through the {@code META-INF/services/org.eclipse.xtext.ISetup} entry of the IDE bundle, and the
 * workspaces are found from the client's root folder or workspace folders by their marker file
 * ({@code transform.workspace}, see {@code PlanWorkspaceConfigFactory}). Standard output carries the JSON-RPC
 * messages only: whatever else would be printed goes to standard error. The server exits with 0
 * after the client's {@code shutdown} and {@code exit}, and when standard input closes.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = TransformCli.Version.class,
		description = {
				"Runs the Transform language server on standard input and output (the Language Server Protocol over JSON-RPC).",
				"Editors start it as their language server for *.transform files: diagnostics, completion, hover, "
						+ "quick fixes and the other services of the language, across the files of the client's workspace." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:the client sent shutdown and exit, or closed standard input",
				"1:the client sent exit without shutdown" })
public class LspCommand implements Callable<Integer> {

	@Mixin
	TodayOption today = new TodayOption();

	private final InputStream in;
	private final PrintStream out;
	private final Clock clock;

	/**
	 * @param in  where the client's messages come from
	 * @param out where the server's messages go; nothing else is written there
	 */
	public LspCommand(InputStream in, PrintStream out, Clock clock) {
		this.in = in;
		this.out = out;
		this.clock = clock;
	}

	@Override
	public Integer call() throws InterruptedException {
		PrintStream standardOut = System.out;
		// a stray print of any library must not corrupt the JSON-RPC stream
		System.setOut(System.err);
		logProtocolProblemsInOneLine(System.getenv(TransformCli.DEBUG_VARIABLE) != null);
		try {
			start(in, out, today.clock(clock)).get();
		} catch (ExecutionException e) { // reading the input failed otherwise than by its end
			throw new InputProblem("lsp: cannot read the client's messages: " + e.getCause());
		} finally {
			System.setOut(standardOut);
		}
		return TransformCli.EXIT_OK;
	}

	/**
	 * LSP4J logs a message it cannot read (a body that is not JSON, say) through java.util.logging, with
	 * its stack trace, and goes on with the next message. The log goes to standard error, one line a
	 * problem; the stack trace only when debugging.
	 */
	private static void logProtocolProblemsInOneLine(boolean debug) {
		LogManager.getLogManager().reset();
		ConsoleHandler handler = new ConsoleHandler(); // standard error
		handler.setFormatter(new Formatter() {
			@Override
			public String format(LogRecord problem) {
				String message = String.valueOf(formatMessage(problem)).strip();
				int lineEnd = message.indexOf('\n');
				String text = "transform lsp: " + problem.getLevel().getName().toLowerCase(Locale.ROOT) + ": "
						+ TransformCli.oneLine(lineEnd < 0 ? message : message.substring(0, lineEnd).strip()) + System.lineSeparator();
				if (debug && problem.getThrown() != null) {
					StringWriter trace = new StringWriter();
					problem.getThrown().printStackTrace(new PrintWriter(trace));
					text += trace;
				}
				return text;
			}
		});
		Logger.getLogger("").addHandler(handler);
	}

	/** Connects a new language server to the streams and returns the future that completes when the input ends. */
	static Future<Void> start(InputStream in, OutputStream out, Clock clock) {
		Injector injector = PlanCore.newInjector(new WorkspaceDay(clock));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		return LanguageServerLauncher.connect(server, in, out).startListening();
	}
}
