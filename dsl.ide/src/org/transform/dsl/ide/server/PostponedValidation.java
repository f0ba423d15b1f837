package org.transform.dsl.ide.server;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The files whose findings a build may have changed without building them, validated after the build,
 * one after the other, as long as nothing else waits for the core.
 *
 * <p>Some rules read the whole workspace (one name in two files, tools of one category in several files,
 * one team pushed toward opposing goals by two plans), so a change to what one plan exports can change
 * any other plan's findings. The builder rebuilds only the files whose links the change reaches (Xtext's
 * {@code isAffected}: the names they looked up); a name or a number typed in one plan of a hundred made
 * it index, link and validate the ninety-nine others before and after the edited plan, and a completion
 * waited behind them. Now, as in Xtext's Eclipse integration (the reconciler validates the edited file,
 * the builder the others later), the other plans of the workspace are <em>postponed</em>: after the build
 * has published the edited plan's findings, they are validated with the language's validator and their
 * findings published the way the builder publishes a file's ({@link TransformWorkspaceManager#publish}).
 *
 * <p>The pass never holds up the next edit or a read: it stops as soon as another request waits
 * ({@link TransformRequestManager#isRequestWaiting()}) or the build is superseded, between two files or
 * within one (the validator's cancel indicator says so; that file is validated again later). What is left stays
 * postponed: the next build goes on with it, and after a read the pass is submitted again. A file built
 * again (edited, or reached by a change) leaves the set, and so does a deleted file. A file with a broken
 * reference is linked again first, since what its message suggests depends on every name of the workspace.
 */
@Singleton
public class PostponedValidation {

	private static final Logger LOG = Logger.getLogger(PostponedValidation.class);

	private final Set<URI> files = new LinkedHashSet<>();

	@Inject
	private IRequestManager requests;

	@Inject
	private OperationCanceledManager operationCanceledManager;

	/** Whether no file waits to be validated. */
	public synchronized boolean isEmpty() {
		return files.isEmpty();
	}

	/** The files that wait to be validated, in the order they will be. */
	public synchronized List<URI> files() {
		return List.copyOf(files);
	}

	/**
	 * After a build: the files it built (validated) or deleted are done; when it changed what a plan exports,
	 * or added or deleted a plan, every other plan of that plan's project waits to be validated.
	 */
	synchronized void built(List<IResourceDescription.Delta> deltas, TransformWorkspaceManager workspace) {
		Set<URI> built = new HashSet<>();
		Set<ProjectManager> reached = new LinkedHashSet<>();
		for (IResourceDescription.Delta delta : deltas) {
			URI uri = delta.getUri();
			built.add(uri);
			files.remove(uri);
			if (isPlan(uri) && (delta.getOld() == null || delta.getNew() == null || delta.haveEObjectDescriptionsChanged())) {
				ProjectManager project = workspace.getProjectManager(uri);
				if (project != null) {
					reached.add(project);
				}
			}
		}
		for (ProjectManager project : reached) {
			for (IResourceDescription description : project.getIndexState().getResourceDescriptions().getAllResourceDescriptions()) {
				if (isPlan(description.getURI()) && !built.contains(description.getURI())) {
					files.add(description.getURI());
				}
			}
		}
	}

	/**
	 * Validates the postponed files until none is left, the build is superseded (the next build goes on) or
	 * another request waits (the pass is submitted again behind it). A file whose validation gives way halfway
	 * stays postponed.
	 */
	void validate(TransformWorkspaceManager workspace, CancelIndicator cancel) {
		CancelIndicator giveWay = () -> cancel.isCanceled() || requests instanceof TransformRequestManager manager && manager.isRequestWaiting();
		while (true) {
			URI next;
			synchronized (this) {
				if (files.isEmpty()) {
					return;
				}
				next = files.iterator().next();
			}
			if (giveWay.isCanceled() || !validated(next, workspace, giveWay)) {
				if (!cancel.isCanceled()) {
					resumeAfterTheWaitingRequest(workspace);
				} // else the write that superseded this build goes on with them
				return;
			}
			synchronized (this) {
				files.remove(next);
			}
		}
	}

	/** A read waits: an empty build after it goes on with the postponed files (a write after it would too, superseding that one). */
	private void resumeAfterTheWaitingRequest(TransformWorkspaceManager workspace) {
		try {
			requests.runWrite(() -> workspace.didChangeFiles(List.of(), List.of()), (cancel, build) -> build.build(cancel));
		} catch (RejectedExecutionException e) {
			// the core is shutting down
		}
	}

	/** Validates a file and publishes its findings; false when it gave way meanwhile (the file stays postponed). */
	private boolean validated(URI uri, TransformWorkspaceManager workspace, CancelIndicator cancel) {
		ProjectManager project = workspace.getProjectManager(uri);
		if (project == null || project.getResourceSet() == null
				|| project.getIndexState().getResourceDescriptions().getResourceDescription(uri) == null) {
			return true; // deleted, or its folder is no longer part of the workspace
		}
		try {
			Resource resource = project.getResourceSet().getResource(uri, true);
			if (!(resource instanceof XtextResource file)) {
				return true;
			}
			if (file.getErrors().stream().anyMatch(XtextLinkingDiagnostic.class::isInstance)) {
				file.relink();
			}
			IResourceValidator validator = file.getResourceServiceProvider().getResourceValidator();
			List<Issue> issues = validator.validate(file, CheckMode.ALL, cancel);
			if (issues == null || cancel.isCanceled()) { // Xtext's validator answers null when cancelled
				return false;
			}
			workspace.publish(uri, issues);
			return true;
		} catch (OperationCanceledError e) {
			return false;
		} catch (RuntimeException e) {
			if (operationCanceledManager.isOperationCanceledException(e)) {
				return false;
			}
			LOG.error("The postponed validation of " + uri + " failed; the file is validated again when it changes.", e);
			return true;
		}
	}

	private static boolean isPlan(URI uri) {
		return "transform".equals(uri.fileExtension());
	}
}
