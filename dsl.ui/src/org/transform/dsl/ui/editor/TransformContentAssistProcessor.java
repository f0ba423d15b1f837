package org.transform.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.util.TextRegion;
import org.transform.dsl.ui.workspace.PlanCores;

/**
 * Ctrl+Space: the IDE services' proposals (keywords, names in scope across the project, dates), as the
 * language server makes them. Only proposals that continue what the author is typing are offered (as
 * JDT does), and they go away as soon as the typed text no longer matches: content assist that opens by
 * itself while the author types never turns Enter's new line into a proposal the author did not choose.
 */
public class TransformContentAssistProcessor implements IContentAssistProcessor {

	private static final int MAX_PROPOSALS = 500;

	/** The caret of each viewer content assist was asked in, as the UI thread last saw it. */
	private static final Map<ITextViewer, Integer> CARETS = new ConcurrentHashMap<>();

	/** The proposals at the offset of the document's text. */
	public static List<ContentAssistEntry> entries(IDocument document, int offset) throws CoreException {
		if (offset < 0 || offset > document.getLength()) {
			return List.of();
		}
		// the text up to the cursor is sent first: the proposals are those of the text the author sees
		return PlanCores.await(PlanCores.get().read(document, context -> entries(context, offset)), null);
	}

	/** The proposals at the offset of the plan as the workspace core holds it. */
	public static List<ContentAssistEntry> entries(ILanguageServerAccess.Context context, int offset) {
		String text = context.getDocument().getContents();
		if (offset < 0 || offset > text.length()) {
			return List.of();
		}
		ContentAssistContextFactory factory = PlanCores.service(context, ContentAssistContextFactory.class);
		factory.setPool(PlanCores.service(context, ExecutorService.class));
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, PlanCores.resource(context));
		List<ContentAssistEntry> result = new ArrayList<>();
		Set<String> proposed = new HashSet<>();
		PlanCores.service(context, IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), new IIdeContentProposalAcceptor() {
			@Override
			public void accept(ContentAssistEntry entry, int priority) {
				// each proposal once, the first made (a set: comparing with every proposal kept was quadratic in their number)
				if (entry != null && entry.getProposal() != null && proposed.add(entry.getProposal())) {
					result.add(entry);
				}
			}

			@Override
			public boolean canAcceptMoreProposals() {
				return result.size() < MAX_PROPOSALS;
			}
		});
		return result;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int invocationOffset) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		int offset = invocationOffset;
		try {
			IDocument document = viewer.getDocument();
			offset = typedUpTo(viewer, invocationOffset);
			int wordStart = wordStart(document, offset);
			for (ContentAssistEntry entry : entries(document, offset)) {
				String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
				int start = Math.max(0, offset - prefix.length());
				String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
				String shown = entry.getDescription() == null ? label : label + " — " + entry.getDescription();
				PrefixProposal proposal = new PrefixProposal(entry.getProposal(), start, offset, shown, entry.getDocumentation());
				// a proposal that would be glued onto the word being typed (a '}' after a name) is not what the author is typing
				if (start <= wordStart && proposal.matches(document, offset)) {
					proposals.add(proposal);
				}
			}
		} catch (CoreException | RuntimeException | BadLocationException e) {
			ILog.of(getClass()).warn("No proposals at offset " + offset + ": " + e);
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/**
	 * Where the author's caret is, when it is past the offset content assist asks at. The Generic Editor's
	 * content assist asks, off the UI thread, at the offset where its session began: when Ctrl+Space comes while
	 * a popup is open (one that opened by itself at the first letter of a word, its proposals still being
	 * computed), the proposals are computed again at that first letter and shown without being filtered by
	 * what was typed since (JFace's {@code AsyncCompletionProposalPopup.handleRepeatedInvocation}): the popup would
	 * offer {@code owner} after {@code owner Sa}, and Enter would put it in place of the typed text. The proposals
	 * are those of the text up to the caret, so what the popup shows selected is what Enter puts in.
	 */
	static int typedUpTo(ITextViewer viewer, int offset) {
		StyledText widget = viewer.getTextWidget();
		if (widget == null || widget.isDisposed()) {
			return offset;
		}
		Integer caret = CARETS.get(viewer);
		if (caret == null) {
			// once per viewer, the caret is read on the UI thread and followed from then on: a wait for the UI thread
			// at each request would make every popup wait while it shows "Computing proposals"
			int[] read = { offset };
			widget.getDisplay().syncExec(() -> read[0] = followCaret(viewer));
			caret = read[0];
		}
		// before the offset, the author deleted (content assist itself starts again there); on another line, the
		// caret is not where the author types on from the offset
		IDocument document = viewer.getDocument();
		try {
			return caret > offset && caret <= document.getLength() && document.getLineOfOffset(caret) == document.getLineOfOffset(offset) ? caret : offset;
		} catch (BadLocationException e) {
			return offset;
		}
	}

	/** The viewer's caret, kept up to date from now on for requests off the UI thread (called on the UI thread). */
	private static int followCaret(ITextViewer viewer) {
		StyledText widget = viewer.getTextWidget();
		if (widget == null || widget.isDisposed()) {
			return -1;
		}
		if (!CARETS.containsKey(viewer)) {
			CaretListener moved = event -> {
				try {
					CARETS.put(viewer, viewer.getSelectedRange().x);
				} catch (RuntimeException e) {
					// the viewer is being torn down: the last caret stays
				}
			};
			widget.addCaretListener(moved);
			widget.addDisposeListener(event -> CARETS.remove(viewer));
		}
		int caret = viewer.getSelectedRange().x;
		CARETS.put(viewer, caret);
		return caret;
	}

	/** Where the name, keyword or date that ends at the offset starts (the offset itself after a space or a brace). */
	static int wordStart(IDocument document, int offset) throws BadLocationException {
		int start = offset;
		while (start > 0 && isWordPart(document.getChar(start - 1))) {
			start--;
		}
		return start;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
