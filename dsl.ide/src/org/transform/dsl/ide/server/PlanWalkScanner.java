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
		// each file's URI is written as the root's (file:///... as clients write it), so an open document is the same resource
		URI base = root.hasTrailingPathSeparator() ? root : root.appendSegment("");
		for (Path plan : walk.plans()) {
			StringBuilder relative = new StringBuilder();
			for (Path segment : folder.relativize(plan)) {
				relative.append(relative.isEmpty() ? "" : "/").append(URI.encodeSegment(segment.toString(), false));
			}
			acceptor.accept(URI.createURI(relative.toString()).resolve(base));
		}
	}
}
