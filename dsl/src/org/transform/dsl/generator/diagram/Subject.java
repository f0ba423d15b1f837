package org.transform.dsl.generator.diagram;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.Tool;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.validation.Labels;

/**
 * What a diagram is drawn for: the whole workspace of an analysis, or one plan of it (the elements
 * of the files whose header names that plan; a plan may be split over several files). Diagrams
 * still show what the plan's elements reach in other files (an indicator of another plan, a team
 * of the organization).
 */
record Subject(PlanAnalysis analysis, ElementFindings findings, String planName) {

	/** Whether the element belongs to the subject. */
	boolean covers(EObject element) {
		if (planName == null) {
			return true;
		}
		Plan plan = PlanAnalysis.planOf(element);
		return plan != null && planName.equals(plan.getName());
	}

	/** How diagrams name what they show: "plan SalesTransformation", or "workspace". */
	String describe() {
		return planName == null ? "workspace" : "plan " + planName;
	}

	/** The element's qualified name: its file's header name, a dot, its name. */
	static String qualifiedName(Element element) {
		EObject root = element.eContainer();
		String header = root instanceof TransformFile file && file.getHeader() != null ? file.getHeader().getName() : null;
		return header == null ? name(element) : header + "." + name(element);
	}

	/** The element's name, "?" while it has none. */
	static String name(EObject element) {
		String name = text(element, "name");
		return name == null ? "?" : name;
	}

	/** The element's title, or null. */
	static String title(EObject element) {
		return text(element, "title");
	}

	/** The element's keyword: goal, indicator, change, ... */
	static String kind(EObject element) {
		return Labels.kind(element.eClass());
	}

	private static String text(EObject element, String feature) {
		EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
		return f != null && element.eGet(f) instanceof String value ? value : null;
	}

	static String teams(List<Team> teams) {
		return teams.stream().filter(PlanAnalysis::resolved).map(Subject::name).collect(Collectors.joining(", "));
	}

	static String tools(List<Tool> tools) {
		return tools.stream().filter(PlanAnalysis::resolved).map(Subject::name).collect(Collectors.joining(", "));
	}
}
