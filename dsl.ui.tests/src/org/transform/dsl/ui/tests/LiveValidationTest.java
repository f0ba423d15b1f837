package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.document;
import static org.transform.dsl.ui.tests.PlanWorkbench.findings;
import static org.transform.dsl.ui.tests.PlanWorkbench.hasFinding;
import static org.transform.dsl.ui.tests.PlanWorkbench.markers;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModelEvent;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelListener;
import org.eclipse.jface.text.source.IAnnotationModelListenerExtension;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.builder.TransformNature;
import org.transform.dsl.ui.editor.FindingAnnotation;
import org.transform.dsl.ui.editor.FindingsShown;
import org.transform.dsl.ui.quickfix.TransformQuickAssistProcessor;
import org.transform.dsl.validation.IssueCodes;

/**
 * Findings while typing (annotations), after saving (markers in the Problems view), their quick fixes
 * from the marker and from Ctrl+1, and findings that span two files of a project.
 */
public class LiveValidationTest {

	/** An indicator that does not say which direction is better: an error with a quick fix per direction. */
	private static final String UNDIRECTED = "\nindicator WinRate \"Win rate\" { unit percent }\n";

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void typingABrokenRuleShowsItsCodeAndSavingPutsItInTheProblemsView() throws Exception {
		IProject project = PlanWorkbench.project("typing");
		PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN);
		ITextEditor editor = PlanWorkbench.open(plan);
		waitFor("the builder to be enabled on opening a plan", () -> TransformNature.has(project), 10_000, () -> "no nature");
		waitFor("the opened plan to be checked clean", () -> markers(plan).isEmpty() && findings(editor).isEmpty(), 10_000,
				() -> findings(editor));

		PlanWorkbench.type(editor, document(editor).getLength(), UNDIRECTED);

		waitFor("an annotation with the code", () -> hasFinding(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION), 10_000,
				() -> findings(editor));
		assertTrue(findings(editor).get(0).getText().startsWith(IssueCodes.INDICATOR_WITHOUT_DIRECTION + ": "),
				"annotation text is 'code: message': " + findings(editor).get(0).getText());
		assertTrue(markers(plan).isEmpty(), "no marker before saving: " + markers(plan));

		editor.doSave(null);
		waitFor("the marker after saving", () -> !markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).isEmpty(), 15_000,
				() -> markers(plan));
		IMarker marker = markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).get(0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(PLAN.split("\n").length + 2, marker.getAttribute(IMarker.LINE_NUMBER, -1), "line of the new indicator");
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith(IssueCodes.INDICATOR_WITHOUT_DIRECTION + ": "));
	}

	@Test
	public void theMarkersQuickFixRemovesMarkerAndAnnotation() throws Exception {
		IProject project = PlanWorkbench.project("marker-fix");
		PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN + UNDIRECTED);
		ITextEditor editor = PlanWorkbench.open(plan);
		waitFor("the marker", () -> !markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).isEmpty(), 15_000, () -> markers(plan));
		waitFor("the annotation", () -> hasFinding(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION), 10_000, () -> findings(editor));

		IMarker marker = markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).get(0);
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "the marker offers quick fixes");
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		assertEquals(List.of("Higher is better: add 'better higher'", "Lower is better: add 'better lower'"), labels);
		resolutions[0].run(marker);

		assertEquals(PLAN + "\nindicator WinRate \"Win rate\" { unit percent  better higher }\n", document(editor).get());
		waitFor("the annotation to go", () -> !hasFinding(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION), 10_000, () -> findings(editor));
		editor.doSave(null);
		waitFor("the marker to go", () -> markers(plan).isEmpty() && plan.exists(), 15_000, () -> markers(plan));
		assertTrue(findings(editor).isEmpty(), "no finding left: " + findings(editor));
	}

	@Test
	public void afterASaveTheFindingIsShownOnceInTheRulerTheHoverAndCtrl1() throws Exception {
		IProject project = PlanWorkbench.project("once");
		PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN);
		ITextEditor editor = PlanWorkbench.open(plan);
		PlanWorkbench.type(editor, document(editor).getLength(), UNDIRECTED);
		editor.doSave(null);
		waitFor("the marker after saving", () -> !markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).isEmpty(), 15_000, () -> markers(plan));
		waitFor("the annotation", () -> hasFinding(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION), 10_000, () -> findings(editor));
		// the editor's annotation model catches up with the markers in its own time: a second annotation would show by then
		PlanWorkbench.waitUntil(() -> PlanWorkbench.annotationsOf(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION).size() > 1, 3_000);

		int offset = document(editor).get().indexOf("WinRate") + 2;
		assertEquals(1, PlanWorkbench.annotationsOf(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION).size(),
				() -> "one annotation in the ruler and overview: " + PlanWorkbench.annotationsOf(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION));
		List<String> hover = PlanWorkbench.hoverEntries(editor, offset);
		assertEquals(1, hover.stream().filter(h -> h.contains(IssueCodes.INDICATOR_WITHOUT_DIRECTION)).count(), () -> "one hover entry: " + hover);
		List<String> fixes = PlanWorkbench.quickAssistProposals(editor, offset);
		assertEquals(List.of("Higher is better: add 'better higher'", "Lower is better: add 'better lower'"), fixes.stream().sorted().toList(),
				"each fix proposed once");
	}

	@Test
	public void theMarkersQuickFixOnAClosedPlanEditsAndSavesTheFile() throws Exception {
		IProject project = PlanWorkbench.project("closed-fix");
		PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN + UNDIRECTED);
		TransformNature.addLater(project);
		waitFor("the marker", () -> !markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).isEmpty(), 15_000, () -> markers(plan));

		IMarker marker = markers(plan, IssueCodes.INDICATOR_WITHOUT_DIRECTION).get(0);
		IMarkerResolution lower = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
				.filter(r -> r.getLabel().equals("Lower is better: add 'better lower'")).findFirst().orElseThrow();
		lower.run(marker);

		assertEquals(PLAN + "\nindicator WinRate \"Win rate\" { unit percent  better lower }\n",
				new String(plan.getContents().readAllBytes(), plan.getCharset()), "the fix is saved");
		waitFor("the marker to go", () -> markers(plan).isEmpty(), 15_000, () -> markers(plan));
	}

	@Test
	public void ctrl1OffersTheFixesOfTheFindingAtTheCaret() throws Exception {
		IProject project = PlanWorkbench.project("ctrl1");
		PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN);
		ITextEditor editor = PlanWorkbench.open(plan);
		String changed = PLAN + "\nchange CrmRollout \"CRM roll-out\" { supports SharedAccountPlans  owner Sales }\n";
		document(editor).set(changed);
		waitFor("the annotation", () -> hasFinding(editor, IssueCodes.CHANGE_WITHOUT_LEVER), 10_000, () -> findings(editor));

		int caret = changed.indexOf("CrmRollout") + 2;
		List<ICompletionProposal> proposals = TransformQuickAssistProcessor.proposals(document(editor), caret);
		List<String> labels = proposals.stream().map(ICompletionProposal::getDisplayString).toList();
		assertEquals(8, labels.size(), "one fix per lever: " + labels);
		ICompletionProposal training = proposals.stream().filter(p -> p.getDisplayString().equals("Pull the training lever: add 'lever training'"))
				.findFirst().orElseThrow();
		training.apply(document(editor));

		assertEquals(PLAN + "\nchange CrmRollout \"CRM roll-out\" { supports SharedAccountPlans  owner Sales  lever training }\n",
				document(editor).get());
		waitFor("the annotation to go", () -> !hasFinding(editor, IssueCodes.CHANGE_WITHOUT_LEVER), 10_000, () -> findings(editor));
	}

	@Test
	public void anElementAFixInsertsGetsABlankLineBeforeIt() throws Exception {
		String technology = """

				tool Crm "Salesforce" {
				    category crm
				    used-by Sales
				}

				change CrmAccountPlans "Account-plan module" {
				    lever technology
				    supports SharedAccountPlans
				    owner Sales
				    from 2026-09
				    deploys Crm
				}
				""";
		IProject project = PlanWorkbench.project("blank-line");
		PlanWorkbench.file(project, "acme.transform", ACME);
		ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN + technology));
		waitFor("the annotation", () -> hasFinding(editor, IssueCodes.TECHNOLOGY_WITHOUT_TRAINING), 10_000, () -> findings(editor));

		int caret = (PLAN + technology).indexOf("CrmAccountPlans") + 2;
		ICompletionProposal training = TransformQuickAssistProcessor.proposals(document(editor), caret).stream()
				.filter(p -> p.getDisplayString().startsWith("Add training change")).findFirst().orElseThrow();
		training.apply(document(editor));

		assertTrue(document(editor).get().startsWith(PLAN + technology.stripTrailing() + "\n\nchange CrmAccountPlansTraining "),
				() -> "a blank line, then the new change:\n" + document(editor).get().substring(PLAN.length()));
	}

	@Test
	public void aChangeInAnotherFileOfTheProjectCreatesAndRemovesACrossFileFinding() throws Exception {
		IProject project = PlanWorkbench.project("cross-file");
		IFile acme = PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN);
		ITextEditor editor = PlanWorkbench.open(plan);
		waitFor("the plan to be checked clean", () -> TransformNature.has(project) && findings(editor).isEmpty(), 10_000,
				() -> findings(editor));

		// the organization no longer has the team the plan's goal, practice and change are owned by
		PlanWorkbench.write(acme, ACME.replace("team Sales \"Field sales\" {\n    part-of Commercial\n}\n", ""));
		waitFor("the plan's annotation", () -> hasFinding(editor, IssueCodes.BROKEN_REFERENCE), 10_000, () -> findings(editor));
		waitFor("the plan's markers", () -> markers(plan, IssueCodes.BROKEN_REFERENCE).size() == 3, 15_000, () -> markers(plan));
		assertTrue(markers(plan, IssueCodes.BROKEN_REFERENCE).get(0).getAttribute(IMarker.MESSAGE, "").contains("Sales"),
				() -> markers(plan).get(0).getAttribute(IMarker.MESSAGE, ""));

		PlanWorkbench.write(acme, ACME);
		waitFor("the annotation to go", () -> findings(editor).isEmpty(), 10_000, () -> findings(editor));
		waitFor("the markers to go", () -> markers(plan).isEmpty(), 15_000, () -> markers(plan));
		assertEquals(0, markers(acme).size());
	}

	@Test
	public void aCheckReplacesOnlyTheFindingsThatChanged() throws Exception {
		IProject project = PlanWorkbench.project("changed-only");
		PlanWorkbench.file(project, "acme.transform", ACME);
		String loss = "indicator LossRate \"Loss rate\" { unit percent }\n";
		ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN + UNDIRECTED + loss));
		waitFor("two undirected indicators", () -> findings(editor).size() == 2, 10_000, () -> findings(editor));
		List<FindingAnnotation> before = findings(editor);
		List<AnnotationModelEvent> events = new CopyOnWriteArrayList<>();
		PlanWorkbench.annotationModel(editor).addAnnotationModelListener(new Events(events));

		// a line typed above both: the findings move with the text, and stay the annotations they were
		document(editor).replace(0, 0, "\n");
		waitFor("the check of the new text", () -> events.stream().anyMatch(FindingsShown.class::isInstance), 10_000, () -> describe(events));
		assertEquals(Set.copyOf(before), Set.copyOf(findings(editor)), "the same annotations");
		for (FindingAnnotation finding : findings(editor)) {
			Position position = PlanWorkbench.annotationModel(editor).getPosition(finding);
			assertEquals(document(editor).getLineOfOffset(position.getOffset()) + 1, finding.getFinding().line(),
					"the finding behind " + finding + " is the new text's");
		}

		// one of them mended: only its annotation goes
		events.clear();
		int lossAt = document(editor).get().indexOf(loss);
		document(editor).replace(lossAt + loss.indexOf("}"), 0, "better lower ");
		waitFor("the mended indicator's finding to go", () -> findings(editor).size() == 1, 10_000, () -> findings(editor));
		FindingAnnotation winRate = findings(editor).get(0);
		assertTrue(before.stream().anyMatch(f -> f == winRate), "the other finding keeps its annotation");
		List<Annotation> removed = events.stream().flatMap(e -> Arrays.stream(e.getRemovedAnnotations())).filter(FindingAnnotation.class::isInstance).toList();
		List<Annotation> added = events.stream().flatMap(e -> Arrays.stream(e.getAddedAnnotations())).filter(FindingAnnotation.class::isInstance).toList();
		assertEquals(1, removed.size(), () -> "removed: " + removed);
		assertTrue(removed.get(0).getText().contains("LossRate"), () -> "removed: " + removed);
		assertEquals(List.of(), added, "nothing added");
	}

	private static String describe(List<AnnotationModelEvent> events) {
		return events.stream().map(e -> e.getClass().getSimpleName() + " added " + Arrays.toString(e.getAddedAnnotations()) + " removed "
				+ Arrays.toString(e.getRemovedAnnotations()) + " changed " + Arrays.toString(e.getChangedAnnotations())).toList().toString();
	}

	/** Collects the annotation model's events. */
	private record Events(List<AnnotationModelEvent> events) implements IAnnotationModelListener, IAnnotationModelListenerExtension {

		@Override
		public void modelChanged(IAnnotationModel model) {
			// the extension's events say what changed
		}

		@Override
		public void modelChanged(AnnotationModelEvent event) {
			events.add(event);
		}
	}
}
