package org.transform.dsl.tests.sirius;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.eclipse.emf.ecore.EcorePackage;
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

		String describe() {
			return classifier.getName() + (many ? "*" : "");
		}
	}

	private static final Set<String> MAPPING_CHILDREN = Set.of("nodeMappings", "containerMappings", "subNodeMappings",
			"subContainerMappings", "borderedNodeMappings");

	private static final List<String> STYLE_EXPRESSIONS = List.of("labelExpression", "tooltipExpression");

	private final EPackage language;

	private final Document document;

	private final List<String> problems = new ArrayList<>();

	private ViewpointSpecificationChecker(EPackage language, Document document) {
		this.language = language;
		this.document = document;
	}

	/** @return the problems found, each naming where it is and what is wrong; empty when the specification fits */
	static List<String> check(InputStream odesign, EPackage language) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			ViewpointSpecificationChecker checker = new ViewpointSpecificationChecker(language,
					factory.newDocumentBuilder().parse(odesign));
			checker.checkGroup();
			return checker.problems;
		} catch (ParserConfigurationException | SAXException e) {
			return List.of("not a readable viewpoint specification: " + e.getMessage());
		}
	}

	private void checkGroup() {
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
			checkColumn(column, lineClasses, where + " › column " + column.getAttribute("name"));
		}
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

	private void checkColumn(Element column, List<EClass> lineClasses, String where) {
		String featureName = column.getAttribute("featureName");
		for (EClass line : lineClasses) {
			if (line.getEStructuralFeature(featureName) == null) {
				problems.add(where + ": featureName '" + featureName + "': " + line.getName() + " has no feature '"
						+ featureName + "'");
			}
			expression(column, "labelExpression", line, where);
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
				return new AqlParser(expression.substring("aql:".length()), self).parse();
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

		private int position;

		AqlParser(String text, EClass self) {
			this.self = self;
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
			Type type = comparison();
			if (position < tokens.size()) {
				throw new ExpressionProblem("unexpected '" + tokens.get(position) + "'");
			}
			return type;
		}

		private Type comparison() {
			Type left = navigation();
			if (accept("=") || accept("<>")) {
				Type right = navigation();
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
			default -> throw new ExpressionProblem("'" + operation + "()' is not a checked operation");
			}
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
