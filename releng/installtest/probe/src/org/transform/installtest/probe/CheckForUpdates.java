package org.transform.installtest.probe;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code -application org.transform.installtest.probe.update <site URI>}: what a user does in the running
 * installation with <i>Help → Install New Software… → Add…</i> (the site becomes a known site) and then <i>Help →
 * Check for Updates</i>, which is p2's {@link UpdateOperation} over the installation's roots and the known sites.
 * Prints each update offered ({@code update <id> <from> -> <to>}), installs them all, and ends with {@code probe: OK}
 * or {@code probe: FAILED}; the new bundles run from the next start.
 */
public class CheckForUpdates implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		URI site = URI.create(Probes.arguments(context, 1, "<site URI>")[0]);
		BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
		IProvisioningAgent agent = bundles.getService(bundles.getServiceReference(IProvisioningAgent.class));
		agent.getService(IMetadataRepositoryManager.class).addRepository(site);
		agent.getService(IArtifactRepositoryManager.class).addRepository(site);

		List<String> problems = new ArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor();
		UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
		IStatus resolution = operation.resolveModal(monitor);
		for (Update update : operation.getPossibleUpdates()) {
			System.out.println("update " + update.toUpdate.getId() + " " + update.toUpdate.getVersion() + " -> "
					+ update.replacement.getVersion());
		}
		if (!resolution.isOK() && resolution.getSeverity() != IStatus.INFO) {
			problems.add("Check for Updates: " + describe(resolution));
		} else if (operation.getPossibleUpdates().length == 0) {
			problems.add("Check for Updates offers no update");
		} else {
			ProvisioningJob job = operation.getProvisioningJob(monitor);
			IStatus installed = job.runModal(monitor);
			if (installed.getSeverity() == IStatus.ERROR) {
				problems.add("the update did not install: " + describe(installed));
			}
		}
		return Probes.verdict(problems);
	}

	private static String describe(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append("; ").append(describe(child));
		}
		return text.toString();
	}

	@Override
	public void stop() {
		// runs to its end
	}
}
