package org.transform.dsl.ide.server;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;
import org.transform.dsl.ide.workspace.CoreFindings;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's workspace manager with the client's documents as the client knows them ({@link ClientDocument}):
 * the edits of a rename or a quick fix carry the version the client last sent for an open document
 * (Xtext counted its own: opened at 7 and changed at 42 gave 8, and editors that check versions, such
 * as eglot, refused every edit), and no version for a file the client has not opened (Xtext said 1).
 * Every file's issues, as the builder validates them, also go to the workspace core's findings
 * ({@link CoreFindings}), for the hover and the faces that run the core in-process; so do those of the
 * files validated after a build ({@link PostponedValidation}).
 */
@Singleton
public class TransformWorkspaceManager extends WorkspaceManager {

	@Inject
	private CoreFindings findings;

	@Inject
	private PostponedValidation postponed;

	private Procedure2<? super URI, ? super Iterable<Issue>> published = (uri, issues) -> {
	};

	@Override
	public void initialize(List<WorkspaceFolder> workspaceFolders, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
			CancelIndicator cancelIndicator) {
		published = (uri, issues) -> {
			Document open = getOpenDocuments().get(uri);
			findings.accept(uri, open == null ? null : open.getVersion(), issues, validated(uri));
			issueAcceptor.apply(uri, issues);
		};
		super.initialize(workspaceFolders, published, cancelIndicator);
	}

	/**
	 * The issues of a file validated outside a build ({@link PostponedValidation}), published as the builder
	 * publishes a file's: to the client (diagnostics) and to the core's findings and their listeners.
	 */
	public void publish(URI uri, Iterable<Issue> issues) {
		published.apply(uri, issues);
	}

	/**
	 * Files that changed, as the builder can build them: a changed file that is gone by now (and is not
	 * open) counts as deleted, and a file no workspace holds any more (its folder was removed) is left
	 * out. Xtext queued both as they came, and every later build failed on the missing file. After the
	 * build, even one with nothing to build, the files it postponed are validated once the author has paused
	 * typing ({@link PostponedValidation}).
	 */
	@Override
	public BuildManager.Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles) {
		return didChangeFiles(dirtyFiles, deletedFiles, false);
	}

	/**
	 * A build of what changed so far that validates the postponed files at once, without waiting for a pause
	 * in typing: for whoever waits for everything to be done ({@link TransformLanguageServer#idle()}).
	 */
	public BuildManager.Buildable settle() {
		return didChangeFiles(List.of(), List.of(), true);
	}

	private BuildManager.Buildable didChangeFiles(List<URI> dirtyFiles, List<URI> deletedFiles, boolean validateNow) {
		if (!dirtyFiles.isEmpty() || !deletedFiles.isEmpty()) {
			postponed.changed();
		}
		List<URI> dirty = new ArrayList<>();
		List<URI> deleted = new ArrayList<>();
		for (URI uri : dirtyFiles) {
			if (getProjectManager(uri) == null) {
				continue;
			}
			(isDocumentOpen(uri) || !uri.isFile() || new File(uri.toFileString()).exists() ? dirty : deleted).add(uri);
		}
		for (URI uri : deletedFiles) {
			if (getProjectManager(uri) != null) {
				deleted.add(uri);
			}
		}
		BuildManager.Buildable build = super.didChangeFiles(dirty, deleted);
		return cancelIndicator -> {
			List<IResourceDescription.Delta> deltas = build.build(cancelIndicator);
			postponed.built(deltas, this);
			postponed.afterBuild(this, cancelIndicator, validateNow);
			return deltas;
		};
	}

	/** The file as the builder has just validated it, from its project's resource set. */
	private Resource validated(URI uri) {
		ProjectManager project = getProjectManager(uri);
		return project == null || project.getResourceSet() == null ? null : project.getResourceSet().getResource(uri, false);
	}

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
