package org.transform.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.transform.dsl.ide.contentassist.TransformContentProposalProvider;
import org.transform.dsl.ide.hover.TransformHoverService;
import org.transform.dsl.ide.quickfix.TransformQuickfixProvider;

/** Registers the IDE services (content assist, hover, quick fixes ...) shared by the language server and the Eclipse editor. */
public class TransformIdeModule extends AbstractTransformIdeModule {

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return TransformQuickfixProvider.class;
	}

	/** Serves the quick fixes as code actions, each with the finding it fixes. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	/** Dates proposed at every date position, besides keywords and type-filtered references. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return TransformContentProposalProvider.class;
	}

	/** Hovers that read the plan analysis: an indicator's numbers and movers, a change's trace, a team's goals. */
	public Class<? extends IHoverService> bindIHoverService() {
		return TransformHoverService.class;
	}
}
