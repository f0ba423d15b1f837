package org.transform.dsl.sirius.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.resource.XtextResource;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.IndicatorStatus;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.ModelFactory;
import org.transform.dsl.model.ModelPackage.Literals;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.serializer.WrittenClauses;

/**
 * What the viewpoint's tools do to a plan, written on its EMF model so that the file Sirius saves through the
 * language's serializer is a plan the author could have typed: Sirius calls these methods from the tools'
 * expressions ({@code aql:container.newElement('Goal')}), and tests call them on parsed plans. Nothing here needs
 * Sirius.
 * <ul>
 * <li>a new element gets a name no element of its namespace has ({@code NewGoal}, {@code NewGoal2}), a title, and
 * the clauses without which it would be read differently (a change's lever; a new indicator is {@code status
 * missing} until the author measures it); what only the author can decide — the
 * indicator a goal aims at, the direction an indicator improves in — is left out, and the validation says so;</li>
 * <li>an edge is written as the plan writes that relation ({@link Relation});</li>
 * <li>a label edited on the diagram reads like the element's first line: {@code CloseFaster "Close deals faster"};</li>
 * <li>a deleted element takes with it every reference to it, and what cannot be written without that reference (a
 * goal's move on a deleted indicator, the measurements of a deleted indicator), so the file still parses.</li>
 * </ul>
 */
public class PlanEditing {

	/** The kinds of element the tools create, by the name of their class. */
	public static final Set<EClass> CREATED_KINDS = Set.of(Literals.TEAM, Literals.INDICATOR, Literals.GOAL,
			Literals.PRACTICE, Literals.LEVER_CHANGE);

	/** References that a holder cannot be written without: the holder goes when its target goes. */
	private static final Set<EReference> REQUIRED = Set.of(Literals.GOAL_MOVE__INDICATOR,
			Literals.MEASUREMENTS__INDICATOR, Literals.PRACTICE_MOVE__INDICATORS);

	/** The grammar's rule for the cells whose text the language converts. */
	private static final Map<EStructuralFeature, String> CELL_RULES = Map.of(Literals.INDICATOR__BASELINE, "Decimal",
			Literals.INDICATOR__BASELINE_DATE, "DATE");

	private static final Pattern LABEL = Pattern.compile("\\s*(\\S+)\\s*(.*?)\\s*");

	private static final Pattern NOT_IN_A_NAME = Pattern.compile("[^A-Za-z0-9_]");

	// ---------------------------------------------------------------------------------------------------------------
	// creation

	/**
	 * Adds an element of the kind (a class name: {@code Goal}, {@code LeverChange}...) to the file, after the last
	 * element of that kind.
	 *
	 * @return the new element
	 */
	public Element newElement(EObject container, String kind) {
		TransformFile file = file(container);
		EClass type = CREATED_KINDS.stream().filter(c -> c.getName().equals(kind)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("The tools create no '" + kind + "': they create "
						+ CREATED_KINDS.stream().map(EClass::getName).sorted().toList()));
		Element element = (Element) ModelFactory.eINSTANCE.create(type);
		element.eSet(feature(type, "name"), uniqueName(file, "New" + kind, null));
		element.eSet(feature(type, "title"), "New " + words(kind));
		if (element instanceof LeverChange change) {
			change.setLever(LeverKind.ORGANIZATION);
		} else if (element instanceof Indicator indicator) {
			indicator.setStatus(IndicatorStatus.MISSING);
		}
		int after = -1;
		for (int i = 0; i < file.getElements().size(); i++) {
			if (file.getElements().get(i).eClass() == type) {
				after = i;
			}
		}
		file.getElements().add(after < 0 ? file.getElements().size() : after + 1, element);
		return element;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// edges

	/** Draws the relation ({@link Relation#keyword()}) from source to target. */
	public EObject connect(EObject source, EObject target, String relation) {
		Relation.of(relation).connect(source, target);
		return source;
	}

	/** Removes the relation from source to target. */
	public EObject disconnect(EObject source, EObject target, String relation) {
		Relation.of(relation).disconnect(source, target);
		return source;
	}

	/** Moves an edge's end: the relation from the old ends is removed, the one between the new ends drawn. */
	public EObject reconnect(EObject oldSource, EObject oldTarget, EObject newSource, EObject newTarget,
			String relation) {
		Relation edge = Relation.of(relation);
		edge.disconnect(oldSource, oldTarget);
		edge.connect(newSource, newTarget);
		return newSource;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// labels

	/** The element's first line as the author edits it on the diagram: its name and its title in quotes. */
	public String editableLabel(EObject element) {
		Object name = element.eGet(feature(element.eClass(), "name"));
		Object title = element.eGet(feature(element.eClass(), "title"));
		return (name == null ? "" : name) + (title == null ? "" : " \"" + title + "\"");
	}

	/**
	 * Takes the label the author typed: the first word is the name (made a valid name that no other element of the
	 * namespace has), the rest, quoted or not, the title; no rest removes the title.
	 */
	public EObject editLabel(EObject element, String label) {
		Matcher matcher = LABEL.matcher(label == null ? "" : label);
		if (!matcher.matches() || matcher.group(1).isEmpty()) {
			return element;
		}
		String name = NOT_IN_A_NAME.matcher(matcher.group(1)).replaceAll("");
		if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
			name = "_" + name;
		}
		EStructuralFeature nameFeature = feature(element.eClass(), "name");
		if (!name.equals(element.eGet(nameFeature))) {
			// references are written by name: each must know its target before the name changes
			resolveAll(element);
			element.eSet(nameFeature, uniqueName(file(element), name, element));
		}
		String title = matcher.group(2);
		if (title.length() >= 2 && title.startsWith("\"") && title.endsWith("\"")) {
			title = title.substring(1, title.length() - 1);
		}
		element.eSet(feature(element.eClass(), "title"), title.isEmpty() ? null : title);
		return element;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// table cells

	/**
	 * Takes what the author typed in a cell of the indicator table, read as the plan's text reads it: an enum by its
	 * keyword ({@code higher}), a baseline's value and date by the language's value converters (so {@code 2026-02-30}
	 * is refused as the editor refuses it). A baseline is written {@code baseline <value> on <date>}: neither half can
	 * be emptied on its own, which the table's {@code canEdit} rules already prevent.
	 *
	 * @throws IllegalArgumentException with a message for the author when the text cannot be written in the plan
	 */
	public EObject editCell(EObject element, String featureName, String text) {
		EStructuralFeature feature = feature(element.eClass(), featureName);
		String value = text == null ? "" : text.trim();
		String rule = CELL_RULES.get(feature);
		if (feature.getEType() instanceof EEnum enumeration) {
			EEnumLiteral literal = enumeration.getEEnumLiteralByLiteral(value);
			if (literal == null) {
				throw new IllegalArgumentException("'" + value + "' is not a " + featureName + ": write one of "
						+ enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
			}
			element.eSet(feature, literal.getInstance());
			WrittenClauses.write(element, feature);
		} else if (value.isEmpty() && rule != null) {
			throw new IllegalArgumentException("A baseline needs its value and its date: remove the whole baseline in the text.");
		} else if (value.isEmpty()) {
			element.eUnset(feature);
		} else if (rule != null) {
			IValueConverterService converters = ((XtextResource) element.eResource()).getResourceServiceProvider()
					.get(IValueConverterService.class);
			try {
				element.eSet(feature, converters.toValue(value, rule, null));
			} catch (ValueConverterException e) {
				throw new IllegalArgumentException(e.getMessage(), e);
			}
		} else {
			element.eSet(feature, value);
		}
		return element;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// deletion

	/**
	 * Removes the element from its file, and every reference to it from the plan files loaded with it; what cannot
	 * be written without that reference goes too.
	 *
	 * @return the file the element was in
	 */
	public EObject deleteElement(EObject element) {
		TransformFile file = file(element);
		Collection<EStructuralFeature.Setting> usages = EcoreUtil.UsageCrossReferencer.find(element, planFiles(element));
		List<EObject> holders = new ArrayList<>();
		for (EStructuralFeature.Setting usage : new ArrayList<>(usages)) {
			EObject holder = usage.getEObject();
			EReference reference = (EReference) usage.getEStructuralFeature();
			if (reference.isMany()) {
				((List<?>) holder.eGet(reference)).remove(element);
			} else {
				holder.eUnset(reference);
			}
			if (REQUIRED.contains(reference)
					&& (!reference.isMany() || ((List<?>) holder.eGet(reference)).isEmpty())) {
				holders.add(holder);
			}
		}
		holders.forEach(EcoreUtil::remove);
		EcoreUtil.remove(element);
		return file;
	}

	// ---------------------------------------------------------------------------------------------------------------

	private static void resolveAll(EObject element) {
		planFiles(element).forEach(EcoreUtil::resolveAll);
	}

	/**
	 * The plan files loaded with the element's; not the session's representations, whose references to the element
	 * Sirius removes itself when it refreshes them.
	 */
	private static List<Resource> planFiles(EObject element) {
		Resource resource = element.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return resource == null ? List.of() : List.of(resource);
		}
		return resource.getResourceSet().getResources().stream()
				.filter(each -> !each.getContents().isEmpty() && each.getContents().get(0) instanceof TransformFile).toList();
	}

	private static TransformFile file(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof TransformFile file) {
				return file;
			}
		}
		throw new IllegalArgumentException(object.eClass().getName() + " is not in a Transform file");
	}

	/** {@code base}, or {@code base2}, {@code base3}...: the first no other element of the namespace has. */
	private static String uniqueName(TransformFile file, String base, EObject renamed) {
		Set<String> taken = new HashSet<>();
		for (TransformFile each : namespace(file)) {
			for (Element element : each.getElements()) {
				EStructuralFeature name = element.eClass().getEStructuralFeature("name");
				if (element != renamed && name != null && element.eGet(name) != null) {
					taken.add((String) element.eGet(name));
				}
			}
		}
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + i;
		}
		return name;
	}

	/** The files loaded with this one whose elements share its namespace (the header's name). */
	private static List<TransformFile> namespace(TransformFile file) {
		Resource resource = file.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return List.of(file);
		}
		String header = file.getHeader() == null ? null : file.getHeader().getName();
		List<TransformFile> files = new ArrayList<>();
		for (Resource each : resource.getResourceSet().getResources()) {
			for (EObject root : each.getContents()) {
				if (root instanceof TransformFile other && (other == file || header != null
						&& other.getHeader() != null && header.equals(other.getHeader().getName()))) {
					files.add(other);
				}
			}
		}
		return files;
	}

	/** Every element the tools edit has a name and a title. */
	private static EStructuralFeature feature(EClass type, String name) {
		EStructuralFeature feature = type.getEStructuralFeature(name);
		if (feature == null) {
			throw new IllegalArgumentException("A " + type.getName() + " has no " + name);
		}
		return feature;
	}

	/** {@code LeverChange} → {@code lever change} */
	private static String words(String kind) {
		return kind.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
	}
}
