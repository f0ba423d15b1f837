package org.transform.dsl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.core.runtime.IProgressMonitor;
import org.transform.dsl.ui.builder.TransformNature;
import org.transform.dsl.ui.workspace.PlanCores;
import org.transform.dsl.ui.workspace.PlanDocument;

/**
 * Live validation: once the author pauses, the editor's text is sent to the workspace core (the
 * language server's incremental builder, in-process), and that is all: the core re-parses the edited
 * region, links and validates what the edit reaches, and publishes the findings, which replace the
 * editor's annotations if the document still holds the text they were found in ({@link PlanCores}).
 * A change to another plan (saved, created, deleted, changed on disk) reaches the open plan the same
 * way, through the core's builder.
 */
public class TransformReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private volatile IDocument document;

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// sending the text takes no time: there is nothing to cancel
	}

	@Override
	public void initialReconcile() {
		PlanDocument plan = PlanCores.get().document(document);
		IFile file = plan == null ? null : plan.file();
		if (file != null) {
			TransformNature.addLater(file.getProject());
		}
		validate();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	/** Sends the document's current text to the core, which publishes its findings; never waits, safe to call from any thread. */
	public void validate() {
		IDocument current = document;
		if (current != null) {
			PlanCores.get().flush(current);
		}
	}
}
