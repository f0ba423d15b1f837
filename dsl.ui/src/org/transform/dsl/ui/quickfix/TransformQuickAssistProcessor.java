package org.transform.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.transform.dsl.ui.builder.TransformBuilder;
import org.transform.dsl.ui.editor.FindingAnnotation;
import org.transform.dsl.ui.workspace.Findings;
import org.transform.dsl.workspace.Finding;

/** Ctrl+1 in the editor: the quick fixes of the findings at the caret (or, if none is there, on its line). */
public class TransformQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		if (annotation instanceof FindingAnnotation finding) {
			return QuickFixes.handles(finding.getCode());
		}
		return annotation instanceof MarkerAnnotation marker && marker.getMarker().exists()
				&& marker.getMarker().getAttribute(TransformBuilder.CODE, null) != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer() == null ? null : context.getSourceViewer().getDocument();
		if (document == null) {
			return new ICompletionProposal[0];
		}
		try {
			return proposals(document, context.getOffset()).toArray(ICompletionProposal[]::new);
		} catch (CoreException | RuntimeException e) {
			ILog.of(getClass()).warn("No quick fixes at offset " + context.getOffset() + ": " + e);
			return new ICompletionProposal[0];
		}
	}

	/** The fixes of the findings at the offset, each as a proposal that applies it. */
	public static List<ICompletionProposal> proposals(IDocument document, int offset) throws CoreException {
		int line = lineOf(document, offset);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (List<QuickFixes.Fix> fixes : QuickFixes.of(document, findings -> at(findings, offset, line + 1))) {
			for (QuickFixes.Fix fix : fixes) {
				proposals.add(new FixProposal(fix));
			}
		}
		return proposals;
	}

	private static int lineOf(IDocument document, int offset) {
		try {
			return document.getLineOfOffset(Math.max(0, Math.min(offset, document.getLength())));
		} catch (BadLocationException e) {
			return -1;
		}
	}

	/** The findings at the offset, or if none is there, those on its line (1-based). */
	private static List<Finding> at(List<Finding> findings, int offset, int line) {
		List<Finding> here = findings.stream().filter(f -> Findings.covers(f, offset)).toList();
		return here.isEmpty() ? findings.stream().filter(f -> f.line() == line).toList() : here;
	}

	/** A quick fix in the Ctrl+1 list. */
	static final class FixProposal implements ICompletionProposal {

		private final QuickFixes.Fix fix;

		FixProposal(QuickFixes.Fix fix) {
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			try {
				fix.applyTo(document);
			} catch (BadLocationException e) {
				ILog.of(getClass()).warn("The quick fix '" + fix.label() + "' does not fit the text: " + e);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
