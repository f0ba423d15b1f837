package org.transform.dsl.ui.navigation;

import java.util.ArrayList;
import java.util.List;

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
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;
import org.transform.dsl.ui.TransformLanguage;
import org.transform.dsl.ui.workspace.EditedPlan;
import org.transform.dsl.ui.workspace.PlanFiles;

/** Definitions and references of the name at an offset, found by the IDE services across the project's plans. */
public final class Places {

	/**
	 * A place in a plan.
	 *
	 * @param file the plan file, or {@code null} for the editor's own plan outside the workspace
	 * @param line 0-based
	 * @param offset offset of the place in the plan's text
	 * @param lineText the text of the line, for lists of places
	 */
	public record Place(IFile file, int line, int offset, int length, String lineText) {

		/** Opens the plan (or activates its editor) and selects the place. */
		public void open(IWorkbenchPage page, ITextEditor current) throws PartInitException {
			ITextEditor editor = current;
			if (file != null && (current == null || !file.equals(current.getEditorInput().getAdapter(IFile.class)))) {
				IEditorPart part = IDE.openEditor(page, file);
				editor = part instanceof ITextEditor text ? text : part.getAdapter(ITextEditor.class);
			}
			if (editor != null) {
				editor.selectAndReveal(offset, length);
			}
		}

		@Override
		public String toString() {
			return (file == null ? "" : file.getFullPath().makeRelative() + ":") + (line + 1) + ": " + lineText.strip();
		}
	}

	private Places() {
	}

	/** Where the name at the offset is declared. */
	public static List<Place> definitions(IDocument document, int offset) throws CoreException {
		EditedPlan plan = EditedPlan.of(document);
		if (offset < 0 || offset > plan.document().getContents().length()) {
			return List.of();
		}
		List<? extends Location> locations = service().getDefinitions(plan.resource(), offset, access(plan.plans().resourceSet()),
				CancelIndicator.NullImpl);
		return places(plan, locations);
	}

	/** Where the element named (or declared) at the offset is referred to, in all the project's plans. */
	public static List<Place> references(IDocument document, int offset) throws CoreException {
		EditedPlan plan = EditedPlan.of(document);
		if (offset < 0 || offset > plan.document().getContents().length()) {
			return List.of();
		}
		ResourceSet resourceSet = plan.plans().resourceSet();
		List<? extends Location> locations = service().getReferences(plan.resource(), offset, access(resourceSet),
				TransformLanguage.injector().getInstance(IResourceDescriptionsProvider.class).getResourceDescriptions(resourceSet),
				CancelIndicator.NullImpl);
		return places(plan, locations);
	}

	private static DocumentSymbolService service() {
		return TransformLanguage.injector().getInstance(DocumentSymbolService.class);
	}

	private static IReferenceFinder.IResourceAccess access(ResourceSet resourceSet) {
		return new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(URI targetURI, IUnitOfWork<R, ResourceSet> work) {
				try {
					return work.exec(resourceSet);
				} catch (RuntimeException e) {
					throw e;
				} catch (Exception e) {
					throw new WrappedException(e);
				}
			}
		};
	}

	private static List<Place> places(EditedPlan plan, List<? extends Location> locations) {
		List<Place> places = new ArrayList<>();
		for (Location location : locations) {
			URI uri = URI.createURI(location.getUri());
			XtextResource resource = null;
			for (var candidate : plan.plans().resourceSet().getResources()) {
				if (candidate instanceof XtextResource xtext && sameFile(candidate.getURI(), uri)) {
					resource = xtext;
				}
			}
			if (resource == null) {
				continue;
			}
			IFile file = PlanFiles.file(resource.getURI());
			Document text = new Document(1, plan.plans().text(resource));
			int start = text.getOffSet(location.getRange().getStart());
			int end = text.getOffSet(location.getRange().getEnd());
			int line = location.getRange().getStart().getLine();
			places.add(new Place(file, line, start, end - start, text.getLineContent(line)));
		}
		places.sort((a, b) -> a.toString().compareTo(b.toString()));
		return places;
	}

	private static boolean sameFile(URI a, URI b) {
		if (a.equals(b)) {
			return true;
		}
		IFile fa = PlanFiles.file(a);
		return fa != null && fa.equals(PlanFiles.file(b));
	}
}
