package org.transform.dsl.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.Team;

/**
 * The goals that pull against each goal: goals of its team, of the teams it is (transitively) part
 * of and of the teams (transitively) part of it, that move one of its indicators the other way, or
 * improve an indicator opposed to one it improves. For each goal and reason, the number of such goals
 * and the first few of them (its own team's first, then the nearest outer teams', then inner teams').
 * <p>
 * Computed for the whole workspace at once, in time n log n in the goals' moves: pairing the goals
 * made 8,000 opposing goals of one team 32 million findings. The goals moving one indicator one way
 * are sorted by their team's place in the {@link PartOfForest}; each goal then finds the count of the
 * opposing ones in its outer teams with a sweep that keeps the open outer teams on a stack, and in its
 * inner teams by a binary search over their (contiguous) preorder numbers.
 */
public final class GoalConflicts {

	/** How many goals a conflict names; the others are counted. */
	public static final int NAMED = 3;

	/**
	 * A reason why goals pull against {@code mine}'s goal: they move the same indicator the other way
	 * ({@code worsened} is {@code null}), or they improve {@code worsened}, which opposes the
	 * indicator {@code mine} improves. {@code count} goals do, {@code ofSameTeam} of them owned by the
	 * goal's own team; {@code named} are the first {@value #NAMED} of them.
	 */
	public record Conflict(Move mine, Indicator worsened, int count, int ofSameTeam, List<Goal> named) {
	}

	/** The goals moving one indicator one way. */
	private record Key(Indicator indicator, Direction direction) {
	}

	/** One goal's question to the movers of one key. */
	private record Query(Goal goal, int node, Move mine, Indicator worsened) {
	}

	/** The goals of one team node that move one key, and how many of them each team of the node owns. */
	private record Entry(int node, List<Goal> goals, Map<Team, Integer> owners) {
		Entry(int node, List<Goal> goals) {
			this(node, goals, new IdentityHashMap<>());
			for (Goal goal : goals) {
				owners.merge(goal.getOwner(), 1, Integer::sum);
			}
		}
	}

	private final Map<Goal, List<Conflict>> conflicts = new IdentityHashMap<>();

	GoalConflicts(PlanAnalysis analysis) {
		PartOfForest forest = analysis.partOfForest();
		Map<Key, List<Query>> queries = new LinkedHashMap<>();
		for (Goal goal : analysis.goals()) {
			int node = PlanAnalysis.resolved(goal.getOwner()) ? forest.node(goal.getOwner()) : -1;
			if (node < 0) {
				continue;
			}
			Set<Object> asked = new HashSet<>();
			for (Move mine : analysis.moves(goal)) {
				Key against = new Key(mine.indicator(), opposite(mine.direction()));
				if (asked.add(List.of(against, mine.indicator()))) {
					queries.computeIfAbsent(against, k -> new ArrayList<>()).add(new Query(goal, node, mine, null));
				}
				if (PlanAnalysis.improves(mine)) {
					for (Indicator opposed : analysis.opposedTo(mine.indicator())) {
						Direction better = PlanAnalysis.better(opposed);
						if (better != null && asked.add(List.of(opposed, mine.indicator()))) {
							queries.computeIfAbsent(new Key(opposed, better), k -> new ArrayList<>()).add(new Query(goal, node, mine, opposed));
						}
					}
				}
			}
		}
		for (Map.Entry<Key, List<Query>> asked : queries.entrySet()) {
			answer(analysis, forest, asked.getKey(), asked.getValue());
		}
		// each goal's conflicts in the order of its moves, whatever the order of the keys
		conflicts.forEach((goal, found) -> {
			if (found.size() > 1) {
				List<Move> moves = analysis.moves(goal);
				found.sort(Comparator.comparingInt((Conflict c) -> moves.indexOf(c.mine()))
						.thenComparing(c -> c.worsened() == null ? "" : Objects.toString(c.worsened().getName(), "")));
			}
		});
	}

	private static Direction opposite(Direction direction) {
		return direction == Direction.HIGHER ? Direction.LOWER : Direction.HIGHER;
	}

	/** The conflicts of the goal, in the order of its moves; empty when none. */
	List<Conflict> of(Goal goal) {
		return conflicts.getOrDefault(goal, List.of());
	}

	private void answer(PlanAnalysis analysis, PartOfForest forest, Key key, List<Query> asked) {
		// the goals moving the key, grouped by team node in preorder
		Map<Integer, List<Goal>> byNode = new HashMap<>();
		Set<Goal> movers = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Move move : analysis.goalMoves(key.indicator())) {
			Goal goal = (Goal) move.mover();
			if (move.direction() == key.direction() && PlanAnalysis.resolved(goal.getOwner()) && movers.add(goal)) {
				int node = forest.node(goal.getOwner());
				if (node >= 0) {
					byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(goal);
				}
			}
		}
		if (byNode.isEmpty()) {
			return;
		}
		List<Entry> entries = new ArrayList<>(byNode.size());
		byNode.forEach((node, goals) -> entries.add(new Entry(node, goals)));
		entries.sort(Comparator.comparingInt(Entry::node));
		int[] nodes = new int[entries.size()];
		int[] before = new int[entries.size() + 1]; // goals in the entries before each one
		for (int k = 0; k < entries.size(); k++) {
			nodes[k] = entries.get(k).node();
			before[k + 1] = before[k] + entries.get(k).goals().size();
		}
		List<Query> sorted = new ArrayList<>(asked);
		sorted.sort(Comparator.comparingInt(Query::node));
		// the entries of the outer teams of the current query's team (and of the team itself), outermost first
		int[] open = new int[entries.size()];
		int[] openGoals = new int[entries.size()]; // goals in the open entries up to each one
		int depth = 0;
		int next = 0;
		for (Query query : sorted) {
			int node = query.node();
			while (next < entries.size() && nodes[next] <= node) {
				while (depth > 0 && forest.last(nodes[open[depth - 1]]) < nodes[next]) {
					depth--;
				}
				open[depth] = next;
				openGoals[depth] = (depth == 0 ? 0 : openGoals[depth - 1]) + entries.get(next).goals().size();
				depth++;
				next++;
			}
			while (depth > 0 && forest.last(nodes[open[depth - 1]]) < node) {
				depth--;
			}
			int outer = depth == 0 ? 0 : openGoals[depth - 1];
			int innerEnd = upperBound(nodes, next, forest.last(node));
			int inner = before[innerEnd] - before[next];
			boolean self = movers.contains(query.goal());
			int count = outer + inner - (self ? 1 : 0);
			if (count == 0) {
				continue;
			}
			boolean sameNode = depth > 0 && nodes[open[depth - 1]] == node;
			List<Goal> named = new ArrayList<>(NAMED);
			int ofSameTeam = 0;
			if (sameNode) {
				ofSameTeam = entries.get(open[depth - 1]).owners().getOrDefault(query.goal().getOwner(), 0) - (self ? 1 : 0);
			}
			for (int d = depth - 1; d >= 0 && named.size() < NAMED; d--) {
				name(entries.get(open[d]).goals(), query.goal(), named);
			}
			for (int k = next; k < innerEnd && named.size() < NAMED; k++) {
				name(entries.get(k).goals(), query.goal(), named);
			}
			conflicts.computeIfAbsent(query.goal(), k -> new ArrayList<>())
					.add(new Conflict(query.mine(), query.worsened(), count, ofSameTeam, List.copyOf(named)));
		}
	}

	/** Adds goals of the list other than {@code self} until {@value #NAMED} are named. */
	private static void name(List<Goal> goals, Goal self, List<Goal> named) {
		for (Goal goal : goals) {
			if (named.size() == NAMED) {
				return;
			}
			if (goal != self) {
				named.add(goal);
			}
		}
	}

	/** The first index from {@code from} whose number is greater than {@code value}. */
	private static int upperBound(int[] numbers, int from, int value) {
		int low = from;
		int high = numbers.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (numbers[middle] <= value) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
