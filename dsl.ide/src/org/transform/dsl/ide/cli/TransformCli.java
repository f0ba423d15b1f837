package org.transform.dsl.ide.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Layout;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

import org.transform.dsl.analysis.Excerpt;
import org.transform.dsl.ide.workspace.PlanCore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code transform} command line. Its commands are thin faces over the language runtime, so they
 * report what the editor reports. Exit codes: {@value #EXIT_OK} no errors, {@value #EXIT_ERRORS}
 * errors found, {@value #EXIT_USAGE} a usage or input problem, told in one line on standard error.
 */
@Command(name = "transform", mixinStandardHelpOptions = true, versionProvider = TransformCli.Version.class,
		description = "The command line of Transform, the language of transformation plans.",
		synopsisSubcommandLabel = "COMMAND",
		commandListHeading = "%nCommands:%n",
		footer = { "", "Run 'transform COMMAND --help' for a command's options." },
		subcommands = { CheckCommand.class, DiagramCommand.class, ReportCommand.class, DiffCommand.class, ExplainCommand.class, LspCommand.class })
public final class TransformCli implements Callable<Integer> {

	public static final int EXIT_OK = 0;
	public static final int EXIT_ERRORS = 1;
	public static final int EXIT_USAGE = 2;

	/** Set this environment variable to see Xtext's log and the stack trace of an internal error. */
	public static final String DEBUG_VARIABLE = "TRANSFORM_DEBUG";

	private static final String PREFIX = "transform: ";

	private static final String GUICE_BYTECODE = "guice_bytecode_gen_option";

	/**
	 * EMF hands each URI with a fragment it makes (one per reference and per exported name) to a thread
	 * of its own, which interns the fragment's segments later; the hand-over wakes that thread every time,
	 * and cost a check of 1,000 files more than a second of system time (BENCHMARKS.md, "check of 100k:
	 * speed round"). A command that runs for seconds interns them at once instead; the language server,
	 * which runs for hours, keeps EMF's default. The property must be set before EMF's first class loads.
	 */
	private static final String EMF_REFERENCE_CLEARING = "org.eclipse.emf.common.util.ReferenceClearingQueue";

	/** The command's name: the first argument that is not an option ({@code ""} if none). */
	private static String commandOf(String... args) {
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				return arg;
			}
		}
		return "";
	}

	/** Whether the command is {@code lsp}. */
	private static boolean isServer(String... args) {
		return "lsp".equals(commandOf(args));
	}

	/** The commands that start a workspace core on the files they are given. */
	private static final List<String> CORE_COMMANDS = List.of("check", "report", "diagram", "diff");

	/**
	 * Makes the language's injector (Guice, EMF's registries: a few tenths of a second) on a thread of its own,
	 * while picocli reads the arguments and the command reads and vets its files; the core's start waits for it
	 * ({@link PlanCore#language()}). What goes wrong there is reported by the command, which asks again.
	 */
	private static void prepareLanguage(String... args) {
		if (CORE_COMMANDS.contains(commandOf(args))) {
			Thread language = new Thread(() -> {
				try {
					PlanCore.language();
				} catch (RuntimeException | LinkageError e) {
					// the command's own call fails the same way, and says so on one line
				}
			}, "transform-language");
			language.setDaemon(true);
			language.start();
		}
	}

	/** Deeply nested or huge input must not overflow the parser's stack. */
	private static final long STACK_BYTES = 64L * 1024 * 1024;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		throw new ParameterException(spec.commandLine(), "Missing command: say what to do, e.g. 'transform check plans/'");
	}

	public static void main(String[] args) throws InterruptedException {
		// Guice generates classes through sun.misc.Unsafe, which Java 24+ warns about on standard error;
		// the plain reflection it falls back to is as fast for the few objects a command creates
		if (System.getProperty(GUICE_BYTECODE) == null) {
			System.setProperty(GUICE_BYTECODE, "DISABLED");
		}
		if (System.getProperty(EMF_REFERENCE_CLEARING) == null && !isServer(args)) {
			System.setProperty(EMF_REFERENCE_CLEARING, "false");
		}
		configureLogging(System.getenv(DEBUG_VARIABLE) != null);
		prepareLanguage(args);
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		int[] exitCode = { EXIT_USAGE };
		Thread worker = new Thread(null, () -> exitCode[0] = run(Clock.systemDefaultZone(), Path.of("").toAbsolutePath(), out, err, args),
				"transform", STACK_BYTES);
		worker.start();
		worker.join();
		System.exit(exitCode[0]);
	}

	/**
	 * Runs the command line as {@code transform args...} would, printing to {@code out} and {@code err}.
	 *
	 * @param clock what "today" is for {@code check} when {@code --today} is not given (the system clock in
	 *            {@link #main(String[])}, a fixed one in tests)
	 * @param workingDirectory what relative paths are resolved against and shown relative to
	 * @return the exit code
	 */
	public static int run(Clock clock, Path workingDirectory, PrintWriter out, PrintWriter err, String... args) {
		try {
			CommandLine commandLine = new CommandLine(new TransformCli(), factory(clock, workingDirectory))
					.setOut(out)
					.setErr(err)
					.setCaseInsensitiveEnumValuesAllowed(true)
					.setParameterExceptionHandler(TransformCli::usageProblem)
					.setExecutionExceptionHandler((e, cl, parseResult) -> failure(e, cl.getErr()));
			return commandLine.execute(args);
		} catch (Throwable e) { // the last resort: whatever happens, one line and exit code 2
			return failure(e, err);
		} finally {
			out.flush();
			err.flush();
		}
	}

	/** The version shown by {@code --version} and written into SARIF logs. */
	public static String version() {
		Package p = TransformCli.class.getPackage();
		String version = p == null ? null : p.getImplementationVersion();
		return version == null ? "development build" : version;
	}

	/** Prints the version of Transform and of the Java runtime it runs on. */
	public static final class Version implements IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "Transform " + version(),
					"Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" };
		}
	}

	private static IFactory factory(Clock clock, Path workingDirectory) {
		IFactory defaults = CommandLine.defaultFactory();
		return new IFactory() {
			@Override
			@SuppressWarnings("unchecked")
			public <K> K create(Class<K> type) throws Exception {
				if (type == CheckCommand.class) {
					return (K) new CheckCommand(workingDirectory, clock);
				}
				if (type == DiagramCommand.class) {
					return (K) new DiagramCommand(workingDirectory, clock);
				}
				if (type == DiffCommand.class) {
					return (K) new DiffCommand(workingDirectory, clock);
				}
				if (type == ReportCommand.class) {
					return (K) new ReportCommand(workingDirectory, clock);
				}
				if (type == LspCommand.class) {
					return (K) new LspCommand(System.in, System.out, clock);
				}
				return defaults.create(type);
			}
		};
	}

	private static int usageProblem(ParameterException e, String[] args) {
		CommandLine commandLine = e.getCommandLine();
		String message = firstLine(e.getMessage());
		if (e instanceof UnmatchedArgumentException unmatched) {
			List<String> arguments = unmatched.getUnmatched();
			if (commandLine.getParent() == null && !arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
				message = "Unknown command: '" + arguments.get(0) + "'";
			}
			List<String> suggestions = unmatched.getSuggestions();
			if (!suggestions.isEmpty()) {
				message += "; did you mean " + String.join(" or ", suggestions) + "?";
			}
		}
		commandLine.getErr().println(oneLine(PREFIX + message + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')"));
		return EXIT_USAGE;
	}

	private static int failure(Throwable e, PrintWriter err) {
		if (e instanceof InputProblem) {
			err.println(oneLine(PREFIX + e.getMessage()));
			return EXIT_USAGE;
		}
		StackTraceElement[] trace = e.getStackTrace();
		err.println(oneLine(PREFIX + "internal error: " + firstLine(String.valueOf(e)) + (trace.length > 0 ? " at " + trace[0] : "")
				+ " (please report it; set " + DEBUG_VARIABLE + "=1 for details)"));
		if (System.getenv(DEBUG_VARIABLE) != null) {
			e.printStackTrace(err);
		}
		return EXIT_USAGE;
	}

	/**
	 * The text with control characters (a newline in a file name, a terminal's escape sequence) and
	 * bidirectional controls shown as '?', so that it stays one line and shows what it says: text
	 * from a plan or a measurement file cannot clear the screen or print a fake summary.
	 */
	static String oneLine(String text) {
		int first = 0;
		while (first < text.length() && Excerpt.harmless(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text; // most messages and paths: nothing to replace, nothing to copy (20,000 findings' lines of a check)
		}
		StringBuilder line = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			line.append(Excerpt.harmless(c) ? c : '?');
		}
		return line.toString();
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).strip();
	}

	/**
	 * Xtext logs through log4j. A command line keeps its output to its findings, and standard output may
	 * carry JSON: the log goes to standard error. Errors are always told there, a line each (a failure
	 * that Xtext catches and logs, such as a quick fix provider's, is never silent); everything from
	 * INFO up, with stack traces, when debugging.
	 */
	public static void configureLogging(boolean debug) {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		if (debug) {
			root.setLevel(Level.INFO);
			root.addAppender(new ConsoleAppender(new PatternLayout("transform: %p %c: %m%n"), ConsoleAppender.SYSTEM_ERR));
		} else {
			root.setLevel(Level.ERROR);
			root.addAppender(new ConsoleAppender(new OneLineLayout(), ConsoleAppender.SYSTEM_ERR));
		}
	}

	/** A log event in one line: level, message and the exception's own line, without its stack trace. */
	static final class OneLineLayout extends Layout {
		@Override
		public String format(LoggingEvent event) {
			ThrowableInformation thrown = event.getThrowableInformation();
			Throwable cause = thrown == null ? null : thrown.getThrowable();
			while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause(); // the reflective call's or the wrapper's cause is what went wrong
			}
			String line = PREFIX + event.getLevel().toString().toLowerCase(java.util.Locale.ROOT) + ": " + event.getRenderedMessage()
					+ (cause == null ? "" : ": " + firstLine(String.valueOf(cause)))
					+ " (set " + DEBUG_VARIABLE + "=1 for details)";
			return oneLine(line) + LINE_SEP;
		}

		@Override
		public boolean ignoresThrowable() {
			return false; // the stack trace is left out on purpose
		}

		@Override
		public void activateOptions() {
			// no options
		}
	}
}
