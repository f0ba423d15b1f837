package org.transform.dsl.ide.server;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IFileSystemScanner;
import org.transform.dsl.workspace.PlanWorkspace;

import com.google.inject.Singleton;

/**
 * The files of a workspace folder, as the language server's projects scan them: the plans that
 * {@link PlanWorkspace#walk} finds, the same as the command line's and the Eclipse editor's. Xtext's own
 * scanner followed every symbolic link ({@code up -> ..} and {@code self -> .} never ended) and
 * opened pipes named like plans.
 */
@Singleton
public class PlanWalkScanner implements IFileSystemScanner {

	@Override
	public void scan(URI root, IAcceptor<URI> acceptor) {
		if (!root.isFile()) {
			return;
		}
		Path folder = Path.of(root.toFileString());
		PlanWorkspace.Walk walk = PlanWorkspace.walk(folder);
		for (PlanWorkspace.Skipped skipped : walk.skipped()) {
			if (skipped.reason() == PlanWorkspace.Reason.OTHER_WORKSPACE) {
				continue; // a project of its own (PlanWorkspaceConfigFactory)
			}
			System.err.println("transform lsp: note: " + skipped.note(folder.relativize(skipped.path()).toString()));
		}
		for (Path plan : walk.plans()) {
			acceptor.accept(URI.createFileURI(plan.toString()));
		}
	}
}
