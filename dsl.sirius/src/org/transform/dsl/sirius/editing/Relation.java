package org.transform.dsl.sirius.editing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.ModelFactory;
import org.transform.dsl.model.ModelPackage.Literals;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.PracticeMove;

/**
 * A relation the diagrams draw as an edge, and how drawing, removing or moving that edge is written in the plan.
 * Most relations are one reference of the source element; a goal's aim and a practice's effect on an indicator are
 * written as moves ({@code lower SalesCycle to 60}, {@code lowers SalesCycle, MeetingsPerOffer}), whose direction
 * is the one the indicator calls better, so that a new edge never contradicts the indicator.
 */
public enum Relation {

	/** {@code change X { supports Practice }} */
	SUPPORTS("supports", Literals.LEVER_CHANGE__SUPPORTS),
	/** {@code goal X { owner Team }} */
	OWNER("owner", Literals.GOAL__OWNER),
	/** {@code team X { part-of Team }} */
	PART_OF("part-of", Literals.TEAM__PART_OF),
	/** {@code indicator X { opposes Indicator }} */
	OPPOSES("opposes", Literals.INDICATOR__OPPOSES),
	/** {@code goal X { raise Indicator }} */
	AIMS("aims", Literals.GOAL__MOVES) {
		@Override
		void connect(EObject source, Indicator target) {
			Goal goal = (Goal) source;
			if (goal.getMoves().stream().noneMatch(move -> move.getIndicator() == target)) {
				GoalMove move = ModelFactory.eINSTANCE.createGoalMove();
				move.setDirection(better(target));
				move.setIndicator(target);
				goal.getMoves().add(move);
			}
		}

		@Override
		void disconnect(EObject source, EObject target) {
			((Goal) source).getMoves().removeIf(move -> move.getIndicator() == target);
		}
	},
	/** {@code practice X { raises Indicator }} */
	MOVES("moves", Literals.PRACTICE__MOVES) {
		@Override
		void connect(EObject source, Indicator target) {
			Practice practice = (Practice) source;
			if (practice.getMoves().stream().anyMatch(move -> move.getIndicators().contains(target))) {
				return;
			}
			Direction direction = better(target);
			PracticeMove move = practice.getMoves().stream().filter(m -> m.getDirection() == direction).findFirst()
					.orElseGet(() -> {
						PracticeMove created = ModelFactory.eINSTANCE.createPracticeMove();
						created.setDirection(direction);
						practice.getMoves().add(created);
						return created;
					});
			move.getIndicators().add(target);
		}

		@Override
		void disconnect(EObject source, EObject target) {
			for (PracticeMove move : ((Practice) source).getMoves()) {
				move.getIndicators().remove(target);
			}
			((Practice) source).getMoves().removeIf(move -> move.getIndicators().isEmpty());
		}
	};

	private final String keyword;

	private final EReference reference;

	Relation(String keyword, EReference reference) {
		this.keyword = keyword;
		this.reference = reference;
	}

	/** The relation's name in the viewpoint's tools: the plan's keyword, or {@code aims} and {@code moves}. */
	public String keyword() {
		return keyword;
	}

	/** The class of the elements the edge starts from. */
	public EClass source() {
		return reference.getEContainingClass();
	}

	/** The class of the elements the edge points to. */
	public EClass target() {
		return this == AIMS || this == MOVES ? Literals.INDICATOR : reference.getEReferenceType();
	}

	/** The relation called {@code keyword} in the viewpoint's tools. */
	public static Optional<Relation> named(String keyword) {
		return Arrays.stream(values()).filter(relation -> relation.keyword.equals(keyword)).findFirst();
	}

	static Relation of(String keyword) {
		return named(keyword).orElseThrow(() -> new IllegalArgumentException(
				"No relation '" + keyword + "': the tools know " + Arrays.stream(values()).map(Relation::keyword).toList()));
	}

	/** Writes the relation from source to target; nothing if it is written already. */
	void connect(EObject source, EObject target) {
		require(source, target);
		if (target instanceof Indicator indicator && (this == AIMS || this == MOVES)) {
			connect(source, indicator);
		} else if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> targets = (List<EObject>) source.eGet(reference);
			if (!targets.contains(target)) {
				targets.add(target);
			}
		} else {
			source.eSet(reference, target);
		}
	}

	void connect(EObject source, Indicator target) {
		throw new UnsupportedOperationException(keyword + " is not written as a move");
	}

	/** Removes the relation from source to target; nothing if it is not written. */
	void disconnect(EObject source, EObject target) {
		if (reference.isMany()) {
			((List<?>) source.eGet(reference)).remove(target);
		} else if (source.eGet(reference) == target) {
			source.eUnset(reference);
		}
	}

	private void require(EObject source, EObject target) {
		if (!source().isInstance(source) || !target().isInstance(target)) {
			throw new IllegalArgumentException("'" + keyword + "' goes from a " + source().getName() + " to a "
					+ target().getName() + ", not from " + source.eClass().getName() + " to " + target.eClass().getName());
		}
	}

	/** The direction the indicator calls better; an indicator that does not say is raised. */
	private static Direction better(Indicator indicator) {
		return indicator.getBetter() == null ? Direction.HIGHER : indicator.getBetter();
	}
}
