package org.transform.dsl.ui.workspace;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The plan an editor shows, parsed from the editor's text among the other plans of its project (or on
 * its own when the file is outside the workspace): what every editor service works on.
 *
 * @param plans the resource set holding the plan and its project's other plans
 * @param resource the plan, parsed from the editor's text
 * @param document the editor's text as the IDE services take it (offsets ↔ lines and columns)
 * @param file the workspace file, or {@code null} outside the workspace
 */
public record EditedPlan(ProjectPlans plans, XtextResource resource, Document document, IFile file) {

	/** Parses the document's current text. */
	public static EditedPlan of(IDocument document) throws CoreException {
		return of(document, document.get());
	}

	/** Parses the text as the document's content (a snapshot taken by the caller). */
	public static EditedPlan of(IDocument document, String text) throws CoreException {
		IFile file = PlanFiles.file(document);
		ProjectPlans plans;
		XtextResource resource;
		if (file != null && file.getProject().isAccessible()) {
			plans = ProjectPlans.load(PlanFiles.workspaceOf(file), Map.of(file, text));
			resource = plans.resource(file);
		} else {
			plans = ProjectPlans.single(PlanFiles.uriOutsideWorkspace(document), text);
			resource = plans.first();
		}
		return new EditedPlan(plans, resource, new Document(1, text), file);
	}

	public String uri() {
		return resource.getURI().toString();
	}
}
