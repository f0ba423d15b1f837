package org.transform.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.transform.dsl.ide.contentassist.TransformContentProposalProvider;
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
}
