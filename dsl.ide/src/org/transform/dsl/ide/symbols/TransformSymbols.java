package org.transform.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.model.Channel;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.Measurements;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.model.Organization;
import org.transform.dsl.model.Plan;
import org.transform.dsl.model.Policy;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.Tool;

/** How plan elements show in the outline and in workspace symbol search: names, kinds and details. */
public final class TransformSymbols {

	private TransformSymbols() {
	}

	/** The element's simple name (the plan or organization keeps its qualified one), measurements by their indicator. */
	public static class Names extends DocumentSymbolMapper.DocumentSymbolNameProvider {
		@Override
		public String getName(EObject object) {
			if (object instanceof Measurements block) {
				Indicator indicator = block.getIndicator();
				return "measurements " + (indicator != null && !indicator.eIsProxy() ? indicator.getName() : "?");
			}
			if (object instanceof Plan || object instanceof Organization) {
				return super.getName(object);
			}
			Object name = object.eClass().getEStructuralFeature("name") == null ? null
					: object.eGet(object.eClass().getEStructuralFeature("name"));
			return name instanceof String s ? s : null;
		}
	}

	/**
	 * Kinds chosen so that editors give each element its own icon: a plan is a namespace, a goal an event
	 * (something to reach), an indicator a number, a practice a method (how work is done), a change a
	 * function (applied once), a tool an interface, a team a class, a channel a field, a policy a property,
	 * measurements an array.
	 */
	public static class Kinds extends DocumentSymbolMapper.DocumentSymbolKindProvider {
		@Override
		protected SymbolKind getSymbolKind(org.eclipse.emf.ecore.EClass type) {
			ModelPackage p = ModelPackage.eINSTANCE;
			if (type == p.getPlan() || type == p.getOrganization()) {
				return SymbolKind.Namespace;
			}
			if (type == p.getGoal()) {
				return SymbolKind.Event;
			}
			if (type == p.getIndicator()) {
				return SymbolKind.Number;
			}
			if (type == p.getPractice()) {
				return SymbolKind.Method;
			}
			if (type == p.getLeverChange()) {
				return SymbolKind.Function;
			}
			if (type == p.getTool()) {
				return SymbolKind.Interface;
			}
			if (type == p.getTeam()) {
				return SymbolKind.Class;
			}
			if (type == p.getChannel()) {
				return SymbolKind.Field;
			}
			if (type == p.getPolicy()) {
				return SymbolKind.Property;
			}
			if (type == p.getMeasurements()) {
				return SymbolKind.Array;
			}
			return super.getSymbolKind(type);
		}

		@Override
		public SymbolKind getSymbolKind(IEObjectDescription description) {
			return getSymbolKind(description.getEClass());
		}
	}

	/** The element's keyword, a change's lever in brackets, then its title: {@code change (technology) Account-plan module}. */
	public static class Details extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {
		@Override
		public String getDetails(EObject object) {
			String keyword = keyword(object);
			if (keyword == null) {
				return super.getDetails(object);
			}
			StringBuilder details = new StringBuilder(keyword);
			if (object instanceof LeverChange change) {
				LeverKind lever = PlanAnalysis.lever(change);
				details.append(" (").append(lever == null ? "no lever" : lever.getLiteral()).append(')');
			}
			Object title = object.eClass().getEStructuralFeature("title") == null ? null
					: object.eGet(object.eClass().getEStructuralFeature("title"));
			if (title instanceof String s) {
				details.append(' ').append(s);
			}
			return details.toString();
		}

		private static String keyword(EObject object) {
			if (object instanceof Plan) {
				return "plan";
			}
			if (object instanceof Organization) {
				return "organization";
			}
			if (object instanceof Goal) {
				return "goal";
			}
			if (object instanceof Indicator) {
				return "indicator";
			}
			if (object instanceof Practice) {
				return "practice";
			}
			if (object instanceof LeverChange) {
				return "change";
			}
			if (object instanceof Tool) {
				return "tool";
			}
			if (object instanceof Team) {
				return "team";
			}
			if (object instanceof Channel) {
				return "channel";
			}
			if (object instanceof Policy) {
				return "policy";
			}
			if (object instanceof Measurements) {
				return "measurements";
			}
			return null;
		}
	}
}
