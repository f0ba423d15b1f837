package org.transform.dsl.ide.server;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Singleton;

/**
 * Xtext's workspace manager with the client's documents as the client knows them ({@link ClientDocument}):
 * the edits of a rename or a quick fix carry the version the client last sent for an open document
 * (Xtext counted its own: opened at 7 and changed at 42 gave 8, and editors that check versions, such
 * as eglot, refused every edit), and no version for a file the client has not opened (Xtext said 1).
 */
@Singleton
public class TransformWorkspaceManager extends WorkspaceManager {

	@Override
	public BuildManager.Buildable didOpen(URI uri, Integer version, String contents) {
		getOpenDocuments().put(uri, new ClientDocument(version, contents));
		return didChangeFiles(List.of(uri), List.of());
	}

	@Override
	public BuildManager.Buildable didChangeTextDocumentContent(URI uri, Integer version, Iterable<TextDocumentContentChangeEvent> changes) {
		Document open = getOpenDocuments().get(uri);
		if (open == null) {
			return super.didChangeTextDocumentContent(uri, version, changes); // logs that the client never opened it
		}
		ClientDocument document = open instanceof ClientDocument client ? client : new ClientDocument(open.getVersion(), open.getContents());
		getOpenDocuments().put(uri, document.changed(version, changes));
		return didChangeFiles(List.of(uri), List.of());
	}

	@Override
	protected Document getDocument(XtextResource resource) {
		Document open = getOpenDocuments().get(resource.getURI());
		return open != null ? open : new ClientDocument(null, resource.getParseResult().getRootNode().getText());
	}
}
