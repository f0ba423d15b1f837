package org.transform.dsl.ide.quickfix;

import static org.transform.dsl.model.ModelPackage.Literals.CHANNEL__GOAL;
import static org.transform.dsl.model.ModelPackage.Literals.CHANNEL__MAINTAINERS;
import static org.transform.dsl.model.ModelPackage.Literals.GOAL_MOVE__INDICATOR;
import static org.transform.dsl.model.ModelPackage.Literals.GOAL__OWNER;
import static org.transform.dsl.model.ModelPackage.Literals.LEVER_CHANGE__OWNERS;
import static org.transform.dsl.model.ModelPackage.Literals.LEVER_CHANGE__START;
import static org.transform.dsl.model.ModelPackage.Literals.LEVER_CHANGE__SUPPORTS;
import static org.transform.dsl.model.ModelPackage.Literals.POLICY__SERVES;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.transform.dsl.analysis.PlanAnalysis;
import org.transform.dsl.analysis.PlanDate;
import org.transform.dsl.analysis.Today;
import org.transform.dsl.model.Channel;
import org.transform.dsl.model.Direction;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.GoalMove;
import org.transform.dsl.model.Indicator;
import org.transform.dsl.model.IndicatorStatus;
import org.transform.dsl.model.LeverChange;
import org.transform.dsl.model.LeverKind;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.model.Policy;
import org.transform.dsl.model.PracticeMove;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.validation.ChannelChecks;
import org.transform.dsl.validation.IndicatorChecks;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.validation.Labels;
import org.transform.dsl.validation.TraceabilityChecks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;

/**
 * Quick fixes for Transform's findings, one method per issue code, served as code actions by the
 * language server. Every fix is a text edit at one place of the plan, so the author's layout and
 * comments stay as they were.
 *
 * <p>Some findings get no fix, because resolving them is the plan author's decision, not an edit:
 * <ul>
 * <li>{@code redundant-tools}: which of the tools to keep, and how the others are retired;</li>
 * <li>{@code opposing-goals-in-team}: which of the two goals gives way, or how the team arbitrates;</li>
 * <li>{@code goal-without-indicator}: which indicator the goal improves, and in which direction — any
 * guess would be written into the plan as if the author had decided it;</li>
 * <li>{@code technology-before-indicator} other than a start before the baseline (no practice, no
 * indicator, no goal, no baseline): the missing step is a piece of the plan to think through first.</li>
 * </ul>
 * The other findings without a method here (technology-only, practice-without-indicator, social-silo,
 * bottom-up-ignored, direction-against-indicator, dates, measurements, duplicate names, team cycles)
 * are likewise the author's call: their messages say what to decide.
 */
public class TransformQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	/** The finding being fixed, for the fix methods, which receive only the acceptor. */
	private final ThreadLocal<Finding> finding = new ThreadLocal<>();

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameProvider qualifiedNames;

	@Inject
	private IResourceDescriptionsProvider index;

	@Inject
	private Today today;

	/** The day a stub is dated when the workspace has none ({@link Today}); bound in tests to a fixed clock. */
	@Inject(optional = true)
	private Clock clock = Clock.systemDefaultZone();

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		finding.set(new Finding(options, diagnostic));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			finding.remove();
		}
	}

	// ------------------------------------------------------------------ indicators

	@QuickFix(IssueCodes.INDICATOR_MISSING)
	public void measureTheIndicator(DiagnosticResolutionAcceptor acceptor) {
		Finding current = finding.get();
		Indicator indicator = current.element(Indicator.class);
		if (indicator == null) {
			return;
		}
		switch (current.data(0)) {
		case IndicatorChecks.FIX_BASELINE -> {
			LocalDate day = today.of(indicator);
			String clause = "baseline 0 on " + (day != null ? day : LocalDate.now(clock));
			acceptor.accept("Add a baseline stub '" + clause + "' (then write the measured value)",
					(diagnostic, element, document) -> addClause(element, Indicator.class, document, clause));
		}
		case IndicatorChecks.FIX_MEASURED_BY -> {
			String clause = "measured-by \"<how it is measured>\"";
			acceptor.accept("Add 'measured-by' (then say how the indicator is measured)",
					(diagnostic, element, document) -> addClause(element, Indicator.class, document, clause));
		}
		case IndicatorChecks.FIX_STATUS -> {
			// Marking an indicator as existing is only a fix when the plan already shows it measured; for
			// an unreliable one, or one without definition or baseline, the work is measuring, not editing.
			if (indicator.getStatus() == IndicatorStatus.MISSING && hasDefinition(indicator) && PlanAnalysis.hasBaseline(indicator)) {
				acceptor.accept("Mark as existing: it has a definition and a baseline",
						(diagnostic, element, document) -> createTextEdit(diagnostic, IndicatorStatus.EXISTING.getLiteral()));
			}
		}
		default -> {
			// no other data is reported for this code
		}
		}
	}

	@QuickFix(IssueCodes.INDICATOR_WITHOUT_DIRECTION)
	public void sayWhichDirectionIsBetter(DiagnosticResolutionAcceptor acceptor) {
		for (Direction direction : List.of(Direction.HIGHER, Direction.LOWER)) {
			String clause = "better " + direction.getLiteral();
			acceptor.accept((direction == Direction.HIGHER ? "Higher" : "Lower") + " is better: add '" + clause + "'",
					(diagnostic, element, document) -> addClause(element, Indicator.class, document, clause));
		}
	}

	// ------------------------------------------------------------------ changes

	/**
	 * One fix per lever: which lever a change pulls is the author's choice, and the menu of the eight
	 * levers is that choice, written for them.
	 */
	@QuickFix(IssueCodes.CHANGE_WITHOUT_LEVER)
	public void nameTheLever(DiagnosticResolutionAcceptor acceptor) {
		for (LeverKind lever : LeverKind.VALUES) {
			String clause = "lever " + lever.getLiteral();
			acceptor.accept("Pull the " + lever.getLiteral() + " lever: add '" + clause + "'",
					(diagnostic, element, document) -> addClause(element, LeverChange.class, document, clause));
		}
	}

	@QuickFix(IssueCodes.TECHNOLOGY_BEFORE_INDICATOR)
	public void startAfterTheBaseline(DiagnosticResolutionAcceptor acceptor) {
		Finding current = finding.get();
		LeverChange change = current.element(LeverChange.class);
		PlanDate baseline = PlanDate.parse(current.data(1));
		if (change == null || !TraceabilityChecks.BEFORE_BASELINE.equals(current.data(0)) || baseline == null) {
			return;
		}
		PlanDate end = PlanDate.parse(change.getEnd());
		if (end != null && end.last().isBefore(baseline.first())) {
			return; // the change would end before it starts: its whole timing needs rethinking
		}
		acceptor.accept("Start on " + baseline.text() + ", once the baseline is taken",
				(diagnostic, element, document) -> replaceFeature(element, LeverChange.class, LEVER_CHANGE__START, document, baseline.text()));
	}

	@QuickFix(IssueCodes.TECHNOLOGY_WITHOUT_TRAINING)
	public void addTraining(DiagnosticResolutionAcceptor acceptor) {
		Finding current = finding.get();
		LeverChange change = current.element(LeverChange.class);
		if (change == null || change.getName() == null) {
			return;
		}
		String name = freeName(change, change.getName() + "Training");
		acceptor.accept("Add training change '" + name + "' for the same practices and teams", (diagnostic, element, document) -> {
			LeverChange technology = EcoreUtil2.getContainerOfType(element, LeverChange.class);
			return technology == null ? List.of() : PlanTextEdits.insertAfter(technology, document, training(technology, name, document));
		});
	}

	@QuickFix(IssueCodes.GOAL_WITHOUT_PRACTICE)
	public void addPractice(DiagnosticResolutionAcceptor acceptor) {
		GoalMove move = finding.get().element(GoalMove.class);
		if (move == null || !PlanAnalysis.resolved(move.getIndicator()) || !(move.eContainer() instanceof Goal goal)) {
			return;
		}
		String indicator = NodeModelUtils.getTokenText(NodeModelUtils.findNodesForFeature(move, GOAL_MOVE__INDICATOR).get(0));
		String name = freeName(goal, move.getIndicator().getName() + "Practice");
		String verb = move.getDirection() == Direction.HIGHER ? "raises" : "lowers";
		acceptor.accept("Add practice '" + name + "' that " + verb + " " + indicator, (diagnostic, element, document) -> {
			Goal container = EcoreUtil2.getContainerOfType(element, Goal.class);
			if (container == null) {
				return List.of();
			}
			StringBuilder clauses = new StringBuilder();
			appendClause(clauses, "owner", container, GOAL__OWNER);
			clauses.append("  ").append(verb).append(' ').append(indicator);
			String header = "practice " + name + " \"" + escape("How " + indicator + " will move") + "\" {";
			List<String> lines = PlanTextEdits.isMultiline(container, document)
					? List.of(header, PlanTextEdits.bodyIndentation(container, document) + clauses.toString().strip(), "}")
					: List.of(header + " " + clauses.toString().strip() + " }");
			return PlanTextEdits.insertAfter(container, document, lines);
		});
	}

	/** The lines of a training change for the technology change's practices, owners and start, laid out like it. */
	private static List<String> training(LeverChange technology, String name, Document document) {
		String title = technology.getTitle() != null ? technology.getTitle() : technology.getName();
		StringBuilder clauses = new StringBuilder("lever training");
		appendClause(clauses, "supports", technology, LEVER_CHANGE__SUPPORTS);
		appendClause(clauses, "owner", technology, LEVER_CHANGE__OWNERS);
		appendClause(clauses, "from", technology, LEVER_CHANGE__START);
		String header = "change " + name + " \"" + escape("Training for " + title) + "\" {";
		if (PlanTextEdits.isMultiline(technology, document)) {
			return List.of(header, PlanTextEdits.bodyIndentation(technology, document) + clauses, "}");
		}
		return List.of(header + " " + clauses + " }");
	}

	/** Appends the keyword and the values of the feature as the author wrote them, if there are any. */
	private static void appendClause(StringBuilder clauses, String keyword, EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return;
		}
		clauses.append("  ").append(keyword).append(' ');
		for (int i = 0; i < nodes.size(); i++) {
			clauses.append(i == 0 ? "" : ", ").append(NodeModelUtils.getTokenText(nodes.get(i)));
		}
	}

	/** The name, or the name followed by 2, 3 ... when the plan or the workspace already uses it. */
	private String freeName(EObject context, String wanted) {
		TransformFile file = EcoreUtil2.getContainerOfType(context, TransformFile.class);
		IResourceDescriptions descriptions = index.getResourceDescriptions(context.eResource().getResourceSet());
		QualifiedName header = file == null || file.getHeader() == null ? null : qualifiedNames.getFullyQualifiedName(file.getHeader());
		for (int suffix = 1;; suffix++) {
			String candidate = suffix == 1 ? wanted : wanted + suffix;
			boolean usedHere = file != null && file.getElements().stream().anyMatch(e -> candidate.equals(nameOf(e)));
			boolean usedElsewhere = header != null
					&& descriptions.getExportedObjects(ModelPackage.Literals.ELEMENT, header.append(candidate), false).iterator().hasNext();
			if (!usedHere && !usedElsewhere) {
				return candidate;
			}
		}
	}

	// ------------------------------------------------------------------ channels and policies

	@QuickFix(IssueCodes.CHANNEL_WITHOUT_GOAL_OR_MAINTAINER)
	public void giveTheChannelAGoalOrMaintainer(DiagnosticResolutionAcceptor acceptor) {
		Finding current = finding.get();
		Channel channel = current.element(Channel.class);
		if (channel == null) {
			return;
		}
		String keyword = current.data(0);
		EReference reference = switch (keyword) {
		case ChannelChecks.FIX_GOAL -> CHANNEL__GOAL;
		case ChannelChecks.FIX_MAINTAINER -> CHANNEL__MAINTAINERS;
		default -> null;
		};
		if (reference == null) {
			return;
		}
		firstInScope(channel, reference).ifPresent(name -> {
			String clause = keyword + " " + name;
			acceptor.accept("Add '" + clause + "'", (diagnostic, element, document) -> addClause(element, Channel.class, document, clause));
		});
	}

	@QuickFix(IssueCodes.POLICY_WITHOUT_GOAL)
	public void serveAGoal(DiagnosticResolutionAcceptor acceptor) {
		Policy policy = finding.get().element(Policy.class);
		if (policy == null) {
			return;
		}
		firstInScope(policy, POLICY__SERVES).ifPresent(name -> {
			String clause = "serves " + name;
			acceptor.accept("Add '" + clause + "'", (diagnostic, element, document) -> addClause(element, Policy.class, document, clause));
		});
	}

	/** The name under which the first element the reference could point to is visible from the context. */
	private Optional<String> firstInScope(EObject context, EReference reference) {
		for (IEObjectDescription candidate : scopeProvider.getScope(context, reference).getAllElements()) {
			if (candidate.getName() != null && candidate.getName().getSegmentCount() > 0) {
				return Optional.of(candidate.getName().toString());
			}
		}
		return Optional.empty();
	}

	// ------------------------------------------------------------------ linking

	/** One fix per name offered in the finding ('Change to ...'), then the declaration of what is missing. */
	@QuickFix(IssueCodes.BROKEN_REFERENCE)
	public void repairTheReference(DiagnosticResolutionAcceptor acceptor) {
		Finding current = finding.get();
		for (String suggestion : current.data()) {
			acceptor.accept("Change to '" + suggestion + "'", (diagnostic, element, document) -> createTextEdit(diagnostic, suggestion));
		}
		declarationOfMissing(current).ifPresent(declaration -> acceptor.accept(
				"Create " + declaration.kind() + " '" + declaration.name() + "'",
				(diagnostic, element, document) -> PlanTextEdits.append(document, declaration.text())));
	}

	private record Declaration(String kind, String name, String text) {
	}

	/**
	 * The smallest declaration that resolves the broken reference without a new error, when one can
	 * be written for it: only for a simple name (a qualified one points into another file), not
	 * already taken by another element of the file, and of a kind that stands on its own.
	 */
	private Optional<Declaration> declarationOfMissing(Finding current) {
		EObject element = current.element(EObject.class);
		CrossReference crossReference = current.crossReference();
		if (element == null || crossReference == null) {
			return Optional.empty();
		}
		String name = current.document().getSubstring(current.diagnostic().getRange());
		TransformFile file = EcoreUtil2.getContainerOfType(element, TransformFile.class);
		if (!name.matches("[A-Za-z_][A-Za-z_0-9]*") || file == null || file.getElements().stream().anyMatch(e -> name.equals(nameOf(e)))) {
			return Optional.empty();
		}
		EClass type = GrammarUtil.getReference(crossReference).getEReferenceType();
		Function<String, Declaration> declaration = body -> new Declaration(Labels.kind(type), name, Labels.kind(type) + " " + name + body);
		if (type == ModelPackage.Literals.TEAM || type == ModelPackage.Literals.PRACTICE || type == ModelPackage.Literals.TOOL) {
			return Optional.of(declaration.apply(""));
		}
		if (type == ModelPackage.Literals.INDICATOR) {
			// an indicator must say which direction is better: known when a goal or practice moves it
			Direction direction = element instanceof GoalMove move ? move.getDirection()
					: element instanceof PracticeMove move ? move.getDirection() : null;
			return direction == null ? Optional.empty() : Optional.of(declaration.apply(" { better " + direction.getLiteral() + " }"));
		}
		if (type == ModelPackage.Literals.GOAL) {
			// a goal must move an indicator: the first one in scope, in its better direction
			for (IEObjectDescription candidate : scopeProvider.getScope(element, GOAL_MOVE__INDICATOR).getAllElements()) {
				if (EcoreUtil2.resolve(candidate.getEObjectOrProxy(), element) instanceof Indicator indicator && !indicator.eIsProxy()
						&& PlanAnalysis.better(indicator) != null) {
					String move = PlanAnalysis.better(indicator) == Direction.HIGHER ? "raise " : "lower ";
					return Optional.of(declaration.apply(" { " + move + candidate.getName() + " }"));
				}
			}
		}
		return Optional.empty();
	}

	// ------------------------------------------------------------------ shared

	/** Adds the clause to the element of the type holding the finding. */
	private static List<TextEdit> addClause(EObject found, Class<? extends EObject> type, Document document, String clause) {
		EObject element = EcoreUtil2.getContainerOfType(found, type);
		return element == null ? List.of() : PlanTextEdits.insertClause(element, document, clause);
	}

	/** Replaces the text of the (single-valued) feature of the element of the type holding the finding. */
	private static List<TextEdit> replaceFeature(EObject found, Class<? extends EObject> type, EStructuralFeature feature,
			Document document, String text) {
		EObject element = EcoreUtil2.getContainerOfType(found, type);
		List<INode> nodes = element == null ? List.of() : NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.size() != 1) {
			return List.of();
		}
		INode node = nodes.get(0);
		int end = node.getOffset() + node.getLength();
		return List.of(new TextEdit(new Range(document.getPosition(node.getOffset()), document.getPosition(end)), text));
	}

	private static boolean hasDefinition(Indicator indicator) {
		return indicator.getDefinition() != null && !indicator.getDefinition().isBlank();
	}

	/** The element's name; {@code null} for an element that has none (a measurements block). */
	private static String nameOf(Element element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		Object name = feature == null ? null : element.eGet(feature);
		return name == null ? null : name.toString();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/**
	 * Issue data as it arrives: an array of strings from the server itself, JSON when a client sends
	 * the diagnostic back with its code action request.
	 */
	private static List<String> dataOf(Object data) {
		List<String> result = new ArrayList<>();
		if (data instanceof String[] strings) {
			result.addAll(List.of(strings));
		} else if (data instanceof JsonArray array) {
			for (JsonElement item : array) {
				if (item.isJsonPrimitive()) {
					result.add(item.getAsString());
				}
			}
		} else if (data instanceof JsonPrimitive primitive) {
			result.add(primitive.getAsString());
		} else if (data instanceof Iterable<?> items) {
			items.forEach(item -> result.add(String.valueOf(item)));
		} else if (data instanceof String string) {
			result.add(string);
		}
		return result;
	}

	/** The finding being fixed: the diagnostic, its data, and where it is in the language server's resource. */
	private final class Finding {

		private final Options options;
		private final Diagnostic diagnostic;
		private final List<String> data;

		Finding(Options options, Diagnostic diagnostic) {
			this.options = options;
			this.diagnostic = diagnostic;
			this.data = dataOf(diagnostic.getData());
		}

		Diagnostic diagnostic() {
			return diagnostic;
		}

		Document document() {
			return options.getDocument();
		}

		List<String> data() {
			return data;
		}

		/** The data item, or "" when the finding has fewer. */
		String data(int index) {
			return index < data.size() ? data.get(index) : "";
		}

		/** The element of the type holding the finding. */
		<T extends EObject> T element(Class<T> type) {
			if (!(options.getResource() instanceof XtextResource resource) || options.getDocument() == null) {
				return null;
			}
			EObject found = elementAtOffset.resolveContainedElementAt(resource, offset());
			return found == null ? null : EcoreUtil2.getContainerOfType(found, type);
		}

		/** The cross-reference the finding is on, if it is on one. */
		CrossReference crossReference() {
			if (!(options.getResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
				return null;
			}
			INode node = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset());
			for (; node != null; node = node.getParent()) {
				if (node.getGrammarElement() instanceof CrossReference crossReference) {
					return crossReference;
				}
			}
			return null;
		}

		private int offset() {
			return options.getDocument().getOffSet(diagnostic.getRange().getStart());
		}
	}
}
