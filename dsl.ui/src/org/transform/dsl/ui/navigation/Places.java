package org.transform.dsl.ui.navigation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;
import org.transform.dsl.ide.workspace.PlanCore;
import org.transform.dsl.ui.editor.PlanEditors;
import org.transform.dsl.ui.workspace.PlanCores;
import org.transform.dsl.ui.workspace.PlanDocument;
import org.transform.dsl.ui.workspace.PlanFiles;

/** Definitions and references of the name at an offset, found by the IDE services in the workspace core (across the plans of the workspace). */
public final class Places {

	/**
	 * A place in a plan.
	 *
	 * @param file the plan file, or {@code null} for a plan outside the workspace
	 * @param line 0-based
	 * @param offset offset of the place in the plan's text
	 * @param lineText the text of the line, for lists of places
	 * @param location the plan file on disk
	 */
	public record Place(IFile file, int line, int offset, int length, String lineText, Path location) {

		/** Opens the plan (or activates its editor) and selects the place. */
		public void open(IWorkbenchPage page, ITextEditor current) throws PartInitException {
			ITextEditor editor = current;
			if (!shownIn(current)) {
				IEditorPart part = file != null ? IDE.openEditor(page, file)
						: IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(location.toUri()));
				editor = part instanceof ITextEditor text ? text : part.getAdapter(ITextEditor.class);
			}
			if (editor != null) {
				editor.selectAndReveal(offset, length);
			}
		}

		private boolean shownIn(ITextEditor editor) {
			if (editor == null) {
				return false;
			}
			if (file != null) {
				return file.equals(editor.getEditorInput().getAdapter(IFile.class));
			}
			IDocument document = PlanEditors.document(editor);
			PlanDocument plan = document == null ? null : PlanCores.get().document(document);
			return plan != null && plan.uri().equals(PlanCore.uri(location));
		}

		@Override
		public String toString() {
			return (file != null ? file.getFullPath().makeRelative() + ":" : location.getFileName() + ":") + (line + 1) + ": " + lineText.strip();
		}
	}

	private Places() {
	}

	/** Where the name at the offset is declared. */
	public static List<Place> definitions(IDocument document, int offset) throws CoreException {
		if (offset < 0 || offset > document.getLength()) {
			return List.of();
		}
		return PlanCores.await(PlanCores.get().read(document, (core, context) -> {
			WorkspaceManager workspace = core.injector().getInstance(WorkspaceManager.class);
			return places(workspace, PlanCores.service(context, DocumentSymbolService.class).getDefinitions(PlanCores.resource(context), offset,
					access(workspace), context.getCancelChecker()));
		}), null);
	}

	/** Where the element named (or declared) at the offset is referred to, in all the plans of the workspace. */
	public static List<Place> references(IDocument document, int offset) throws CoreException {
		if (offset < 0 || offset > document.getLength()) {
			return List.of();
		}
		return PlanCores.await(PlanCores.get().read(document, (core, context) -> {
			WorkspaceManager workspace = core.injector().getInstance(WorkspaceManager.class);
			return places(workspace, PlanCores.service(context, DocumentSymbolService.class).getReferences(PlanCores.resource(context), offset,
					access(workspace), workspace.getIndex(), context.getCancelChecker()));
		}), null);
	}

	/** The core's resources, as the reference finder reads them: in the live resource set of the file's workspace. */
	private static IReferenceFinder.IResourceAccess access(WorkspaceManager workspace) {
		return new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(URI targetURI, IUnitOfWork<R, ResourceSet> work) {
				return workspace.doRead(targetURI, (document, resource) -> {
					try {
						return work.exec(resource == null ? null : resource.getResourceSet());
					} catch (RuntimeException e) {
						throw e;
					} catch (Exception e) {
						throw new WrappedException(e);
					}
				});
			}
		};
	}

	/** The places of the locations, in the texts the core holds (an open plan's text as its editor shows it). */
	private static List<Place> places(WorkspaceManager workspace, List<? extends Location> locations) {
		List<Place> places = new ArrayList<>();
		for (Location location : locations) {
			URI uri = URI.createURI(location.getUri());
			if (!uri.isFile()) {
				continue;
			}
			Document text = workspace.doRead(uri, (document, resource) -> document);
			if (text == null) {
				continue;
			}
			int start = text.getOffSet(location.getRange().getStart());
			int end = text.getOffSet(location.getRange().getEnd());
			int line = location.getRange().getStart().getLine();
			places.add(new Place(PlanFiles.file(uri), line, start, end - start, text.getLineContent(line), Path.of(uri.toFileString())));
		}
		places.sort((a, b) -> a.toString().compareTo(b.toString()));
		return places;
	}
}
