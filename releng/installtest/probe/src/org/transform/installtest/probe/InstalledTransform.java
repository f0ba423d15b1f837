package org.transform.installtest.probe;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.transform.dsl.ide.cli.TransformCli;

/**
 * {@code -application org.transform.installtest.probe.transform <plan folder>}, run in an installation into which
 * Transform was installed by p2:
 * <ol>
 * <li>every bundle of the installation resolves (an unresolved one is reported with the requirement it misses);</li>
 * <li>each Transform bundle ({@code org.transform.dsl*}) starts, and all four of the feature are there;</li>
 * <li>the installed language checks the plans of the folder ({@code transform check}) and prints its findings.</li>
 * </ol>
 * Prints one line per Transform bundle ({@code bundle <name> <version> <state>}), the findings, and ends with
 * {@code probe: OK} (exit code 0) or {@code probe: FAILED} (exit code 1) after the problems found.
 */
public class InstalledTransform implements IApplication {

	static final List<String> TRANSFORM_BUNDLES = List.of("org.transform.dsl", "org.transform.dsl.ide",
			"org.transform.dsl.ui", "org.transform.dsl.sirius");

	@Override
	public Object start(IApplicationContext context) {
		String[] args = Probes.arguments(context, 1, "<plan folder>");
		List<String> problems = new ArrayList<>();
		Bundle[] bundles = FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles();
		bundles[0].adapt(FrameworkWiring.class).resolveBundles(null); // the system bundle resolves what it can
		for (Bundle bundle : bundles) {
			if (bundle.getState() == Bundle.INSTALLED) {
				problems.add("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
						+ " does not resolve: " + resolutionProblem(bundle));
			}
		}
		Map<String, Bundle> transform = new TreeMap<>();
		for (Bundle bundle : bundles) {
			if (bundle.getSymbolicName().startsWith("org.transform.dsl")) {
				transform.put(bundle.getSymbolicName(), bundle);
			}
		}
		for (String name : TRANSFORM_BUNDLES) {
			if (!transform.containsKey(name)) {
				problems.add("bundle " + name + " is not installed");
			}
		}
		transform.values().forEach(bundle -> start(bundle, problems));
		if (problems.isEmpty()) {
			check(Path.of(args[0]), problems);
		}
		return Probes.verdict(problems);
	}

	private static void start(Bundle bundle, List<String> problems) {
		try {
			bundle.start(Bundle.START_TRANSIENT);
		} catch (BundleException e) {
			problems.add("bundle " + bundle.getSymbolicName() + " does not start: " + e.getMessage());
		}
		System.out.println("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " "
				+ (bundle.getState() == Bundle.ACTIVE ? "ACTIVE" : "state " + bundle.getState()));
	}

	/** The framework's own explanation (the unresolved requirement), obtained by trying to start the bundle. */
	private static String resolutionProblem(Bundle bundle) {
		if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
			return "a fragment whose host or requirements are missing";
		}
		try {
			bundle.start(Bundle.START_TRANSIENT);
			return "(resolved when started)";
		} catch (BundleException e) {
			return e.getMessage().replace('\n', ' ');
		}
	}

	/** {@code transform check <folder>} by the installed language: exit code 1 and the findings are expected. */
	private static void check(Path plans, List<String> problems) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = TransformCli.run(Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC), plans, new PrintWriter(out), new PrintWriter(err), "check", plans.toString());
		System.out.print(out);
		System.out.print(err);
		System.out.println("check exit code " + exit);
		if (exit == TransformCli.EXIT_USAGE) {
			problems.add("the installed language could not check " + plans + " (exit code 2)");
		}
	}

	@Override
	public void stop() {
		// runs to its end
	}
}
