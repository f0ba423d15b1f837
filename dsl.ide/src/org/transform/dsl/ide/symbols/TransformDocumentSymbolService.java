package org.transform.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.transform.dsl.model.TransformFile;

import com.google.inject.Inject;

/**
 * The outline for clients that take a tree: the file's plan (or organization) spans the whole file
 * and holds its elements in the order they are written. Xtext's own tree would follow containment, and
 * in the model the elements are siblings of the header, not its children.
 */
public class TransformDocumentSymbolService extends HierarchicalDocumentSymbolService {

	@Inject
	private DocumentSymbolMapper mapper;

	@Inject
	private OperationCanceledManager cancelManager;

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof TransformFile file)) {
			return List.of();
		}
		List<DocumentSymbol> children = new ArrayList<>();
		for (EObject element : file.getElements()) {
			cancelManager.checkCanceled(cancelIndicator);
			DocumentSymbol symbol = mapper.toDocumentSymbol(element);
			if (isValid(symbol)) {
				children.add(symbol);
			}
		}
		DocumentSymbol header = file.getHeader() == null ? null : mapper.toDocumentSymbol(file.getHeader());
		if (header == null || !isValid(header)) {
			return children;
		}
		// the header holds the elements, so it spans the whole file
		header.setRange(new Range(new Position(0, 0), document.getPosition(document.getContents().length())));
		header.setChildren(children);
		return List.of(header);
	}
}
