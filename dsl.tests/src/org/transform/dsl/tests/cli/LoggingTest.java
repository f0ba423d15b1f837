package org.transform.dsl.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.log4j.Appender;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ide.cli.TransformCli;

/**
 * Issue 13.3: a failure that Xtext catches and logs (a quick fix provider's, say) is never silent: the
 * command line and the language server tell it on standard error, in one line.
 */
public class LoggingTest {

	@Test
	public void aFailureXtextCatchesIsToldOnStandardErrorInOneLine() {
		Logger root = Logger.getRootLogger();
		Level level = root.getLevel();
		List<Appender> appenders = new ArrayList<>();
		Collections.list(root.getAllAppenders()).forEach(a -> appenders.add((Appender) a));
		PrintStream standardError = System.err;
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try {
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			TransformCli.configureLogging(false);
			// as AbstractDeclarativeIdeQuickfixProvider logs a fix method that failed
			Logger.getLogger("org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider")
					.error("Error executing fix method", new InvocationTargetException(new NullPointerException("no feature 'name'")));
			Logger.getLogger("org.eclipse.xtext.Anything").warn("a warning is not told");
		} finally {
			System.setErr(standardError);
			LogManager.resetConfiguration();
			root.setLevel(level);
			appenders.forEach(root::addAppender);
		}
		List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
		assertEquals(1, lines.size(), () -> "one line: " + lines);
		assertTrue(lines.get(0).startsWith("transform: error: Error executing fix method: java.lang.NullPointerException: no feature 'name'"),
				lines.get(0));
	}
}
