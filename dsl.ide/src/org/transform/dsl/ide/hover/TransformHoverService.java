package org.transform.dsl.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.analysis.MeasuredValue;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanAnalysis.Move;
import org.transform.dsl.analysis.PlanAnalyzer;
import org.transform.dsl.analysis.TargetProgress;
import org.transform.dsl.ide.workspace.CoreFindings;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.Practice;
import org.transform.dsl.model.Team;
import org.transform.dsl.validation.RuleCatalogue;

import com.google.inject.Inject;

/**
 * Hovers in Markdown that read the plan analysis: an indicator with its definition, baseline, latest
 * measurement, targets and progress and who moves it; a goal with its owner, targets, progress and the
 * practices that move its indicators; a change with its lever and its trace to the goals; a team with
 * its goals and those of the teams around it. Other elements keep Xtext's hover
 * (their documentation comment). A finding at the hovered place adds the rule it breaks, explained.
 */
public class TransformHoverService extends HoverService {

	@Inject
	private PlanAnalyzer analyzer;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IResourceValidator validator;

	@Inject
	private DocumentExtensions documents;

	/**
	 * The element's hover (on its name), then for each finding at the hovered place the rule it breaks: what
	 * it says, why, and a plan that follows it (from the {@link RuleCatalogue}), over the element's name. Off
	 * the name (a finding on a tool's category, on a date), only the findings there, over the first one's range:
	 * Xtext's hover has a range (and shows) only on the element's name, so such a finding had no hover. The
	 * file's findings are read once per hover (Xtext asks for the contents and the range separately).
	 */
	@Override
	protected Hover hover(HoverContext context) {
		if (context == null) {
			return IHoverService.EMPTY_HOVER;
		}
		boolean onName = onName(context);
		List<Issue> findings = findingsAt(context);
		List<String> parts = new ArrayList<>();
		MarkupContent contents = onName ? super.getMarkupContent(context) : null;
		if (contents != null && contents.getValue() != null && !contents.getValue().isBlank()) {
			parts.add(contents.getValue());
		}
		Set<String> explained = new LinkedHashSet<>();
		for (Issue issue : findings) {
			if (explained.add(issue.getCode())) {
				parts.add(RuleCatalogue.rule(issue.getCode()).markdown());
			}
		}
		if (parts.isEmpty()) {
			return IHoverService.EMPTY_HOVER;
		}
		Range range = onName ? super.getRange(context)
				: documents.newRange(context.getResource(), new TextRegion(findings.get(0).getOffset(), findings.get(0).getLength()));
		return range == null ? IHoverService.EMPTY_HOVER : new Hover(new MarkupContent(getKind(context), String.join("\n\n---\n\n", parts)), range);
	}

	private static boolean onName(HoverContext context) {
		return context.getRegion() != null && context.getRegion().contains(context.getOffset());
	}

	/** The file's findings whose range holds the hovered offset and whose rule the catalogue explains. */
	private List<Issue> findingsAt(HoverContext context) {
		List<Issue> at = new ArrayList<>();
		for (Issue issue : issues(context)) {
			Integer offset = issue.getOffset();
			Integer length = issue.getLength();
			if (offset != null && length != null && offset <= context.getOffset() && context.getOffset() <= offset + length
					&& RuleCatalogue.rule(issue.getCode()) != null) {
				at.add(issue);
			}
		}
		return at;
	}

	/**
	 * The file's issues: those the core last published for the hovered text ({@link CoreFindings}), which it
	 * validated after the edit anyway. Validating the whole file again at each hover took as long as the
	 * keystroke's own validation. A file no core holds (or whose text the core has not validated yet: a build
	 * superseded before it published) is validated here.
	 */
	protected List<Issue> issues(HoverContext context) {
		XtextResource resource = context.getResource();
		CoreFindings findings = CoreFindings.of(resource.getResourceSet());
		CoreFindings.Published published = findings == null ? null : findings.published(resource.getURI());
		if (published != null && Objects.equals(published.version(), context.getDocument().getVersion())) {
			return published.issues();
		}
		return validate(resource);
	}

	/** The file's issues, validated here. */
	protected List<Issue> validate(XtextResource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/**
	 * The hover of the element at the offset alone, without the rules of the findings there: the
	 * Eclipse editor lists those findings itself, each with its rule, and would show them twice.
	 */
	public String elementMarkdown(Document document, XtextResource resource, int offset) {
		HoverContext context = createContext(document, resource, offset);
		MarkupContent content = context == null ? null : super.getMarkupContent(context);
		return content == null ? null : content.getValue();
	}

	@Override
	public String getContents(EObject element) {
		if (element instanceof Indicator indicator) {
			return indicator(indicator, analyzer.analyze(indicator));
		}
		if (element instanceof LeverChange change) {
			return change(change, analyzer.analyze(change));
		}
		if (element instanceof Team team) {
			return team(team, analyzer.analyze(team));
		}
		if (element instanceof Goal goal) {
			return goal(goal, analyzer.analyze(goal));
		}
		return super.getContents(element);
	}

	/** A goal: its owner, deadline and targets, the progress toward them, and the practices that move its indicators. */
	private String goal(Goal goal, PlanAnalysis analysis) {
		List<String> lines = new ArrayList<>();
		lines.add(heading("goal", goal.getName(), goal.getTitle()));
		if (goal.getDescription() != null) {
			lines.add(goal.getDescription());
		}
		Team owner = goal.getOwner();
		lines.add("Owner: " + (owner == null || owner.eIsProxy() ? "none" : owner.getName()));
		if (goal.getDeadline() != null) {
			lines.add("Deadline: " + goal.getDeadline());
		}
		List<String> practices = new ArrayList<>();
		for (GoalMove move : goal.getMoves()) {
			Indicator indicator = move.getIndicator();
			if (indicator == null || indicator.eIsProxy()) {
				continue;
			}
			String unit = indicator.getUnit() == null ? "" : " " + indicator.getUnit();
			lines.add((move.getDirection() == Direction.LOWER ? "Lowers " : "Raises ") + indicator.getName()
					+ (move.getTarget() == null ? "" : " to " + plain(move.getTarget()) + unit) + (move.getDate() == null ? "" : " by " + move.getDate()));
			TargetProgress progress = analysis.progress(move);
			if (progress.share() != null) {
				lines.add(progress(progress, unit));
			}
			analysis.practiceMoves(indicator).forEach(m -> practices.add(moveName(m)));
		}
		lines.add("Practices that move its indicators: " + list(practices));
		return String.join("\n\n", lines);
	}

	private String indicator(Indicator indicator, PlanAnalysis analysis) {
		List<String> lines = new ArrayList<>();
		lines.add(heading("indicator", indicator.getName(), indicator.getTitle()));
		if (indicator.getDefinition() != null) {
			lines.add("Measured by: " + indicator.getDefinition());
		}
		String unit = indicator.getUnit() == null ? "" : " " + indicator.getUnit();
		List<String> facts = new ArrayList<>();
		if (indicator.getUnit() != null) {
			facts.add("Unit: " + indicator.getUnit());
		}
		Direction better = PlanAnalysis.better(indicator);
		if (better != null) {
			facts.add("Better: " + better.getLiteral());
		}
		if (!facts.isEmpty()) {
			lines.add(String.join(" · ", facts));
		}
		if (PlanAnalysis.hasBaseline(indicator)) {
			lines.add("Baseline: " + plain(indicator.getBaseline()) + unit + " on " + indicator.getBaselineDate());
		} else {
			lines.add("Baseline: none");
		}
		MeasuredValue latest = analysis.latest(indicator);
		if (latest != null) {
			lines.add("Latest: " + plain(latest.value()) + unit + " on " + latest.date());
		}
		List<GoalMove> targets = new ArrayList<>();
		for (Move move : analysis.goalMoves(indicator)) {
			if (move.source() instanceof GoalMove goalMove && goalMove.getTarget() != null) {
				targets.add(goalMove);
			}
		}
		for (GoalMove target : targets) {
			Goal goal = (Goal) target.eContainer();
			lines.add("Target: " + plain(target.getTarget()) + unit + (target.getDate() == null ? "" : " by " + target.getDate())
					+ " (goal " + goal.getName() + ")");
		}
		for (TargetProgress progress : analysis.progressOf(indicator)) {
			if (progress.share() != null) {
				lines.add(progress(progress, unit));
			}
		}
		lines.add("Goals that move it: " + list(analysis.goalMoves(indicator).stream().map(m -> moveName(m)).toList()));
		lines.add("Practices that move it: " + list(analysis.practiceMoves(indicator).stream().map(m -> moveName(m)).toList()));
		return String.join("\n\n", lines);
	}

	/** "Progress toward 60 (goal CloseFaster): 94 → 88 days, 18% of the way in 13% of the time: on track". */
	private static String progress(TargetProgress progress, String unit) {
		String text = "Progress toward " + plain(progress.target()) + " (goal " + progress.goal().getName() + "): " + plain(progress.baseline())
				+ " → " + plain(progress.latest().value()) + unit + ", " + progress.percent() + "% of the way";
		if (progress.elapsedPercent() != null) {
			text += " in " + progress.elapsedPercent() + "% of the time";
		}
		return text + ": " + progress.status().label();
	}

	private String change(LeverChange change, PlanAnalysis analysis) {
		List<String> lines = new ArrayList<>();
		lines.add(heading("change", change.getName(), change.getTitle()));
		LeverKind lever = PlanAnalysis.lever(change);
		lines.add("Lever: " + (lever == null ? "not said" : lever.getLiteral()));
		List<Practice> practices = PlanAnalysis.supported(change);
		if (practices.isEmpty()) {
			lines.add("Trace: supports no practice");
		} else {
			StringBuilder trace = new StringBuilder("Trace:\n");
			for (Practice practice : practices) {
				trace.append("\n- practice ").append(practice.getName());
				for (Move move : analysis.moves(practice)) {
					Indicator indicator = move.indicator();
					Set<String> goals = new LinkedHashSet<>();
					for (Move goalMove : analysis.goalMoves(indicator)) {
						goals.add(((Goal) goalMove.mover()).getName());
					}
					trace.append("\n  - ").append(move.direction() == Direction.LOWER ? "lowers" : "raises").append(" indicator ")
							.append(indicator.getName()).append(" → ")
							.append(goals.isEmpty() ? "no goal" : "goal " + String.join(", ", goals));
				}
			}
			lines.add(trace.toString());
		}
		lines.add("Goals served: " + list(analysis.tracedGoals(change).stream().map(Goal::getName).toList()));
		return String.join("\n\n", lines);
	}

	private String team(Team team, PlanAnalysis analysis) {
		List<String> lines = new ArrayList<>();
		lines.add(heading("team", team.getName(), team.getTitle()));
		List<Goal> own = analysis.goalsOf(team);
		lines.add("Goals it owns: " + list(own.stream().map(Goal::getName).toList()));
		List<Goal> above = new ArrayList<>();
		for (Team outer : analysis.lineage(team)) {
			if (outer != team) {
				above.addAll(analysis.goalsOf(outer));
			}
		}
		// the goals listed above are left out through a set: removing one list from another was n² for
		// a team of thousands of goals
		Set<Goal> shown = Collections.newSetFromMap(new IdentityHashMap<>());
		shown.addAll(own);
		shown.addAll(above);
		List<Goal> below = new ArrayList<>(analysis.goalsOfRelatedTeams(team));
		below.removeIf(shown::contains);
		lines.add("Goals of the teams it is part of: " + list(above.stream().map(this::ownedGoal).toList()));
		lines.add("Goals of the teams that are part of it: " + list(below.stream().map(this::ownedGoal).toList()));
		return String.join("\n\n", lines);
	}

	private String ownedGoal(Goal goal) {
		return goal.getName() + (goal.getOwner() == null ? "" : " (owned by " + goal.getOwner().getName() + ")");
	}

	private String heading(String keyword, String name, String title) {
		return "**" + keyword + " " + name + "**" + (title == null ? "" : " — " + title);
	}

	private String moveName(Move move) {
		EObject mover = move.mover();
		QualifiedName name = names.getFullyQualifiedName(mover);
		String simple = name == null ? "?" : name.getLastSegment();
		return simple + " (" + (move.direction() == Direction.LOWER ? "lower" : "raise") + ")";
	}

	private static String list(List<String> items) {
		return items.isEmpty() ? "none" : items.stream().distinct().collect(Collectors.joining(", "));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
