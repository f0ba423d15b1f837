package org.transform.dsl.ui.diagram;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.generator.diagram.DiagramGenerator;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.ui.navigation.Places;
import org.transform.dsl.ui.workspace.PlanFiles;

/** The elements of a diagram the view shows: which one is at a point of the picture, and where it is declared. */
final class DiagramElements {

	private DiagramElements() {
	}

	/** The element drawn at the point of the picture (in the diagram's coordinates), the topmost one, or null. */
	static String at(DiagramGenerator.Layout layout, double x, double y) {
		List<DiagramGenerator.Placed> elements = layout.elements();
		for (int i = elements.size() - 1; i >= 0; i--) {
			if (elements.get(i).contains(x, y)) {
				return elements.get(i).element();
			}
		}
		return null;
	}

	/** Where the element with the qualified name ({@code Plan.Goal}, {@code Acme.Sales}) is declared among the plans of the workspace core's resource set the plan is in, or null. */
	static Places.Place declaration(ILanguageServerAccess.Context context, String qualifiedName) {
		int dot = qualifiedName.indexOf('.');
		String header = dot < 0 ? null : qualifiedName.substring(0, dot);
		String name = dot < 0 ? qualifiedName : qualifiedName.substring(dot + 1);
		for (Resource resource : context.getResource().getResourceSet().getResources()) {
			if (!(resource instanceof XtextResource xtext) || xtext.getContents().isEmpty()
					|| !(xtext.getContents().get(0) instanceof TransformFile file)) {
				continue;
			}
			String fileHeader = file.getHeader() == null ? null : file.getHeader().getName();
			if (header != null && !header.equals(fileHeader)) {
				continue;
			}
			for (EObject element : file.eContents()) {
				EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
				if (feature != null && name.equals(element.eGet(feature))) {
					List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
					INode node = nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(element) : nodes.get(0);
					if (node == null) {
						continue;
					}
					IFile declaredIn = PlanFiles.file(xtext.getURI());
					String text = xtext.getParseResult().getRootNode().getText();
					int line = node.getStartLine() - 1;
					int lineStart = text.lastIndexOf('\n', Math.max(0, node.getOffset() - 1)) + 1;
					int lineEnd = text.indexOf('\n', node.getOffset());
					return new Places.Place(declaredIn, line, node.getOffset(), node.getLength(),
							text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd), Path.of(xtext.getURI().toFileString()));
				}
			}
		}
		return null;
	}
}
