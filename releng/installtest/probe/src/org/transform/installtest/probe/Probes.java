package org.transform.installtest.probe;

import java.util.List;

import org.eclipse.equinox.app.IApplicationContext;

/** What the probe's applications share: their arguments and their verdict. */
final class Probes {

	private Probes() {
	}

	static String[] arguments(IApplicationContext context, int count, String usage) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (args == null || args.length < count) {
			throw new IllegalArgumentException("expected the application arguments " + usage);
		}
		return args;
	}

	/** Prints the problems and {@code probe: OK} or {@code probe: FAILED}; the exit code of the application. */
	static Integer verdict(List<String> problems) {
		problems.forEach(problem -> System.out.println("problem: " + problem));
		System.out.println(problems.isEmpty() ? "probe: OK" : "probe: FAILED");
		System.out.flush();
		return problems.isEmpty() ? 0 : 1;
	}
}
