package org.transform.dsl.ide;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.transform.dsl.ide.contentassist.TransformContentProposalProvider;
import org.transform.dsl.ide.contentassist.TransformCrossrefProposalProvider;
import org.transform.dsl.ide.highlighting.TransformSemanticHighlightingCalculator;
import org.transform.dsl.ide.hover.TransformHoverService;
import org.transform.dsl.ide.symbols.TransformDocumentSymbolService;
import org.transform.dsl.ide.symbols.TransformSymbols;
import org.transform.dsl.ide.quickfix.TransformQuickfixProvider;
import org.eclipse.xtext.util.CancelIndicator;

/** Registers the IDE services (content assist, hover, quick fixes ...) shared by the language server and the Eclipse editor. */
public class TransformIdeModule extends AbstractTransformIdeModule {

	/**
	 * Editors never write generated files. The language server's builder runs on every keystroke and
	 * would otherwise (a) write diagrams and reports into a {@code src-gen} folder of the author's
	 * workspace and (b) validate each file a second time to decide whether it may generate. Diagrams
	 * and reports come from the CLI, Maven and the Eclipse builder, which call the generator themselves.
	 */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NeverWhileEditing.class;
	}

	public static class NeverWhileEditing implements IShouldGenerate {
		@Override
		public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
			return false;
		}
	}

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

	/** Each element a reference may name proposed once, by the shortest name that reaches it. */
	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return TransformCrossrefProposalProvider.class;
	}

	/** Hovers that read the plan analysis: an indicator's numbers and movers, a change's trace, a team's goals. */
	public Class<? extends IHoverService> bindIHoverService() {
		return TransformHoverService.class;
	}

	/** The outline as a tree: the plan holds its elements. */
	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return TransformDocumentSymbolService.class;
	}

	/** Outline and workspace symbols: simple names, measurements by their indicator. */
	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return TransformSymbols.Names.class;
	}

	/** Outline and workspace symbols: one symbol kind per kind of element. */
	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return TransformSymbols.Kinds.class;
	}

	/** Outline details: keyword, a change's lever, title. */
	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return TransformSymbols.Details.class;
	}

	/** Semantic tokens: teams, indicators, goals, practices and tools each in their own style; lever kinds; dates. */
	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return TransformSemanticHighlightingCalculator.class;
	}
}
