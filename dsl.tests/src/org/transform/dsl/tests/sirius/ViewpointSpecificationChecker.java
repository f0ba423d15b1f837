package org.transform.dsl.tests.sirius;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.transform.dsl.sirius.TransformViewpoints;
import org.transform.dsl.sirius.editing.PlanEditing;
import org.transform.dsl.sirius.editing.Relation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Checks a Sirius viewpoint specification (.odesign) against the language's {@link EPackage} without Sirius: every
 * domain class, every mapping reference and every interpreted expression must name classes, features and enum
 * literals that exist, and what an expression yields must fit where it is used (a semantic candidates expression
 * must yield elements of its mapping's domain class, an edge's target finder elements of its target mapping's).
 * <p>
 * It reads the XMI with DOM and parses the expression forms the Transform viewpoint uses:
 * <ul>
 * <li>{@code feature:name}, Sirius's feature interpreter;</li>
 * <li>{@code aql:} expressions made of {@code self}, navigation ({@code .feature}, many-valued navigation flattens),
 * {@code .eInverse('reference')}, {@code .oclIsKindOf(pkg::Class)}, {@code ->filter(pkg::Class)}, enum literals
 * ({@code pkg::Enum::literal}), string literals and {@code =} / {@code <>};</li>
 * </ul>
 * and reports anything else as a form it cannot check, so that the viewpoint cannot escape the check by using one.
 */
final class ViewpointSpecificationChecker {

	/** The type of an expression's value: a classifier of the language (or EObject, EString, EBoolean), one or many. */
	record Type(EClassifier classifier, boolean many) {

		static final Type BOOLEAN = new Type(EcorePackage.Literals.EBOOLEAN, false);
		static final Type STRING = new Type(EcorePackage.Literals.ESTRING, false);
		static final Type NULL = new Type(EcorePackage.Literals.EJAVA_OBJECT, false);

		String describe() {
			return classifier.getName() + (many ? "*" : "");
		}
	}

	private static final Set<String> MAPPING_CHILDREN = Set.of("nodeMappings", "containerMappings", "subNodeMappings",
			"subContainerMappings", "borderedNodeMappings");

	/** Sirius's view objects, as far as the tools navigate them: an edge's ends and the element a view shows. */
	private static final EClass VIEW_CLASS = EcoreFactory.eINSTANCE.createEClass();
	private static final EClass EDGE_END_CLASS = EcoreFactory.eINSTANCE.createEClass();
	private static final EClass EDGE_CLASS = EcoreFactory.eINSTANCE.createEClass();
	static {
		EPackage views = EcoreFactory.eINSTANCE.createEPackage();
		views.setName("viewpoint");
		VIEW_CLASS.setName("DSemanticDecorator");
		VIEW_CLASS.getEStructuralFeatures().add(reference("target", EcorePackage.Literals.EOBJECT));
		EDGE_END_CLASS.setName("EdgeTarget");
		EDGE_END_CLASS.getESuperTypes().add(VIEW_CLASS);
		EDGE_CLASS.setName("DEdge");
		EDGE_CLASS.getESuperTypes().add(VIEW_CLASS);
		EDGE_CLASS.getEStructuralFeatures().add(reference("sourceNode", EDGE_END_CLASS));
		EDGE_CLASS.getEStructuralFeatures().add(reference("targetNode", EDGE_END_CLASS));
		views.getEClassifiers().addAll(List.of(VIEW_CLASS, EDGE_END_CLASS, EDGE_CLASS));
	}
	private static final Type VIEW = new Type(VIEW_CLASS, false);
	private static final Type EDGE_END = new Type(EDGE_END_CLASS, false);
	private static final Type EDGE = new Type(EDGE_CLASS, false);

	private static EReference reference(String name, EClass type) {
		EReference reference = EcoreFactory.eINSTANCE.createEReference();
		reference.setName(name);
		reference.setEType(type);
		return reference;
	}

	private static final List<String> STYLE_EXPRESSIONS = List.of("labelExpression", "tooltipExpression");

	private final EPackage language;

	private final Document document;

	/** A class of the bundle that ships the specification: its class loader has the services and the icons. */
	private final Class<?> bundle;

	private final List<String> problems = new ArrayList<>();

	private final List<Class<?>> services = new ArrayList<>();

	private ViewpointSpecificationChecker(EPackage language, Document document, Class<?> bundle) {
		this.language = language;
		this.document = document;
		this.bundle = bundle;
	}

	/**
	 * @param bundle a class of the bundle that ships the specification, whose class loader loads the services the
	 *            specification names and whose resources are the images it names
	 * @return the problems found, each naming where it is and what is wrong; empty when the specification fits
	 */
	static List<String> check(InputStream odesign, EPackage language, Class<?> bundle) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			ViewpointSpecificationChecker checker = new ViewpointSpecificationChecker(language,
					factory.newDocumentBuilder().parse(odesign), bundle);
			checker.checkGroup();
			return checker.problems;
		} catch (ParserConfigurationException | SAXException e) {
			return List.of("not a readable viewpoint specification: " + e.getMessage());
		}
	}

	private void checkGroup() {
		for (Element viewpoint : children(document.getDocumentElement(), "ownedViewpoints")) {
			for (Element extension : children(viewpoint, "ownedJavaExtensions")) {
				String name = extension.getAttribute("qualifiedClassName");
				try {
					services.add(Class.forName(name, false, bundle.getClassLoader()));
				} catch (ClassNotFoundException | LinkageError e) {
					problems.add("Java extension " + name + " is not a class of " + bundle.getPackageName() + "'s bundle");
				}
			}
		}
		for (Element viewpoint : children(document.getDocumentElement(), "ownedViewpoints")) {
			for (Element representation : children(viewpoint, "ownedRepresentations")) {
				checkRepresentation(representation);
			}
		}
	}

	private void checkRepresentation(Element representation) {
		String where = representation.getAttribute("name");
		for (Element metamodel : children(representation, "metamodel")) {
			String href = metamodel.getAttribute("href");
			if (!href.equals(language.getNsURI() + "#/")) {
				problems.add(where + ": metamodel " + href + " is not the language's package " + language.getNsURI());
			}
		}
		EClass root = domainClass(representation, where);
		if (root == null) {
			return;
		}
		expression(representation, "preconditionExpression", root, where);
		expression(representation, "titleExpression", root, where);
		for (Element layer : children(representation, "defaultLayer", "additionalLayers")) {
			for (Element mapping : children(layer, MAPPING_CHILDREN)) {
				checkMapping(mapping, root, where);
			}
			for (Element edge : children(layer, "edgeMappings")) {
				checkEdge(edge, root, where);
			}
		}
		List<EClass> lineClasses = new ArrayList<>();
		for (Element line : children(representation, "ownedLineMappings")) {
			checkLine(line, root, where, lineClasses);
		}
		for (Element column : children(representation, "ownedColumnMappings")) {
			checkColumn(column, lineClasses, root, where + " › column " + column.getAttribute("name"));
		}
		new Tools(representation, root, where).check();
	}

	private void checkMapping(Element mapping, EClass container, String representation) {
		String where = representation + " › " + mapping.getAttribute("name");
		EClass self = domainClass(mapping, where);
		if (self == null) {
			return;
		}
		Type candidates = expression(mapping, "semanticCandidatesExpression", container, where);
		requireElementsOf(candidates, self, where + " semanticCandidatesExpression");
		expression(mapping, "semanticElements", self, where);
		expression(mapping, "preconditionExpression", self, where);
		checkStyles(mapping, self, where);
		for (Element child : children(mapping, MAPPING_CHILDREN)) {
			checkMapping(child, self, where);
		}
	}

	private void checkEdge(Element edge, EClass root, String representation) {
		String where = representation + " › " + edge.getAttribute("name");
		EClass source = mappedClass(edge, "sourceMapping", where);
		EClass target = mappedClass(edge, "targetMapping", where);
		EClass self = source;
		if (Boolean.parseBoolean(edge.getAttribute("useDomainElement"))) {
			self = domainClass(edge, where);
			if (self == null) {
				return;
			}
			expression(edge, "semanticCandidatesExpression", root, where);
			requireElementsOf(expression(edge, "sourceFinderExpression", self, where), source,
					where + " sourceFinderExpression");
		}
		if (self == null) {
			return;
		}
		requireElementsOf(expression(edge, "targetFinderExpression", self, where), target,
				where + " targetFinderExpression");
		checkStyles(edge, self, where);
	}

	private void checkLine(Element line, EClass container, String representation, List<EClass> lineClasses) {
		String where = representation + " › line " + line.getAttribute("name");
		EClass self = domainClass(line, where);
		if (self == null) {
			return;
		}
		lineClasses.add(self);
		requireElementsOf(expression(line, "semanticCandidatesExpression", container, where), self,
				where + " semanticCandidatesExpression");
		expression(line, "headerLabelExpression", self, where);
		expression(line, "semanticElements", self, where);
		for (Element subLine : children(line, "ownedSubLines")) {
			checkLine(subLine, self, representation, lineClasses);
		}
	}

	private void checkColumn(Element column, List<EClass> lineClasses, EClass root, String where) {
		String featureName = column.getAttribute("featureName");
		for (EClass line : lineClasses) {
			if (line.getEStructuralFeature(featureName) == null) {
				problems.add(where + ": featureName '" + featureName + "': " + line.getName() + " has no feature '"
						+ featureName + "'");
			}
			expression(column, "labelExpression", line, where);
			// Sirius lets the author edit every cell whose canEdit is empty
			if (!column.hasAttribute("canEdit")) {
				problems.add(where + ": no canEdit: every cell would be editable, also where the plan cannot write the edit");
			}
			requireBoolean(expression(column, "canEdit", line, where), where + " canEdit");
			for (Element edit : children(column, "directEdit")) {
				operations(edit, where + " › direct edit", line,
						Map.of("element", single(line), "lineSemantic", single(line), "root", single(root), "arg0", Type.STRING));
			}
		}
	}

	private void requireBoolean(Type type, String where) {
		if (type != null && !type.equals(Type.BOOLEAN)) {
			problems.add(where + " yields " + type.describe() + ", not a boolean");
		}
	}

	private static Type single(EClass type) {
		return new Type(type, false);
	}

	/**
	 * The tools of a representation, checked in the context Sirius runs them in: each tool's variables typed from
	 * the mappings it creates or is attached to, its operations ({@code ChangeContext} calling the services) type
	 * checked with them. Every mapping has a delete tool (else Sirius's "Delete from Model" removes the object and
	 * leaves the plan's references to it dangling), every node a direct edit, every edge a creation, reconnection and
	 * delete tool; a tool no mapping uses is reported.
	 */
	private final class Tools {

		private final Element representation;

		private final EClass root;

		private final String where;

		private final Set<Element> used = new java.util.HashSet<>();

		Tools(Element representation, EClass root, String where) {
			this.representation = representation;
			this.root = root;
			this.where = where;
		}

		void check() {
			Set<Element> createdEdges = new java.util.HashSet<>();
			for (Element layer : children(representation, "defaultLayer", "additionalLayers")) {
				for (Element tool : tools(layer)) {
					checkTool(tool, createdEdges);
				}
			}
			for (Element layer : children(representation, "defaultLayer", "additionalLayers")) {
				for (Element mapping : children(layer, MAPPING_CHILDREN)) {
					checkNodeTools(mapping);
				}
				for (Element edge : children(layer, "edgeMappings")) {
					checkEdgeTools(edge, createdEdges.contains(edge));
				}
				for (Element set : children(layer, "decorationDescriptionsSet")) {
					for (Element decoration : children(set, "decorationDescriptions")) {
						checkDecoration(decoration);
					}
				}
			}
			for (Element composite : children(representation, "filters")) {
				for (Element filter : children(composite, "filters")) {
					checkFilter(filter, where + " › filter " + composite.getAttribute("name"));
				}
			}
			for (Element line : children(representation, "ownedLineMappings")) {
				EClass type = classifierOrNull(line.getAttribute("domainClass")) instanceof EClass c ? c : null;
				for (Element delete : children(line, "delete")) {
					operations(delete, where + " › " + delete.getAttribute("name"), type,
							Map.of("element", single(type), "root", single(root)));
				}
			}
			for (Element create : children(representation, "ownedCreateLine")) {
				String tool = where + " › " + create.getAttribute("name");
				resolve(create.getAttribute("mapping"), tool + " mapping");
				operations(create, tool, root,
						Map.of("root", single(root), "container", single(root), "element", single(root)));
			}
			for (Element layer : children(representation, "defaultLayer", "additionalLayers")) {
				for (Element tool : tools(layer)) {
					if (!used.contains(tool)) {
						problems.add(where + " › " + tool.getAttribute("name") + ": no mapping uses this tool");
					}
				}
			}
		}

		private List<Element> tools(Element layer) {
			List<Element> tools = new ArrayList<>();
			List<Element> sections = new ArrayList<>(children(layer, "toolSections"));
			while (!sections.isEmpty()) {
				Element section = sections.remove(0);
				tools.addAll(children(section, "ownedTools"));
				sections.addAll(children(section, "subSections"));
			}
			return tools;
		}

		private void checkTool(Element tool, Set<Element> createdEdges) {
			String name = where + " › " + tool.getAttribute("name");
			switch (type(tool)) {
			case "NodeCreationDescription" -> {
				used.add(tool);
				for (String reference : references(tool, "nodeMappings", name)) {
					resolve(reference, name + " nodeMappings");
				}
				operations(tool, name, root, Map.of("container", single(root), "containerView", VIEW));
			}
			case "EdgeCreationDescription" -> {
				used.add(tool);
				for (String reference : references(tool, "edgeMappings", name)) {
					Element edge = resolve(reference, name + " edgeMappings");
					if (edge == null) {
						continue;
					}
					createdEdges.add(edge);
					EClass source = mappedClass(edge, "sourceMapping", name);
					EClass target = mappedClass(edge, "targetMapping", name);
					if (source != null && target != null) {
						operations(tool, name, source, Map.of("source", single(source), "target", single(target),
								"sourceView", EDGE_END, "targetView", EDGE_END));
					}
				}
			}
			case "DeleteElementDescription", "DirectEditLabel", "ReconnectEdgeDescription" -> {
				// checked from the mappings that use them
			}
			default -> problems.add(name + ": a " + type(tool) + " is not a tool this check knows");
			}
		}

		private void checkNodeTools(Element mapping) {
			String name = where + " › " + mapping.getAttribute("name");
			if (!(classifierOrNull(mapping.getAttribute("domainClass")) instanceof EClass type)) {
				return;
			}
			Element delete = tool(mapping, "deletionDescription", name);
			if (delete != null) {
				operations(delete, name + " › " + delete.getAttribute("name"), type,
						Map.of("element", single(type), "elementView", EDGE_END, "containerView", VIEW));
			}
			Element edit = tool(mapping, "labelDirectEdit", name);
			if (edit != null) {
				String editName = name + " › " + edit.getAttribute("name");
				Type input = expression(edit, "inputLabelExpression", type, editName);
				if (input != null && !input.equals(Type.STRING)) {
					problems.add(editName + " inputLabelExpression yields " + input.describe() + ", not a text");
				}
				operations(edit, editName, type, Map.of("arg0", Type.STRING));
			}
			for (Element child : children(mapping, MAPPING_CHILDREN)) {
				checkNodeTools(child);
			}
		}

		private void checkEdgeTools(Element edge, boolean created) {
			String name = where + " › " + edge.getAttribute("name");
			EClass source = mappedClass(edge, "sourceMapping", name);
			EClass target = mappedClass(edge, "targetMapping", name);
			if (source == null || target == null) {
				// reported where the mapping is checked; its tools are not unused for that
				for (String attribute : List.of("deletionDescription", "reconnections")) {
					for (String reference : edge.getAttribute(attribute).trim().split("\\s+")) {
						if (!reference.isEmpty() && resolve(reference, name + " " + attribute) != null) {
							used.add(resolve(reference, name + " " + attribute));
						}
					}
				}
				return;
			}
			if (!created) {
				problems.add(name + ": no tool creates this edge");
			}
			Element delete = tool(edge, "deletionDescription", name);
			if (delete != null) {
				operations(delete, name + " › " + delete.getAttribute("name"), source,
						Map.of("element", single(source), "elementView", EDGE, "containerView", VIEW));
			}
			List<String> reconnections = references(edge, "reconnections", name);
			if (reconnections.isEmpty()) {
				problems.add(name + ": no reconnect tool: its ends cannot be moved");
			}
			for (String reference : reconnections) {
				Element reconnect = resolve(reference, name + " reconnections");
				if (reconnect == null) {
					continue;
				}
				used.add(reconnect);
				EClass end = "RECONNECT_SOURCE".equals(reconnect.getAttribute("reconnectionKind")) ? source : target;
				operations(reconnect, name + " › " + reconnect.getAttribute("name"), source,
						Map.of("element", single(source), "source", single(end), "target", single(end),
								"sourceView", EDGE_END, "targetView", EDGE_END, "edgeView", EDGE));
			}
		}

		/** The tool a mapping names in the attribute; a problem if it names none. */
		private Element tool(Element mapping, String attribute, String name) {
			if (mapping.getAttribute(attribute).isBlank()) {
				problems.add(name + ": no " + attribute + (attribute.equals("deletionDescription")
						? ": Sirius would delete from the model, leaving the plan's references to it dangling"
						: ""));
				return null;
			}
			Element tool = resolve(mapping.getAttribute(attribute), name + " " + attribute);
			if (tool != null) {
				used.add(tool);
			}
			return tool;
		}

		private void checkDecoration(Element decoration) {
			String name = where + " › decoration " + decoration.getAttribute("name");
			EClass type = domainClass(decoration, name);
			if (type == null) {
				return;
			}
			requireBoolean(expression(decoration, "preconditionExpression", type, name), name + " preconditionExpression");
			expression(decoration, "tooltipExpression", type, name);
			String image = decoration.getAttribute("imageExpression");
			String prefix = "/" + bundleName() + "/";
			if (!image.startsWith(prefix) || bundle.getResource("/" + image.substring(prefix.length())) == null) {
				problems.add(name + ": imageExpression '" + image + "' is no image of the bundle (" + prefix + "...)");
			}
		}

		private void checkFilter(Element filter, String name) {
			for (String reference : references(filter, "mappings", name)) {
				Element mapping = resolve(reference, name + " mappings");
				if (mapping != null && classifierOrNull(mapping.getAttribute("domainClass")) instanceof EClass type) {
					requireBoolean(expression(filter, "semanticConditionExpression", type, name),
							name + " semanticConditionExpression");
				}
			}
		}

		private List<String> references(Element element, String attribute, String name) {
			String value = element.getAttribute(attribute).trim();
			if (value.isEmpty()) {
				problems.add(name + ": no " + attribute);
				return List.of();
			}
			return List.of(value.split("\\s+"));
		}
	}

	private String bundleName() {
		return TransformViewpoints.BUNDLE_ID;
	}

	/**
	 * What the services take as text literals, checked against what they accept: the relation an edge tool names
	 * (and that the tool's ends are that relation's), the kind a creation tool creates, the feature a cell edits,
	 * the severity a decoration shows.
	 */
	private static final class ServiceArguments {

		static void check(String service, Type receiver, List<Type> arguments, List<String> literals) {
			switch (service) {
			case "connect", "disconnect" -> relation(literals.get(1), receiver, arguments.get(0));
			case "reconnect" -> relation(literals.get(3), arguments.get(1), arguments.get(2));
			case "newElement" -> kind(literals.get(0));
			case "editCell" -> cell(receiver, literals.get(0));
			case "hasFinding" -> severity(literals.get(0));
			default -> {
				// the other services take no literal
			}
			}
		}

		private static String literal(String literal, String what) {
			if (literal == null) {
				throw new ExpressionProblem(what + " is not a literal the check can read");
			}
			return literal;
		}

		private static void relation(String literal, Type source, Type target) {
			String keyword = literal(literal, "the relation");
			Relation relation = Relation.named(keyword).orElseThrow(() -> new ExpressionProblem("no relation '" + keyword
					+ "': the services know " + java.util.Arrays.stream(Relation.values()).map(Relation::keyword).toList()));
			if (source.classifier() instanceof EClass from && !related(from, relation.source())
					|| target.classifier() instanceof EClass to && !related(to, relation.target())) {
				throw new ExpressionProblem("'" + keyword + "' goes from a " + relation.source().getName() + " to a "
						+ relation.target().getName() + ", not from " + source.describe() + " to " + target.describe());
			}
		}

		private static void kind(String literal) {
			String kind = literal(literal, "the kind");
			if (PlanEditing.CREATED_KINDS.stream().noneMatch(type -> type.getName().equals(kind))) {
				throw new ExpressionProblem("the services create no '" + kind + "'");
			}
		}

		private static void cell(Type receiver, String literal) {
			String feature = literal(literal, "the feature");
			if (receiver.classifier() instanceof EClass type && type.getEStructuralFeature(feature) == null) {
				throw new ExpressionProblem(type.getName() + " has no feature '" + feature + "' to edit");
			}
		}

		private static void severity(String literal) {
			String severity = literal(literal, "the severity");
			if (!List.of("error", "warning", "info").contains(severity)) {
				throw new ExpressionProblem("'" + severity + "' is not a severity (error, warning, info)");
			}
		}
	}

	private static String type(Element element) {
		String type = element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
		return type.substring(type.indexOf(':') + 1);
	}

	/** Checks the operations a tool runs: {@code ChangeContext}s whose expressions call the services. */
	private void operations(Element tool, String where, EClass self, Map<String, Type> variables) {
		if (self == null) {
			return;
		}
		List<Element> operations = new ArrayList<>(children(tool, "firstModelOperation"));
		for (Element initial : children(tool, "initialOperation")) {
			operations.addAll(children(initial, "firstModelOperations"));
		}
		if (operations.isEmpty()) {
			problems.add(where + ": does nothing (no operation)");
		}
		while (!operations.isEmpty()) {
			Element operation = operations.remove(0);
			if (!type(operation).equals("ChangeContext")) {
				problems.add(where + ": a " + type(operation) + " operation is not one this check knows");
				continue;
			}
			expression(operation, "browseExpression", self, variables, where);
			operations.addAll(children(operation, "subModelOperations"));
		}
	}

	private void checkStyles(Element mapping, EClass self, String where) {
		for (Element style : children(mapping, "style")) {
			checkStyle(style, self, where);
		}
		for (Element conditional : children(mapping, "conditionnalStyles")) {
			String condition = where + " › conditional style";
			Type predicate = expression(conditional, "predicateExpression", self, condition);
			if (predicate != null && !predicate.equals(Type.BOOLEAN)) {
				problems.add(condition + ": predicateExpression yields " + predicate.describe() + ", not a boolean");
			}
			for (Element style : children(conditional, "style")) {
				checkStyle(style, self, condition);
			}
		}
	}

	private void checkStyle(Element style, EClass self, String where) {
		for (String attribute : STYLE_EXPRESSIONS) {
			expression(style, attribute, self, where + " style");
		}
		for (Element label : children(style, "beginLabelStyleDescription", "centerLabelStyleDescription",
				"endLabelStyleDescription")) {
			expression(label, "labelExpression", self, where + " edge label");
		}
	}

	private void requireElementsOf(Type yielded, EClass expected, String where) {
		if (yielded == null || expected == null) {
			return;
		}
		if (!(yielded.classifier() instanceof EClass yieldedClass) || !related(yieldedClass, expected)) {
			problems.add(where + " yields " + yielded.describe() + ", which can never be a " + expected.getName());
		}
	}

	private static boolean related(EClass a, EClass b) {
		return a == EcorePackage.Literals.EOBJECT || b == EcorePackage.Literals.EOBJECT || a == b
				|| a.isSuperTypeOf(b) || b.isSuperTypeOf(a);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// domain classes and mapping references

	private EClass domainClass(Element element, String where) {
		String name = element.getAttribute("domainClass");
		EClassifier classifier = classifier(name, where + ": domainClass");
		if (classifier == null) {
			return null;
		}
		if (!(classifier instanceof EClass type)) {
			problems.add(where + ": domainClass " + name + " is not a class");
			return null;
		}
		return type;
	}

	/** {@code model::Goal} or {@code model.Goal}: a classifier of the language's package. */
	private EClassifier classifier(String qualifiedName, String where) {
		String[] parts = qualifiedName.split("::|\\.");
		if (parts.length != 2 || !parts[0].equals(language.getName())) {
			problems.add(where + " '" + qualifiedName + "' is not a type of package '" + language.getName() + "'");
			return null;
		}
		EClassifier classifier = language.getEClassifier(parts[1]);
		if (classifier == null) {
			problems.add(where + " '" + qualifiedName + "': the language has no type '" + parts[1] + "'");
		}
		return classifier;
	}

	private EClassifier classifierOrNull(String qualifiedName) {
		String[] parts = qualifiedName.split("::|\\.");
		return parts.length == 2 && parts[0].equals(language.getName()) ? language.getEClassifier(parts[1]) : null;
	}

	private EClass mappedClass(Element edge, String attribute, String where) {
		String reference = edge.getAttribute(attribute);
		if (reference.isBlank()) {
			problems.add(where + ": no " + attribute);
			return null;
		}
		EClass common = null;
		for (String each : reference.trim().split("\\s+")) {
			Element mapping = resolve(each, where + " " + attribute);
			if (mapping == null) {
				return null;
			}
			// a mapping with an unknown domain class is reported where the mapping is checked
			if (!(classifierOrNull(mapping.getAttribute("domainClass")) instanceof EClass mapped)) {
				return null;
			}
			common = common == null || mapped.isSuperTypeOf(common) ? mapped : common;
		}
		return common;
	}

	private static final Pattern SEGMENT = Pattern.compile("@([A-Za-z_]\\w*)(?:\\[name='([^']*)'\\]|\\.(\\d+))?");

	/** Resolves an XMI fragment path ({@code //@ownedViewpoints[name='X']/@ownedRepresentations.0/@defaultLayer}). */
	private Element resolve(String reference, String where) {
		if (!reference.startsWith("//")) {
			problems.add(where + ": '" + reference + "' is not a reference within this specification");
			return null;
		}
		Element current = document.getDocumentElement();
		for (String segment : reference.substring(2).split("/")) {
			Matcher matcher = SEGMENT.matcher(segment);
			if (!matcher.matches()) {
				problems.add(where + ": cannot read '" + segment + "' of " + reference);
				return null;
			}
			List<Element> candidates = children(current, matcher.group(1));
			Element next = null;
			if (matcher.group(2) != null) {
				String name = URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8);
				next = candidates.stream().filter(c -> c.getAttribute("name").equals(name)).findFirst().orElse(null);
			} else {
				int index = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
				next = index < candidates.size() ? candidates.get(index) : null;
			}
			if (next == null) {
				problems.add(where + ": " + reference + " names nothing (no " + segment + ")");
				return null;
			}
			current = next;
		}
		return current;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// interpreted expressions

	/** @return the type of the attribute's expression in the context of {@code self}; null if absent or wrong */
	private Type expression(Element element, String attribute, EClass self, String where) {
		return expression(element, attribute, self, Map.of(), where);
	}

	/** The same, where the tool's variables are known by name. */
	private Type expression(Element element, String attribute, EClass self, Map<String, Type> variables, String where) {
		if (!element.hasAttribute(attribute) || element.getAttribute(attribute).isBlank()) {
			return null;
		}
		String expression = element.getAttribute(attribute);
		String location = where + " " + attribute + " '" + expression + "'";
		try {
			if (expression.startsWith("feature:")) {
				return feature(new Type(self, false), expression.substring("feature:".length()));
			}
			if (expression.startsWith("aql:")) {
				return new AqlParser(expression.substring("aql:".length()), self, variables).parse();
			}
			throw new ExpressionProblem("not a checked expression form (feature:name or aql:...)");
		} catch (ExpressionProblem problem) {
			problems.add(location + ": " + problem.getMessage());
			return null;
		}
	}

	private static Type feature(Type receiver, String name) {
		if (!name.matches("[A-Za-z_]\\w*")) {
			throw new ExpressionProblem("'" + name + "' is not a feature name");
		}
		if (!(receiver.classifier() instanceof EClass type) || type == EcorePackage.Literals.EOBJECT) {
			throw new ExpressionProblem("cannot navigate '" + name + "' from " + receiver.describe()
					+ (receiver.classifier() == EcorePackage.Literals.EOBJECT ? ": filter to a type first" : ""));
		}
		EStructuralFeature feature = type.getEStructuralFeature(name);
		if (feature == null) {
			throw new ExpressionProblem(type.getName() + " has no feature '" + name + "'");
		}
		return new Type(feature.getEType(), receiver.many() || feature.isMany());
	}

	private static final class ExpressionProblem extends RuntimeException {
		private static final long serialVersionUID = 1L;

		ExpressionProblem(String message) {
			super(message, null, false, false);
		}
	}

	/** A recursive-descent parser and type checker for the AQL subset described on the class. */
	private final class AqlParser {

		private static final Pattern TOKEN = Pattern
				.compile("\\s*(->|::|<>|[.()=,]|'(?:[^'\\\\]|\\\\.)*'|[A-Za-z_]\\w*)");

		private final List<String> tokens = new ArrayList<>();

		private final EClass self;

		private final Map<String, Type> variables;

		private int position;

		AqlParser(String text, EClass self, Map<String, Type> variables) {
			this.self = self;
			this.variables = variables;
			Matcher matcher = TOKEN.matcher(text);
			int end = 0;
			while (matcher.lookingAt()) {
				tokens.add(matcher.group(1));
				end = matcher.end();
				matcher.region(end, text.length());
			}
			if (!text.substring(end).isBlank()) {
				throw new ExpressionProblem("cannot read '" + text.substring(end).trim() + "'");
			}
		}

		Type parse() {
			Type type = logical();
			if (position < tokens.size()) {
				throw new ExpressionProblem("unexpected '" + tokens.get(position) + "'");
			}
			return type;
		}

		/** {@code a and b}, {@code a or b}, {@code not a}: booleans only. */
		private Type logical() {
			Type left = negation();
			while (peek("and") || peek("or")) {
				String operator = next();
				Type right = negation();
				if (!left.equals(Type.BOOLEAN) || !right.equals(Type.BOOLEAN)) {
					throw new ExpressionProblem("'" + operator + "' of " + left.describe() + " and " + right.describe());
				}
			}
			return left;
		}

		private Type negation() {
			if (accept("not")) {
				Type operand = negation();
				if (!operand.equals(Type.BOOLEAN)) {
					throw new ExpressionProblem("'not' of " + operand.describe() + ", which is not a boolean");
				}
				return Type.BOOLEAN;
			}
			return comparison();
		}

		private Type comparison() {
			Type left = navigation();
			if (accept("=") || accept("<>")) {
				Type right = navigation();
				if (left.equals(Type.NULL) || right.equals(Type.NULL)) {
					return Type.BOOLEAN;
				}
				if (left.classifier() != right.classifier() && !(left.classifier() instanceof EClass a
						&& right.classifier() instanceof EClass b && related(a, b))) {
					throw new ExpressionProblem("compares " + left.describe() + " with " + right.describe());
				}
				return Type.BOOLEAN;
			}
			return left;
		}

		private Type navigation() {
			Type type = primary();
			while (true) {
				if (accept(".")) {
					String name = identifier();
					type = peek("(") ? call(type, name) : feature(type, name);
				} else if (accept("->")) {
					type = collectionCall(type, identifier());
				} else {
					return type;
				}
			}
		}

		private Type primary() {
			if (accept("(")) {
				Type type = comparison();
				expect(")");
				return type;
			}
			String token = next();
			if (token.startsWith("'")) {
				return Type.STRING;
			}
			if (token.equals("self")) {
				return new Type(self, false);
			}
			if (token.equals("null")) {
				return Type.NULL;
			}
			if (token.equals("true") || token.equals("false")) {
				return Type.BOOLEAN;
			}
			if (variables.containsKey(token)) {
				return variables.get(token);
			}
			if (token.matches("[A-Za-z_]\\w*") && peek("::")) {
				return qualified(token);
			}
			throw new ExpressionProblem("'" + token + "' is not a checked expression (self, a type, a literal)");
		}

		/** {@code pkg::Enum::literal} (an enum value) or {@code pkg::Class} (a type, only as an argument). */
		private Type qualified(String packageName) {
			expect("::");
			String classifierName = identifier();
			EClassifier classifier = classifier(packageName, classifierName);
			if (accept("::")) {
				String literal = identifier();
				if (!(classifier instanceof EEnum enumeration) || enumeration.getEEnumLiteral(literal) == null) {
					throw new ExpressionProblem(classifierName + " has no literal '" + literal + "'");
				}
				return new Type(classifier, false);
			}
			throw new ExpressionProblem("the type " + packageName + "::" + classifierName + " is not a value");
		}

		private EClassifier classifier(String packageName, String name) {
			if (!packageName.equals(language.getName())) {
				throw new ExpressionProblem("'" + packageName + "' is not the language's package '"
						+ language.getName() + "'");
			}
			EClassifier classifier = language.getEClassifier(name);
			if (classifier == null) {
				throw new ExpressionProblem("the language has no type '" + name + "'");
			}
			return classifier;
		}

		private EClass typeArgument() {
			expect("(");
			String packageName = identifier();
			expect("::");
			EClassifier classifier = classifier(packageName, identifier());
			expect(")");
			if (!(classifier instanceof EClass type)) {
				throw new ExpressionProblem(classifier.getName() + " is not a class");
			}
			return type;
		}

		private Type call(Type receiver, String operation) {
			switch (operation) {
			case "oclIsKindOf", "oclIsTypeOf" -> {
				typeArgument();
				requireClass(receiver, operation);
				return Type.BOOLEAN;
			}
			case "eInverse" -> {
				expect("(");
				String literal = next();
				expect(")");
				if (!literal.startsWith("'")) {
					throw new ExpressionProblem("eInverse expects a reference name in quotes");
				}
				return inverse(requireClass(receiver, operation), literal.substring(1, literal.length() - 1));
			}
			default -> {
				return service(receiver, operation);
			}
			}
		}

		/** A call of a service of the viewpoint's Java extensions: {@code receiver.name(arguments)}. */
		private Type service(Type receiver, String name) {
			expect("(");
			List<Type> arguments = new ArrayList<>();
			List<String> literals = new ArrayList<>();
			while (!accept(")")) {
				if (!arguments.isEmpty()) {
					expect(",");
				}
				String token = position < tokens.size() ? tokens.get(position) : "";
				arguments.add(logical());
				literals.add(token.startsWith("'") && (peek(",") || peek(")")) ? token.substring(1, token.length() - 1) : null);
			}
			for (Class<?> service : services) {
				for (java.lang.reflect.Method method : service.getMethods()) {
					if (method.getName().equals(name) && method.getParameterCount() == arguments.size() + 1
							&& accepts(method.getParameterTypes()[0], receiver)
							&& acceptsAll(method.getParameterTypes(), arguments)) {
						ServiceArguments.check(name, receiver, arguments, literals);
						return resultOf(method.getReturnType());
					}
				}
			}
			throw new ExpressionProblem("no service '" + name + "' of " + services.stream().map(Class::getSimpleName).toList()
					+ " takes a " + receiver.describe() + " and (" + String.join(", ",
							arguments.stream().map(Type::describe).toList()) + ")");
		}

		private boolean acceptsAll(Class<?>[] parameters, List<Type> arguments) {
			for (int i = 0; i < arguments.size(); i++) {
				if (!accepts(parameters[i + 1], arguments.get(i))) {
					return false;
				}
			}
			return true;
		}

		private static boolean accepts(Class<?> parameter, Type argument) {
			if (argument.equals(Type.NULL)) {
				return !parameter.isPrimitive();
			}
			if (argument.many()) {
				return java.util.Collection.class.isAssignableFrom(parameter) || parameter == Object.class;
			}
			if (argument.equals(Type.STRING)) {
				return parameter == String.class || parameter == Object.class;
			}
			if (argument.equals(Type.BOOLEAN)) {
				return parameter == boolean.class || parameter == Boolean.class;
			}
			if (argument.classifier() instanceof EClass type && type.getInstanceClass() != null) {
				return parameter.isAssignableFrom(type.getInstanceClass());
			}
			// an object of Sirius (a view) or of unknown class: only a service taking any object accepts it
			return parameter == org.eclipse.emf.ecore.EObject.class || parameter == Object.class;
		}

		private Type resultOf(Class<?> returned) {
			if (returned == boolean.class || returned == Boolean.class) {
				return Type.BOOLEAN;
			}
			if (returned == String.class) {
				return Type.STRING;
			}
			for (EClassifier classifier : language.getEClassifiers()) {
				if (classifier instanceof EClass type && type.getInstanceClass() == returned) {
					return new Type(type, false);
				}
			}
			if (java.util.Collection.class.isAssignableFrom(returned)) {
				return new Type(EcorePackage.Literals.EJAVA_OBJECT, true);
			}
			return new Type(EcorePackage.Literals.EOBJECT, false);
		}

		private Type collectionCall(Type receiver, String operation) {
			if (!operation.equals("filter")) {
				throw new ExpressionProblem("'->" + operation + "()' is not a checked operation");
			}
			EClass type = typeArgument();
			EClass from = requireClass(receiver, "->filter");
			if (!related(from, type)) {
				throw new ExpressionProblem("filters " + receiver.describe() + " to " + type.getName()
						+ ", which it can never contain");
			}
			return new Type(type, true);
		}

		/** The objects referring to a {@code receiver} through a reference of the language called {@code name}. */
		private Type inverse(EClass receiver, String name) {
			Set<EClass> referrers = new LinkedHashSet<>();
			for (EClassifier classifier : language.getEClassifiers()) {
				if (classifier instanceof EClass type) {
					for (EReference reference : type.getEReferences()) {
						if (reference.getName().equals(name) && related(reference.getEReferenceType(), receiver)) {
							referrers.add(type);
						}
					}
				}
			}
			if (referrers.isEmpty()) {
				throw new ExpressionProblem("no reference '" + name + "' of the language refers to a "
						+ receiver.getName());
			}
			return new Type(referrers.size() == 1 ? referrers.iterator().next() : EcorePackage.Literals.EOBJECT, true);
		}

		private EClass requireClass(Type receiver, String operation) {
			if (!(receiver.classifier() instanceof EClass type)) {
				throw new ExpressionProblem(operation + " on " + receiver.describe() + ", which is not an object");
			}
			return type;
		}

		private boolean peek(String token) {
			return position < tokens.size() && tokens.get(position).equals(token);
		}

		private boolean accept(String token) {
			if (peek(token)) {
				position++;
				return true;
			}
			return false;
		}

		private void expect(String token) {
			if (!accept(token)) {
				throw new ExpressionProblem("expected '" + token + "'"
						+ (position < tokens.size() ? " at '" + tokens.get(position) + "'" : " at the end"));
			}
		}

		private String next() {
			if (position >= tokens.size()) {
				throw new ExpressionProblem("ends too early");
			}
			return tokens.get(position++);
		}

		private String identifier() {
			String token = next();
			if (!token.matches("[A-Za-z_]\\w*")) {
				throw new ExpressionProblem("expected a name at '" + token + "'");
			}
			return token;
		}
	}

	// ---------------------------------------------------------------------------------------------------------------

	private static List<Element> children(Element parent, String... names) {
		return children(parent, Set.of(names));
	}

	private static List<Element> children(Element parent, Set<String> names) {
		List<Element> result = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && names.contains(element.getLocalName())) {
				result.add(element);
			}
		}
		return result;
	}
}
