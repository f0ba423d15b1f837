package org.transform.dsl.ide.cli;

/**
 * A problem with what the user gave the command line (a path that does not exist, a file that is not
 * a Transform file or not text, a folder without plans). Its message is one line that names the path
 * and says what to do; the command prints it and exits with {@link TransformCli#EXIT_USAGE}.
 */
public final class InputProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InputProblem(String message) {
		super(message, null, false, false);
	}
}
