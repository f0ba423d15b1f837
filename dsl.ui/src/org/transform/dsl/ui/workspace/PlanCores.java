package org.transform.dsl.ui.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ide.workspace.WorkspaceDay;
import org.transform.dsl.ui.builder.FindingMarkers;
import org.transform.dsl.ui.editor.PlanAnnotations;
import org.transform.dsl.workspace.Finding;
import org.transform.dsl.workspace.PlanWorkspace;

/**
 * The Eclipse host of the workspace core ({@link PlanCore}: the language server's own workspace
 * manager, incremental builder and request manager, run in-process): one core for the Eclipse
 * workspace, whose folders are the accessible projects that hold plans, started off the UI thread
 * the first time a plan is opened. It is fed by the editors' documents (open, change, close, each
 * change under a new version) and by resource deltas (plan files changed, created, deleted or renamed
 * on disk; projects opened, closed, created or deleted). Its findings become the editors' annotations
 * (only for the version the document still holds) and the Problems view's markers (only for saved
 * text). Every editor service reads the core ({@link #read}); none parses the project again.
 *
 * <p>A plan opened from outside the workspace (File → Open File) gets a core of its own, over its
 * workspace folder ({@link PlanWorkspace#rootOf}: the nearest folder with a marker, else the file's folder).
 */
public final class PlanCores {

	private static final PlanCores INSTANCE = new PlanCores();

	/**
	 * The system property that pins the day the rules counting up to today (indicator-stale) use, as
	 * {@code YYYY-MM-DD} (the workbench tests pin it); without it, the system clock's day, as {@code transform lsp}.
	 */
	public static final String TODAY = "transform.today";

	private static final Clock CLOCK = System.getProperty(TODAY) == null ? Clock.systemDefaultZone()
			: Clock.fixed(LocalDate.parse(System.getProperty(TODAY)).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

	/** How long a request made on the UI thread waits for the core (a build in progress) before giving up. */
	public static final long UI_WAIT_MILLIS = 3_000;

	private final CoreHandle workspace = new CoreHandle("the Eclipse workspace");
	/** The workspace core's folders: the projects' locations. */
	private final Map<IProject, Path> folders = new ConcurrentHashMap<>();
	private final Map<Path, CoreHandle> outside = new ConcurrentHashMap<>();
	private final Map<IDocument, PlanDocument> documents = new ConcurrentHashMap<>();
	private final AtomicBoolean started = new AtomicBoolean();
	/** Annotations are replaced here, not on the core's build thread, which must never wait for an editor. */
	private final ExecutorService annotations = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "Transform annotations");
		thread.setDaemon(true);
		return thread;
	});

	private PlanCores() {
	}

	/** The host, started on first use: it listens to the workspace and starts the workspace core in the background. */
	public static PlanCores get() {
		if (INSTANCE.started.compareAndSet(false, true)) {
			INSTANCE.start();
		}
		return INSTANCE;
	}

	private void start() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this::resourceChanged, IResourceChangeEvent.POST_CHANGE);
		FileBuffers.getTextFileBufferManager().addFileBufferListener(new Buffers());
		Job job = Job.create("Loading the Transform plans of the workspace", monitor -> {
			startWorkspaceCore();
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void startWorkspaceCore() {
		try {
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				Path location = holdsPlans(project) ? location(project) : null;
				if (location != null) {
					folders.put(project, location);
				}
			}
			PlanCore core = PlanCore.start(new ArrayList<>(folders.values()), new WorkspaceDay(CLOCK));
			core.addListener((uri, version, findings) -> published(workspace, uri, version, findings));
			workspace.started(core);
			// what the initial build found, before the listener was there: the markers of saved files (none for a clean file)
			for (IProject project : folders.keySet()) {
				for (IFile plan : plansOf(project)) {
					URI uri = PlanCore.uri(plan.getLocation().toPath());
					markSaved(uri, core.findings(uri));
				}
			}
		} catch (RuntimeException | LinkageError e) {
			failed(workspace, e);
		}
	}

	private CoreHandle startOutside(Path folder) {
		CoreHandle handle = new CoreHandle(folder.toString());
		Job job = Job.create("Loading the Transform plans of " + folder, monitor -> {
			try {
				PlanCore core = PlanCore.start(List.of(folder), new WorkspaceDay(CLOCK));
				core.addListener((uri, version, findings) -> published(handle, uri, version, findings));
				handle.started(core);
			} catch (RuntimeException | LinkageError e) {
				failed(handle, e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return handle;
	}

	private void failed(CoreHandle handle, Throwable reason) {
		ILog.of(PlanCores.class).error("The Transform plans of " + handle.name() + " could not be loaded", reason);
		handle.failed(reason);
	}

	// --- documents -------------------------------------------------------------------------------------------------

	/**
	 * The plan of an editor's document as the core holds it, opened in the core on first use; {@code null}
	 * for a document that is not a plan file on disk.
	 */
	public PlanDocument document(IDocument document) {
		if (document == null) {
			return null;
		}
		PlanDocument known = documents.get(document);
		if (known != null) {
			return known;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IPath location = buffer == null ? null : buffer.getLocation();
		if (location == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		Path path;
		CoreHandle core;
		if (file != null && file.exists() && file.getProject().isAccessible() && location(file.getProject()) != null) {
			path = file.getLocation().toPath();
			Path folder = location(file.getProject());
			if (folders.putIfAbsent(file.getProject(), folder) == null) {
				workspace.write(c -> c.foldersChanged(List.of(folder), List.of()));
			}
			core = workspace;
		} else {
			file = null;
			java.io.File local = FileBuffers.getSystemFileAtLocation(location);
			if (local == null) {
				return null;
			}
			path = local.toPath().toAbsolutePath().normalize();
			Path folder = PlanWorkspace.rootOf(path, path.getParent());
			core = outside.computeIfAbsent(folder, this::startOutside);
		}
		PlanDocument plan = new PlanDocument(document, buffer, core, PlanCore.uri(path), file);
		synchronized (documents) {
			known = documents.putIfAbsent(document, plan);
			if (known != null) {
				return known;
			}
			plan.open();
		}
		// a core that could not start: the editor says so on line 1 rather than showing no findings
		core.core().whenComplete((up, failure) -> {
			if (failure != null) {
				annotations.execute(() -> PlanAnnotations.showFailure(document, failure));
			}
		});
		return plan;
	}

	/** Sends the document's text to the core if it changed since it was last sent. */
	public void flush(IDocument document) {
		PlanDocument plan = document(document);
		if (plan != null) {
			plan.flush();
		}
	}

	/**
	 * Reads the document's plan in the core, as the document holds it now (its text is sent first): the
	 * resource, linked among the other plans of its workspace, and the core's document of its text.
	 */
	public <T> CompletableFuture<T> read(IDocument document, Function<ILanguageServerAccess.Context, T> reader) {
		return read(document, (core, context) -> reader.apply(context));
	}

	/** Reads the document's plan in the core, as {@link #read(IDocument, Function)}, with the core at hand (its findings, its server access). */
	public <T> CompletableFuture<T> read(IDocument document, BiFunction<PlanCore, ILanguageServerAccess.Context, T> reader) {
		PlanDocument plan = document(document);
		if (plan == null) {
			return CompletableFuture.failedFuture(new IllegalStateException("the document is not a plan file on disk"));
		}
		plan.flush();
		return plan.core().core().thenCompose(core -> core.read(plan.uri(), context -> reader.apply(core, context)));
	}

	/** The core of a document's plan, once it is up. */
	public CompletableFuture<PlanCore> core(IDocument document) {
		PlanDocument plan = document(document);
		return plan == null ? CompletableFuture.failedFuture(new IllegalStateException("the document is not a plan file on disk"))
				: plan.core().core();
	}

	/** The workspace core, once it is up. */
	public CompletableFuture<PlanCore> workspaceCore() {
		return workspace.core();
	}

	/** The plans opened in editors, as the core holds them. */
	public List<PlanDocument> documents() {
		return List.copyOf(documents.values());
	}

	/**
	 * Waits for a read, processing nothing meanwhile: for requests the author makes and waits for (Ctrl+1, format,
	 * F3). On the UI thread it waits {@link #UI_WAIT_MILLIS} at most, then fails with a message that says why.
	 */
	public static <T> T await(CompletableFuture<T> answer, IProgressMonitor monitor) throws CoreException {
		long end = System.currentTimeMillis() + (org.eclipse.swt.widgets.Display.getCurrent() != null ? UI_WAIT_MILLIS : Long.MAX_VALUE / 2);
		while (true) {
			try {
				return answer.get(Math.max(1, Math.min(100, end - System.currentTimeMillis())), TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				if (monitor != null && monitor.isCanceled()) {
					answer.cancel(false);
					throw new OperationCanceledException();
				}
				if (System.currentTimeMillis() >= end) {
					throw new CoreException(Status.error("The plans are still being checked: try again in a moment."));
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			} catch (ExecutionException e) {
				Throwable cause = e.getCause() == null ? e : e.getCause();
				throw new CoreException(Status.error(Findings.internalError(cause), cause));
			}
		}
	}

	/** A service of the plan's language (content assist, hover, formatting...), as the core's resource knows it. */
	public static <T> T service(ILanguageServerAccess.Context context, Class<T> type) {
		return ((XtextResource) context.getResource()).getResourceServiceProvider().get(type);
	}

	/** The plan a read is about. */
	public static XtextResource resource(ILanguageServerAccess.Context context) {
		return (XtextResource) context.getResource();
	}

	// --- findings ----------------------------------------------------------------------------------------------------

	/** Called on the core's build thread for each file built: annotations for open documents, markers for saved files. */
	private void published(CoreHandle core, URI uri, Integer version, List<Finding> findings) {
		boolean open = false;
		for (PlanDocument document : documents.values()) {
			if (document.core() != core || !document.uri().equals(uri)) {
				continue;
			}
			open = true;
			if (version != null) {
				document.published(version, findings);
				annotations.execute(() -> {
					// findings of an older text would be misplaced: the newer text's are on their way
					if (document.isAt(version)) {
						PlanAnnotations.show(document.document(), findings);
						if (document.isSaved() && document.file() != null) {
							FindingMarkers.replaceLater(document.file(), findings);
						}
					}
				});
			}
		}
		if (!open && core == workspace) {
			markSaved(uri, findings);
		}
	}

	/** The findings of a file's saved text become its markers. */
	private void markSaved(URI uri, List<Finding> findings) {
		IFile file = PlanFiles.file(uri);
		if (file != null && file.exists() && !isOpen(uri)) {
			FindingMarkers.replaceLater(file, findings);
		}
	}

	private boolean isOpen(URI uri) {
		return documents.values().stream().anyMatch(d -> d.uri().equals(uri));
	}

	/** The current findings of a workspace file, for its markers: those of the open document once it is saved, else the core's. */
	public List<Finding> savedFindings(PlanCore core, IFile file) {
		URI uri = PlanCore.uri(file.getLocation().toPath());
		for (PlanDocument document : documents.values()) {
			if (document.core() == workspace && document.uri().equals(uri)) {
				return document.isSaved() ? document.currentFindings() : null;
			}
		}
		return core.findings(uri);
	}

	// --- the workspace's changes -----------------------------------------------------------------------------------------

	private void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Changes changes = new Changes();
		try {
			delta.accept(child -> visit(child, changes));
		} catch (CoreException e) {
			ILog.of(PlanCores.class).warn("Changes of the workspace not passed on to the Transform plans: " + e);
		}
		changes.send();
	}

	/** What one resource delta means for the workspace core. */
	private final class Changes {
		final List<Path> added = new ArrayList<>();
		final List<Path> removed = new ArrayList<>();
		final List<URI> changed = new ArrayList<>();
		final List<URI> deleted = new ArrayList<>();
		final Set<IProject> measurementsChanged = new LinkedHashSet<>();

		void send() {
			if (!removed.isEmpty()) {
				List<URI> gone = List.copyOf(deleted);
				deleted.clear();
				workspace.write(c -> c.filesChanged(List.of(), gone));
			}
			if (!added.isEmpty() || !removed.isEmpty()) {
				List<Path> in = List.copyOf(added);
				List<Path> out = List.copyOf(removed);
				workspace.write(c -> c.foldersChanged(in, out));
			}
			for (IProject project : measurementsChanged) {
				// a plan's findings depend on the measurement files it names: the project's plans are checked again
				for (IFile plan : plansOf(project)) {
					URI uri = PlanCore.uri(plan.getLocation().toPath());
					if (!changed.contains(uri)) {
						changed.add(uri);
					}
				}
				documents.values().stream().filter(d -> d.file() != null && d.file().getProject().equals(project)).forEach(PlanDocument::resend);
			}
			List<URI> dirty = changed.stream().filter(uri -> !isOpen(uri)).toList();
			List<URI> gone = deleted.stream().filter(uri -> !isOpen(uri)).toList();
			if (!dirty.isEmpty() || !gone.isEmpty()) {
				workspace.write(c -> c.filesChanged(dirty, gone));
			}
		}
	}

	private boolean visit(IResourceDelta delta, Changes changes) {
		IResource resource = delta.getResource();
		if (resource.getType() == IResource.ROOT) {
			return true;
		}
		if (resource instanceof IProject project) {
			return visitProject(delta, project, changes);
		}
		if (!(resource instanceof IFile file) || !folders.containsKey(file.getProject())) {
			if (resource instanceof IFile file && PlanFiles.isPlan(file) && delta.getKind() == IResourceDelta.ADDED) {
				addFolder(file.getProject(), changes); // the project's first plan
			}
			return true;
		}
		if (PlanWorkspace.MARKER.equals(file.getName()) && delta.getKind() != IResourceDelta.CHANGED) {
			// a workspace marker came or went: the project's workspaces are found anew
			Path folder = folders.get(file.getProject());
			changes.removed.add(folder);
			changes.added.add(folder);
			return false;
		}
		if ("csv".equalsIgnoreCase(file.getFileExtension())) {
			changes.measurementsChanged.add(file.getProject());
			return false;
		}
		IPath location = file.getLocation();
		if (!PlanFiles.isPlan(file) || location == null || file.isDerived(IResource.CHECK_ANCESTORS)) {
			return false;
		}
		URI uri = PlanCore.uri(location.toPath());
		switch (delta.getKind()) {
			case IResourceDelta.ADDED -> changes.changed.add(uri);
			case IResourceDelta.REMOVED -> changes.deleted.add(uri);
			case IResourceDelta.CHANGED -> {
				if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
					changes.changed.add(uri);
				}
			}
			default -> {
				// phantoms: nothing on disk changed
			}
		}
		return false;
	}

	private boolean visitProject(IResourceDelta delta, IProject project, Changes changes) {
		boolean openedOrClosed = (delta.getFlags() & IResourceDelta.OPEN) != 0;
		if (delta.getKind() == IResourceDelta.REMOVED || openedOrClosed && !project.isOpen()) {
			Path folder = folders.remove(project);
			if (folder != null) {
				// its files are gone for the core before the folder is: a change of one of them still waiting
				// to be built would otherwise be read from a file that no longer exists, or from no project
				if (delta.getKind() == IResourceDelta.REMOVED) {
					removedPlans(delta, folder, changes.deleted);
				} else {
					PlanWorkspace.walk(folder).plans().forEach(plan -> changes.deleted.add(PlanCore.uri(plan)));
				}
				changes.removed.add(folder);
			}
			return false;
		}
		if (delta.getKind() == IResourceDelta.ADDED || openedOrClosed) {
			if (holdsPlans(project)) {
				addFolder(project, changes);
			}
			return false; // the core walks the new folder itself
		}
		return true;
	}

	private static List<IFile> plansOf(IProject project) {
		try {
			return PlanFiles.of(project);
		} catch (CoreException e) {
			return List.of(); // closed meanwhile
		}
	}

	private static void removedPlans(IResourceDelta delta, Path folder, List<URI> deleted) {
		if (PlanFiles.isPlan(delta.getResource())) {
			deleted.add(PlanCore.uri(folder.resolve(delta.getResource().getProjectRelativePath().toOSString())));
		}
		for (IResourceDelta child : delta.getAffectedChildren(IResourceDelta.REMOVED)) {
			removedPlans(child, folder, deleted);
		}
	}

	private void addFolder(IProject project, Changes changes) {
		Path location = location(project);
		if (location != null && folders.putIfAbsent(project, location) == null) {
			changes.added.add(location);
		}
	}

	private static Path location(IProject project) {
		IPath location = project.isAccessible() ? project.getLocation() : null;
		return location == null ? null : location.toPath().toAbsolutePath().normalize();
	}

	/** Whether the project holds a plan file (a walk of the workspace's resource tree in memory, not of the disk). */
	private static boolean holdsPlans(IProject project) {
		if (!project.isAccessible()) {
			return false;
		}
		AtomicBoolean found = new AtomicBoolean();
		try {
			project.accept((IResourceProxy proxy) -> {
				if (found.get()) {
					return false;
				}
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith(PlanWorkspace.EXTENSION)) {
					found.set(true);
				}
				return !proxy.isDerived();
			}, IResource.NONE);
		} catch (CoreException e) {
			return false;
		}
		return found.get();
	}

	/** The open documents' file buffers: closed, moved, deleted, saved. */
	private final class Buffers implements IFileBufferListener {

		@Override
		public void bufferDisposed(IFileBuffer buffer) {
			for (PlanDocument document : documents.values()) {
				if (document.buffer() == buffer) {
					documents.remove(document.document());
					document.close();
				}
			}
		}

		@Override
		public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
			for (PlanDocument document : documents.values()) {
				if (document.buffer() == buffer) {
					IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
					IPath location = file == null ? null : file.getLocation();
					if (location == null || !PlanFiles.isPlan(file)) {
						documents.remove(document.document());
						document.close();
					} else {
						document.movedTo(PlanCore.uri(location.toPath()), file);
					}
				}
			}
		}

		@Override
		public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
			if (isDirty) {
				return;
			}
			for (PlanDocument document : documents.values()) {
				List<Finding> findings = document.buffer() == buffer && document.file() != null ? document.currentFindings() : null;
				if (findings != null) {
					// saved: the findings of the text the author saw are those of the saved file, found once
					FindingMarkers.replaceLater(document.file(), findings);
				}
			}
		}

		@Override
		public void bufferCreated(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentReplaced(IFileBuffer buffer) {
		}

		@Override
		public void stateChanging(IFileBuffer buffer) {
		}

		@Override
		public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
		}

		@Override
		public void underlyingFileDeleted(IFileBuffer buffer) {
		}

		@Override
		public void stateChangeFailed(IFileBuffer buffer) {
		}
	}
}
