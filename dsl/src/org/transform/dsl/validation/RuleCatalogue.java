package org.transform.dsl.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.INFO;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * Every rule Transform applies, in one place: its code, default severity, what it says, why it is a
 * rule (the essays' reasoning, in our words), a minimal plan that breaks it and the same plan mended,
 * and whether the editor offers a quick fix. It feeds {@code transform explain}, the rules of a SARIF
 * log, the hover of a finding and the rule table of {@code docs/language.md}; tests keep it in step
 * with {@link IssueCodes}, the quick fixes and that table, and check that each bad example raises its
 * code and each good one does not.
 *
 * <p>The examples are the elements of a file that starts with {@link #EXAMPLE_HEADER}.
 */
public final class RuleCatalogue {

	/** One rule. {@code bad} and {@code good} are elements written after {@link #EXAMPLE_HEADER}. */
	public record Rule(String code, Severity severity, String title, String rationale, String bad, String good, boolean quickFix) {

		/** The severity as the command line and the docs write it: error, warning, info. */
		public String level() {
			return severity.name().toLowerCase(java.util.Locale.ROOT);
		}

		/** The explanation as plain text, each example indented as a whole file. */
		public String explanation() {
			StringBuilder text = new StringBuilder();
			text.append(code()).append(" (").append(level()).append(quickFix() ? ", quick fix in the editor" : "").append(")\n\n");
			text.append(capitalised(title())).append(".\n\n");
			text.append("Why: ").append(rationale()).append('\n');
			if (bad() != null) {
				text.append("\nBreaks the rule:\n\n").append(indented(EXAMPLE_HEADER + bad()));
				text.append("\nFollows it:\n\n").append(indented(EXAMPLE_HEADER + good()));
			}
			return text.toString();
		}

		/** The explanation in Markdown, each example a fenced block: the help of a SARIF rule and of a finding's hover. */
		public String markdown() {
			StringBuilder text = new StringBuilder();
			text.append("**").append(code()).append("** (").append(level()).append(quickFix() ? ", quick fix in the editor" : "")
					.append("): ").append(title()).append(".\n\n");
			text.append(rationale()).append('\n');
			if (bad() != null) {
				text.append("\nBreaks the rule:\n\n```\n").append(EXAMPLE_HEADER).append(bad()).append("```\n");
				text.append("\nFollows it:\n\n```\n").append(EXAMPLE_HEADER).append(good()).append("```\n");
			}
			return text.toString();
		}

		private static String capitalised(String sentence) {
			return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
		}

		private static String indented(String plan) {
			StringBuilder text = new StringBuilder();
			plan.lines().forEach(line -> text.append("    ").append(line).append('\n'));
			return text.toString();
		}
	}

	/** What every example starts with: a plan with a period and one team. */
	public static final String EXAMPLE_HEADER = """
			plan Example "An example" { period 2026-01 to 2027-12 }
			team Sales "Field sales"
			""";

	/** The day the examples are checked on, for the rules that compare with the calendar. */
	public static final String EXAMPLE_TODAY = "2026-11-30";

	private static final String SALES_CYCLE = """
			indicator SalesCycle "Sales cycle length" { unit days  better lower  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
			""";

	private static final String CLOSE_FASTER = SALES_CYCLE + """
			goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2027-06 }
			""";

	private static final String ACCOUNT_PLANS = CLOSE_FASTER + """
			practice AccountPlans "Shared account plans" { owner Sales  lowers SalesCycle }
			change PlanReviews "Managers review account plans" { lever leadership  supports AccountPlans  owner Sales  from 2026-02 }
			""";

	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	private static void rule(String code, Severity severity, String title, String rationale, String bad, String good, boolean quickFix) {
		RULES.put(code, new Rule(code, severity, title, rationale, bad, good, quickFix));
	}

	static {
		rule(IssueCodes.TECHNOLOGY_BEFORE_INDICATOR, ERROR,
				"a `technology` change must trace (change → practice → indicator) to an indicator that a goal aims at, that indicator must have a baseline, and the change may not start before the baseline date: measure before you deploy",
				"A transformation starts from the indicator to improve, not from a tool to deploy: the tool comes last, chosen for the practices that move the indicator. A tool deployed before the indicator is measured can never be shown to have helped, because there is nothing to compare with.",
				ACCOUNT_PLANS + """
						change CrmModule "Account-plan module" { lever technology  supports AccountPlans  owner Sales  from 2026-01 }
						""",
				ACCOUNT_PLANS + """
						change CrmModule "Account-plan module" { lever technology  supports AccountPlans  owner Sales  from 2026-06 }
						""",
				true);
		rule(IssueCodes.OPPOSING_GOALS_IN_TEAM, ERROR,
				"two goals of one team, or of a team and a team it is (transitively) `part-of`, move one indicator both ways or improve indicators that `oppose` each other; reported once on each such goal, with, for each indicator it moves, how many goals pull against it, the first three named (its own team's first, then the nearest teams it is part of, then the teams part of it)",
				"People asked to contribute to opposite goals cannot succeed at both; collaboration programmes fail when the same team is pulled two ways. Settle which indicator wins, or give the goals to teams that can trade off openly.",
				SALES_CYCLE + """
						indicator Discount "Average discount" { unit "%"  better lower  measured-by "Mean discount on signed deals"  baseline 12 on 2026-01-31  opposes SalesCycle }
						goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 }
						goal ProtectMargin "Discount less" { owner Sales  lower Discount to 8 }
						""",
				SALES_CYCLE + """
						indicator Discount "Average discount" { unit "%"  better lower  measured-by "Mean discount on signed deals"  baseline 12 on 2026-01-31 }
						goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 }
						goal ProtectMargin "Discount less" { owner Sales  lower Discount to 8 }
						""",
				false);
		rule(IssueCodes.GOAL_WITHOUT_INDICATOR, ERROR,
				"a goal that moves no indicator",
				"\"Selling better\" means nothing until it names what will be measured: the sales cycle, the conversion rate, the meetings needed for an offer. A goal without an indicator cannot be steered or judged.",
				"goal CloseFaster \"Close deals faster\" { owner Sales }\n",
				CLOSE_FASTER, false);
		rule(IssueCodes.INDICATOR_MISSING, WARNING,
				"an indicator that a goal or practice relies on is `missing`, `unreliable`, has no baseline or no `measured-by`",
				"Sometimes the indicator that matters does not exist, or is measured badly or incompletely. Creating or fixing it comes before anything else: without a definition and a starting value no progress can be shown.",
				"""
						indicator MeetingsPerOffer "Meetings per offer" { better lower  status missing }
						goal FewerMeetings "Fewer meetings per offer" { owner Sales  lower MeetingsPerOffer to 3 }
						""",
				"""
						indicator MeetingsPerOffer "Meetings per offer" { better lower  measured-by "Calendar events before the offer date"  baseline 5 on 2026-01-31 }
						goal FewerMeetings "Fewer meetings per offer" { owner Sales  lower MeetingsPerOffer to 3 }
						""",
				true);
		rule(IssueCodes.DIRECTION_AGAINST_INDICATOR, ERROR,
				"a goal or practice moves an indicator against its `better` direction",
				"The indicator says which way is better; a goal or practice that pushes it the other way works against the plan's own definition of improvement. Either the move or the indicator's `better` is wrong.",
				SALES_CYCLE + "goal CloseFaster \"Close deals faster\" { owner Sales  raise SalesCycle to 60 }\n",
				SALES_CYCLE + "goal CloseFaster \"Close deals faster\" { owner Sales  lower SalesCycle to 60 }\n",
				false);
		rule(IssueCodes.PRACTICE_WITHOUT_INDICATOR, WARNING,
				"a practice that moves no indicator, or that no change supports",
				"Practices are chosen because they move an indicator, and they happen only when levers are pulled: leadership, organisation, skills, job descriptions, technology. A practice outside that chain is either decoration or a plan nobody acts on.",
				CLOSE_FASTER + "practice AccountPlans \"Shared account plans\" { owner Sales }\n",
				ACCOUNT_PLANS, false);
		rule(IssueCodes.TECHNOLOGY_ONLY, WARNING,
				"a practice supported by technology but by no leadership, organization, skills or job change",
				"Most of the work of a transformation is changing mindsets and ways of working; only a small piece is tools. A practice that only gets a tool rarely changes: name the leadership, organisation, skills or job change that makes it logical and acceptable.",
				CLOSE_FASTER + """
						practice AccountPlans "Shared account plans" { owner Sales  lowers SalesCycle }
						change CrmModule "Account-plan module" { lever technology  supports AccountPlans  owner Sales  from 2026-06 }
						""",
				ACCOUNT_PLANS + """
						change CrmModule "Account-plan module" { lever technology  supports AccountPlans  owner Sales  from 2026-06 }
						""",
				false);
		rule(IssueCodes.TECHNOLOGY_WITHOUT_TRAINING, WARNING,
				"a technology change without a training change for the same practice and (related) teams",
				"Training is the most overlooked part of the process: enterprises wrongly assume everyone knows how to use new, especially social, tools. Roles change and people must learn new skills before a tool is used as intended.",
				ACCOUNT_PLANS + """
						change CrmModule "Account-plan module" { lever technology  supports AccountPlans  owner Sales  from 2026-06 }
						""",
				ACCOUNT_PLANS + """
						change CrmModule "Account-plan module" { lever technology  supports AccountPlans  owner Sales  from 2026-06 }
						change CrmTraining "Account plans in the CRM, hands-on" { lever training  supports AccountPlans  owner Sales  from 2026-06 }
						""",
				true);
		rule(IssueCodes.REDUNDANT_TOOLS, WARNING,
				"two or more tools of one category, anywhere in the workspace",
				"Governance often takes a back seat, and companies end up with 25 Facebook pages or 20 social monitoring tools. Rationalise the landscape: one tool per job, chosen in the open.",
				"""
						tool Crm "Salesforce" { category crm  used-by Sales }
						tool OldCrm "Legacy CRM" { category crm  used-by Sales }
						""",
				"tool Crm \"Salesforce\" { category crm  used-by Sales }\n",
				false);
		rule(IssueCodes.BOTTOM_UP_IGNORED, INFO,
				"a technology change deploys a tool where another tool of that category was adopted bottom-up",
				"Look bottom-up: rather than forcing people onto a platform, find what they already adopted and embrace it. Introducing another tool of the same kind rarely succeeds.",
				ACCOUNT_PLANS + """
						tool Slack "Slack" { category collaboration  used-by Sales  adopted bottom-up }
						tool Teams "Teams" { category collaboration  used-by Sales }
						change Rollout "Collaboration rollout" { lever technology  supports AccountPlans  owner Sales  from 2026-06  deploys Teams }
						""",
				ACCOUNT_PLANS + """
						tool Slack "Slack" { category collaboration  used-by Sales  adopted bottom-up }
						change Rollout "Collaboration rollout" { lever technology  supports AccountPlans  owner Sales  from 2026-06  deploys Slack }
						""",
				false);
		rule(IssueCodes.CHANNEL_WITHOUT_GOAL_OR_MAINTAINER, ERROR,
				"a channel without `serves` or without `maintained-by`",
				"Launch a social presence only once you know what its goal is and who will maintain it; otherwise it becomes one more abandoned page that speaks for the company.",
				CLOSE_FASTER + "tool Crm \"Salesforce\" { category crm }\nchannel Twitter \"@example\" { kind twitter  feeds Crm }\n",
				CLOSE_FASTER + "tool Crm \"Salesforce\" { category crm }\nchannel Twitter \"@example\" { kind twitter  serves CloseFaster  maintained-by Sales  feeds Crm }\n",
				true);
		rule(IssueCodes.SOCIAL_SILO, WARNING,
				"a channel that feeds no CRM, or a social tool not integrated with a CRM",
				"Social does not mean separate: it is one more channel. When the social team answers a complaint and the service agent asks the customer to explain again, the information was not integrated. Tie social channels and tools into the CRM.",
				CLOSE_FASTER + "channel Twitter \"@example\" { kind twitter  serves CloseFaster  maintained-by Sales }\n",
				CLOSE_FASTER + "tool Crm \"Salesforce\" { category crm }\nchannel Twitter \"@example\" { kind twitter  serves CloseFaster  maintained-by Sales  feeds Crm }\n",
				false);
		rule(IssueCodes.POLICY_WITHOUT_GOAL, WARNING,
				"a policy that serves no goal",
				"Don't create a policy for policy's sake: many policies exist to reassure stakeholders rather than to help people. A policy should give guidance toward a goal of the plan.",
				CLOSE_FASTER + "policy SocialGuidelines \"Social media guidelines\" { owner Sales }\n",
				CLOSE_FASTER + "policy SocialGuidelines \"Social media guidelines\" { owner Sales  serves CloseFaster }\n",
				true);
		rule(IssueCodes.MEASUREMENT_OUT_OF_RANGE, ERROR,
				"a measurement outside the plan's period, a date measured twice, a percentage outside 0–100, a CSV row that is not `date,number`",
				"Measurements are the evidence that the plan works; a value dated outside the plan, measured twice or impossible in its unit makes every trend and progress figure drawn from it wrong.",
				SALES_CYCLE + "measurements SalesCycle { 2025-06-30: 92 }\n",
				SALES_CYCLE + "measurements SalesCycle { 2026-06-30: 92 }\n",
				false);
		rule(IssueCodes.TARGET_OFF_TRACK, WARNING,
				"a goal's indicator is more than 10 points of the way behind the straight path from its baseline to the target by the target's date, or moved the wrong way",
				"Indicators are the starting point and the measure of success: a plan whose indicator has not moved, or moved the wrong way, is not working, however well it is built. Progress is judged at the latest measurement, so it does not depend on the day it is checked.",
				SALES_CYCLE + """
						goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2026-12 }
						measurements SalesCycle { 2026-09-30: 92 }
						""",
				SALES_CYCLE + """
						goal CloseFaster "Close deals faster" { owner Sales  lower SalesCycle to 60 by 2026-12 }
						measurements SalesCycle { 2026-09-30: 70 }
						""",
				false);
		rule(IssueCodes.INDICATOR_STALE, WARNING,
				"an indicator with a `cadence` has no measurement within its cadence plus one period, counted from its latest value (or baseline) up to today",
				"An indicator that is not measured can neither start nor steer a transformation: the plan claims evidence it does not collect. Today is the day given with --today=YYYY-MM-DD to check, report, diagram, diff or lsp (the examples are checked on " + EXAMPLE_TODAY + "), else the system's day.",
				"""
						indicator SalesCycle "Sales cycle length" { unit days  better lower  cadence monthly  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
						measurements SalesCycle { 2026-03-31: 90 }
						""",
				"""
						indicator SalesCycle "Sales cycle length" { unit days  better lower  cadence monthly  measured-by "Median days to signature"  baseline 94 on 2026-01-31 }
						measurements SalesCycle { 2026-03-31: 90  2026-10-31: 84 }
						""",
				false);
		rule(IssueCodes.GOAL_WITHOUT_PRACTICE, WARNING,
				"a goal moves an indicator that no practice moves",
				"Once the indicator is known, find the operating models and practices that move it; only then choose the levers and the technology. A goal whose indicator no practice moves is a wish: nothing in the plan will change it.",
				CLOSE_FASTER, ACCOUNT_PLANS, true);
		rule(IssueCodes.MEASUREMENT_FILE, ERROR,
				"a measurement CSV file that is missing, unreadable, not UTF-8 or too large",
				"An indicator measured in a file that cannot be read is not measured: the plan shows no evidence although it claims some.",
				SALES_CYCLE + "measurements SalesCycle from \"data/no-such-file.csv\"\n",
				SALES_CYCLE + "measurements SalesCycle { 2026-06-30: 92 }\n",
				false);
		rule(IssueCodes.INDICATOR_WITHOUT_DIRECTION, ERROR,
				"an indicator without `better higher` or `better lower`",
				"What one wants is to improve an indicator; without saying which way is better no rule can tell whether a goal or a practice improves it.",
				"indicator SalesCycle \"Sales cycle length\" { unit days  measured-by \"Median days to signature\"  baseline 94 on 2026-01-31 }\n",
				SALES_CYCLE, true);
		rule(IssueCodes.CHANGE_WITHOUT_LEVER, ERROR,
				"a change without `lever`",
				"The essays name the levers a transformation pulls (leadership, organisation, skills, job descriptions, training, governance, policy, technology); the lever says what kind of work a change is, and the rules about technology and training depend on it.",
				ACCOUNT_PLANS + "change Coaching \"Weekly coaching\" { supports AccountPlans  owner Sales  from 2026-03 }\n",
				ACCOUNT_PLANS + "change Coaching \"Weekly coaching\" { lever skills  supports AccountPlans  owner Sales  from 2026-03 }\n",
				true);
		rule(IssueCodes.TEAM_CYCLE, ERROR,
				"a team that is, through `part-of`, part of itself",
				"Goals are owned by teams and conflicts are found along `part-of`; a team inside itself has no place in the organisation.",
				"team PreSales \"Pre-sales\" { part-of Solutions }\nteam Solutions \"Solutions\" { part-of PreSales }\n",
				"team PreSales \"Pre-sales\" { part-of Solutions }\nteam Solutions \"Solutions\" { part-of Sales }\n",
				false);
		rule(IssueCodes.DATES_OUT_OF_ORDER, ERROR,
				"a period or change that ends before it starts",
				"The roadmap orders changes against the indicators' baselines and targets; a change that ends before it starts cannot be placed on it.",
				ACCOUNT_PLANS + "change Coaching \"Weekly coaching\" { lever skills  supports AccountPlans  owner Sales  from 2026-09 to 2026-03 }\n",
				ACCOUNT_PLANS + "change Coaching \"Weekly coaching\" { lever skills  supports AccountPlans  owner Sales  from 2026-03 to 2026-09 }\n",
				false);
		rule(IssueCodes.REPEATED_CLAUSE, ERROR,
				"a clause that holds one value (`lever`, `better`, `baseline`, a goal's `owner`, `period`, `description`, …) written twice in one element: only the last would count",
				"Clauses come in any order, so a single-valued one can be written twice without anyone noticing; only the last would count, silently. 'lever technology lever leadership' would escape every rule about technology, 'better lower better higher' would turn the indicator around.",
				ACCOUNT_PLANS + "change CrmModule \"Account-plan module\" { lever technology  supports AccountPlans  owner Sales  from 2026-06  lever leadership }\n",
				ACCOUNT_PLANS + "change CrmModule \"Account-plan module\" { lever technology  supports AccountPlans  owner Sales  from 2026-06 }\n",
				false);
		rule(IssueCodes.BROKEN_REFERENCE, ERROR,
				"a reference to an unknown name (the closest known names are offered)",
				"A plan is a web of references from goals to indicators, practices and teams; a name that leads nowhere breaks the trace every other rule follows.",
				SALES_CYCLE + "goal CloseFaster \"Close deals faster\" { owner Sale  lower SalesCycle to 60 }\n",
				SALES_CYCLE + "goal CloseFaster \"Close deals faster\" { owner Sales  lower SalesCycle to 60 }\n",
				true);
		rule(IssueCodes.DUPLICATE_NAME, ERROR,
				"two elements of one kind with the same full name, in one file or across files",
				"References are by name: two elements with one name make every reference to it ambiguous.",
				"team PreSales \"Pre-sales\"\nteam PreSales \"Pre-sales engineering\"\n",
				"team PreSales \"Pre-sales\"\nteam SalesEngineering \"Pre-sales engineering\"\n",
				false);
		rule(IssueCodes.SYNTAX_ERROR, ERROR,
				"text the grammar cannot read, or an impossible date such as `2026-13-01`",
				"Text that cannot be read is left out of the plan, so nothing it says is checked or shown.",
				"indicator SalesCycle \"Sales cycle length\" { unit days  better lower  baseline 94 on 2026-13-01 }\n",
				"indicator SalesCycle \"Sales cycle length\" { unit days  better lower  baseline 94 on 2026-12-01 }\n",
				false);
		rule(IssueCodes.FILE_TOO_LARGE, ERROR,
				"a `.transform` file larger than 8 MiB: it is not read (a checked file holds about 40 times its size in memory); split the plan into several files",
				"A plan is read by people: one of 8 MiB is a data dump, not a plan, and reading it would take hundreds of megabytes. Split it by team or by goal into files of a plan with the same name.",
				null, null, false);
		rule(TransformValidator.INTERNAL_ERROR, ERROR,
				"a check that could not finish on an element (a fault in Transform, not in the plan)",
				"The other checks still ran; the element was not fully checked. Report it with the file.",
				null, null, false);
	}

	private RuleCatalogue() {
	}

	/** Every rule, in the order of the language's documentation. */
	public static List<Rule> rules() {
		return List.copyOf(RULES.values());
	}

	/** The rule of the code, or {@code null}. */
	public static Rule rule(String code) {
		return code == null ? null : RULES.get(code);
	}

	/**
	 * The rule table of {@code docs/language.md}, one row per rule: code, what it says, severity, quick
	 * fix. A test keeps the documentation identical to it.
	 */
	public static String table() {
		StringBuilder table = new StringBuilder("| code | what it says | severity | quick fix |\n|---|---|---|---|\n");
		for (Rule rule : RULES.values()) {
			table.append("| `").append(rule.code()).append("` | ").append(rule.title()).append(" | ").append(rule.level()).append(" | ")
					.append(rule.quickFix() ? "yes" : "").append(" |\n");
		}
		return table.toString();
	}

	/** The codes, in catalogue order. */
	public static List<String> codes() {
		return List.copyOf(RULES.keySet());
	}
}
