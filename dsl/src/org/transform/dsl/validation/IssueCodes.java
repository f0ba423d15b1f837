package org.transform.dsl.validation;

/**
 * The stable codes of every finding Transform reports. The same code is shown in the Problems view,
 * by the language server and by the command line, and quick fixes are keyed on it.
 */
public interface IssueCodes {

	// --- the plan's soundness (LANGUAGE.md) ---
	String TECHNOLOGY_BEFORE_INDICATOR = "technology-before-indicator";
	String OPPOSING_GOALS_IN_TEAM = "opposing-goals-in-team";
	String GOAL_WITHOUT_INDICATOR = "goal-without-indicator";
	String INDICATOR_MISSING = "indicator-missing";
	String DIRECTION_AGAINST_INDICATOR = "direction-against-indicator";
	String PRACTICE_WITHOUT_INDICATOR = "practice-without-indicator";
	String TECHNOLOGY_ONLY = "technology-only";
	String TECHNOLOGY_WITHOUT_TRAINING = "technology-without-training";
	String REDUNDANT_TOOLS = "redundant-tools";
	String BOTTOM_UP_IGNORED = "bottom-up-ignored";
	String CHANNEL_WITHOUT_GOAL_OR_MAINTAINER = "channel-without-goal-or-maintainer";
	String SOCIAL_SILO = "social-silo";
	String POLICY_WITHOUT_GOAL = "policy-without-goal";
	String MEASUREMENT_OUT_OF_RANGE = "measurement-out-of-range";

	// --- is the plan working? ---
	/** The latest measurement is well behind the straight path to a goal's target, or moved the wrong way. */
	String TARGET_OFF_TRACK = "target-off-track";
	/** No measurement within the indicator's cadence plus one period, up to today. */
	String INDICATOR_STALE = "indicator-stale";
	/** A goal moves an indicator that no practice moves. */
	String GOAL_WITHOUT_PRACTICE = "goal-without-practice";

	// --- well-formedness the rules above depend on ---
	/** An indicator that does not say whether higher or lower is better. */
	String INDICATOR_WITHOUT_DIRECTION = "indicator-without-direction";
	/** A lever change that does not say which lever it pulls. */
	String CHANGE_WITHOUT_LEVER = "change-without-lever";
	/** A team that is, through {@code part-of}, part of itself. */
	String TEAM_CYCLE = "team-cycle";
	/**
	 * An end date before its start date: a plan period or a change that ends before it starts, a
	 * goal's deadline or target date before the plan starts, a target date after the goal's deadline.
	 */
	String DATES_OUT_OF_ORDER = "dates-out-of-order";
	/** A measurement file that cannot be read. */
	String MEASUREMENT_FILE = "measurement-file";
	/**
	 * A clause that holds one value written twice in one element ({@code lever technology lever
	 * leadership}): only the last would count, silently.
	 */
	String REPEATED_CLAUSE = "repeated-clause";

	// --- linking and naming ---
	String BROKEN_REFERENCE = "broken-reference";
	String DUPLICATE_NAME = "duplicate-name";
	/** Not a validation rule: the code given to syntax errors when they are listed with findings. */
	String SYNTAX_ERROR = "syntax-error";
	/** Not a validation rule: a {@code .transform} file too large to be read (see {@code TransformResource.MAX_BYTES}). */
	String FILE_TOO_LARGE = "file-too-large";
}
