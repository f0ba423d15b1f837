package org.transform.dsl.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			IDocument document = viewer.getDocument();
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
