package org.transform.dsl.ide.contentassist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.transform.dsl.services.TransformGrammarAccess;

import com.google.inject.Inject;

/**
 * Content assist beyond what the grammar gives for free (keywords, cross-references filtered by type,
 * enum literals such as the eight lever kinds): at every place a date is expected it proposes today
 * and the current month, read from an injectable {@link Clock} so that tests are deterministic.
 */
public class TransformContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private TransformGrammarAccess grammar;

	/** Bound in tests to a fixed clock; the system clock otherwise. */
	@Inject(optional = true)
	private Clock clock = Clock.systemDefaultZone();

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (ruleCall.getRule() == grammar.getDATERule()) {
			LocalDate today = LocalDate.now(clock);
			propose(today.toString(), "today", context, acceptor);
			propose(YearMonth.from(today).toString(), "this month", context, acceptor);
			return;
		}
		super._createProposals(ruleCall, context, acceptor);
	}

	private void propose(String date, String description, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(date, context, e -> {
			e.setKind(ContentAssistEntry.KIND_VALUE);
			e.setDescription(description);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}
}
