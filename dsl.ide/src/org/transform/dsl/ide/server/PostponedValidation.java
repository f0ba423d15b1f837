package org.transform.dsl.ide.server;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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

import com.google.inject.ImplementedBy;
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
 * <p>The pass waits for a pause in the author's work: it runs once no edit and no read (a completion, a
 * hover) has come for {@link #QUIET_MILLIS} (reads alone hold it off {@link #READS_HOLD_MILLIS} after the
 * last edit at most), not after each keystroke's build. On a machine of two cores it
 * took a core from the next keystroke and from the editor's thread while the author typed, and a completion
 * waited for it to give way; a burst of edits now gives one pass, after the burst. The {@link Timer} wakes the
 * pass up at the end of the pause, and it is run by an empty build, submitted then, unless a write is on its
 * way (its build goes on with the pass). Whoever waits for everything ({@link TransformLanguageServer#idle()}:
 * the Eclipse builder, the tests) has it run at once ({@link TransformWorkspaceManager#settle()}).
 *
 * <p>The pass never holds up the next edit or a read: it stops as soon as another request waits
 * ({@link TransformRequestManager#isRequestWaiting()}) or the build is superseded, between two files or
 * within one (the validator's cancel indicator says so; that file is validated again later). What is left stays
 * postponed: the next build goes on with it, and after a read the timer wakes it up again at the end of the
 * next pause (it submits no build while the read waits: a write waiting would be superseded by it, and
 * the author is at work). A file built again (edited, or reached by a change) leaves the set, and so
 * does a deleted file. A file with a broken reference is linked again first, since what its message suggests
 * depends on every name of the workspace.
 */
@Singleton
public class PostponedValidation {

	private static final Logger LOG = Logger.getLogger(PostponedValidation.class);

	/**
	 * The pause in typing the pass waits for, in milliseconds. Long enough to span the gap between two
	 * keystrokes of someone typing a word (100–250 ms at 40–100 words a minute), so that the pass does not
	 * start between them; short enough that the other plans' findings follow soon after the author stops
	 * (the pass itself takes longer than that on a workspace of a hundred plans).
	 */
	public static final long QUIET_MILLIS = 300;

	/**
	 * How long after the last edit reads alone may hold the pass off: a client that kept asking (a completion
	 * after a completion, a hover after a hover) would otherwise never let the other plans' findings follow the
	 * edit. After that the pass runs, giving way to each read as ever.
	 */
	public static final long READS_HOLD_MILLIS = 3_000;

	/**
	 * The time and the wake-up call the quiet period is measured and waited with: the system's monotonic clock
	 * and a timer thread, or a test's own clock that it advances by hand.
	 */
	@ImplementedBy(SystemTimer.class)
	public interface Timer {
		/** Now, in milliseconds of a clock that only goes forward (its origin does not matter). */
		long millis();

		/** Runs the task once, at that time of {@link #millis()} (or at once if it is past), on a thread of the timer's own: it must be short. */
		void scheduleAt(Runnable task, long millis);
	}

	/** {@link System#nanoTime()} and one daemon thread for every core of the process. */
	public static final class SystemTimer implements Timer {
		private static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "Transform postponed validation timer");
			thread.setDaemon(true);
			return thread;
		});

		@Override
		public long millis() {
			return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
		}

		@Override
		public void scheduleAt(Runnable task, long millis) {
			THREAD.schedule(task, Math.max(0, millis - millis()), TimeUnit.MILLISECONDS);
		}
	}

	private final Set<URI> files = new LinkedHashSet<>();

	/** When the last edit came ({@link Timer#millis()}); none yet: long ago. */
	private long lastChange = Long.MIN_VALUE / 2;

	/** Whether the timer is to wake the pass up: one wake-up at a time, however many edits come. */
	private boolean armed;

	@Inject
	private IRequestManager requests;

	@Inject
	private Timer timer;

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

	/** An edit came (a file changed, was opened, created or deleted): the quiet period starts again. */
	synchronized void changed() {
		lastChange = timer.millis();
	}

	/**
	 * After a build: the postponed files are validated now if the author has paused (or {@code now}: someone
	 * waits for everything), else at the end of the pause.
	 */
	void afterBuild(TransformWorkspaceManager workspace, CancelIndicator cancel, boolean now) {
		synchronized (this) {
			if (files.isEmpty()) {
				return;
			}
			if (!now && !isQuiet()) {
				arm(workspace);
				return;
			}
		}
		validate(workspace, cancel);
	}

	/**
	 * When the pause the pass waits for ends: {@link #QUIET_MILLIS} after the last edit or read, reads holding it
	 * off for {@link #READS_HOLD_MILLIS} after the last edit at most.
	 */
	private long quietAt() {
		long lastRead = requests instanceof TransformRequestManager manager ? manager.lastReadMillis() : Long.MIN_VALUE / 2;
		return Math.max(lastChange + QUIET_MILLIS, Math.min(lastRead + QUIET_MILLIS, lastChange + READS_HOLD_MILLIS));
	}

	private boolean isQuiet() {
		return timer.millis() >= quietAt();
	}

	/** The timer wakes the pass up at the end of the pause, unless it is set to already. */
	private void arm(TransformWorkspaceManager workspace) {
		armWith(workspace, quietAt());
	}

	private void armWith(TransformWorkspaceManager workspace, long at) {
		if (!armed) {
			armed = true;
			timer.scheduleAt(() -> wake(workspace), at);
		}
	}

	/**
	 * The timer's call: once the author has paused and no write is on its way (an edit's build goes on with the
	 * postponed files, and a build submitted now would supersede it), an empty build validates them. Else the
	 * timer is set again: to the end of the pause, or a pause after the write.
	 */
	private void wake(TransformWorkspaceManager workspace) {
		synchronized (this) {
			armed = false;
			if (files.isEmpty()) {
				return;
			}
			if (!isQuiet()) {
				arm(workspace);
				return;
			}
			if (requests instanceof TransformRequestManager manager && (manager.isWriteWaiting() || manager.isWriteRunning())) {
				armWith(workspace, timer.millis() + QUIET_MILLIS);
				return;
			}
		}
		try {
			requests.runWrite(() -> workspace.didChangeFiles(List.of(), List.of()), (cancel, build) -> build.build(cancel));
		} catch (RejectedExecutionException e) {
			// the core is shutting down
		}
	}

	/**
	 * Validates the postponed files until none is left, the build is superseded (the next build goes on) or
	 * another request waits (the timer takes the pass up again after the next pause). A file whose validation
	 * gives way halfway stays postponed.
	 */
	private void validate(TransformWorkspaceManager workspace, CancelIndicator cancel) {
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
				if (!cancel.isCanceled()) { // a request waits: the timer takes the pass up again once the author pauses
					synchronized (this) {
						arm(workspace);
					}
				} // else the write that superseded this build goes on with them
				return;
			}
			synchronized (this) {
				files.remove(next);
			}
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
