package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.findings;
import static org.transform.dsl.ui.tests.PlanWorkbench.hasFinding;
import static org.transform.dsl.ui.tests.PlanWorkbench.markers;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.validation.IssueCodes;

/**
 * The editor on the workspace core: its findings equal those of a core started freshly on the saved
 * files and those of {@code transform check}, after random edits; files changed or deleted on disk
 * under an open editor reach it; a large project is checked without the UI thread doing any of it.
 */
public class WorkspaceCoreTest {

	/** Edits an author makes in a real plan: lines removed, doubled and swapped, names and numbers changed, text typed. */
	private static final String[] TYPED = { "\n", " ", "x", "}", "{", "\"", "owner SocialCare\n", "lever training\n", "2027-02", "42",
			"indicator Extra \"Extra\" { unit percent }\n", "supports ListeningAlerts\n", "category crm\n", "Orbis.", "import Orbis.*\n" };

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void afterRandomEditsTheEditorShowsWhatAFreshCoreAndCheckFind() throws Exception {
		IProject project = ThreeFaces.example("social-business");
		Path folder = project.getLocation().toPath();
		Map<String, ITextEditor> editors = new LinkedHashMap<>();
		for (String name : List.of("social-business.transform", "social-presence.transform", "orbis.transform")) {
			editors.put(name, PlanWorkbench.open(project.getFile(name)));
		}
		Random random = new Random(20261206L);
		for (int sequence = 1; sequence <= 6; sequence++) {
			for (int edit = 0; edit < 12; edit++) {
				ITextEditor editor = new ArrayList<>(editors.values()).get(random.nextInt(editors.size()));
				edit(PlanWorkbench.document(editor), random);
				if (random.nextInt(4) == 0) {
					PlanWorkbench.settle(random.nextInt(300)); // sometimes a pause, sometimes typing on
				}
			}
			editors.values().forEach(e -> e.doSave(null));
			Map<String, List<String>> fresh = ThreeFaces.freshCore(folder);
			assertEquals(fresh, ThreeFaces.check(folder), "sequence " + sequence + ": a fresh core and transform check agree");
			for (Map.Entry<String, ITextEditor> open : editors.entrySet()) {
				List<String> expected = fresh.getOrDefault(open.getKey(), List.of());
				int done = sequence;
				waitFor("sequence " + done + ": the editor of " + open.getKey() + " to show what a fresh core finds",
						() -> ThreeFaces.shown(open.getValue()).equals(expected), 20_000,
						() -> "\n  editor: " + ThreeFaces.shown(open.getValue()) + "\n  fresh:  " + expected);
			}
		}
	}

	private static void edit(IDocument document, Random random) throws BadLocationException {
		int lines = document.getNumberOfLines();
		int line = random.nextInt(lines);
		int start = document.getLineOffset(line);
		int length = document.getLineLength(line);
		switch (random.nextInt(5)) {
			case 0 -> document.replace(start, length, ""); // a line removed
			case 1 -> document.replace(start, 0, document.get(start, length)); // a line doubled
			case 2 -> { // a word replaced by another of the text
				String text = document.get();
				int at = random.nextInt(text.length());
				int end = at;
				while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
					end++;
				}
				String[] words = text.split("[^A-Za-z0-9]+");
				document.replace(at, end - at, words[random.nextInt(words.length)]);
			}
			default -> document.replace(start + random.nextInt(length + 1), 0, TYPED[random.nextInt(TYPED.length)]);
		}
	}

	/** A project of the organization and the plan, the plan open in its editor. */
	private record OpenPlan(IProject project, IFile organization, IFile plan, ITextEditor editor) {
	}

	/** Writes the organization and the plan into a new project, opens the plan and waits until it is checked clean. */
	private static OpenPlan openCleanPlan(String projectName) throws Exception {
		IProject project = PlanWorkbench.project(projectName);
		IFile acme = PlanWorkbench.file(project, "acme.transform", ACME);
		IFile plan = PlanWorkbench.file(project, "plan.transform", PLAN);
		ITextEditor editor = PlanWorkbench.open(plan);
		waitFor("the plan to be checked clean", () -> findings(editor).isEmpty(), 15_000, () -> findings(editor));
		return new OpenPlan(project, acme, plan, editor);
	}

	@Test
	public void anotherPlanChangedOnDiskUpdatesTheOpenPlansFindings() throws Exception {
		OpenPlan open = openCleanPlan("on-disk");
		IFile acme = open.organization();
		ITextEditor editor = open.editor();

		// another tool rewrites the organization file: its team Sales is renamed
		acme.setContents(new ByteArrayInputStream(ACME.replace("team Sales ", "team FieldSales ").getBytes(StandardCharsets.UTF_8)), true, false,
				null);
		waitFor("the open plan's broken references to Sales", () -> findings(editor).stream()
				.filter(f -> f.getCode().equals(IssueCodes.BROKEN_REFERENCE) && f.getMessage().contains("Sales")).count() == 3, 15_000,
				() -> findings(editor));
		assertTrue(PlanWorkbench.document(editor).get().equals(PLAN), "the open plan itself is unchanged");

		acme.setContents(new ByteArrayInputStream(ACME.getBytes(StandardCharsets.UTF_8)), true, false, null);
		waitFor("the findings to go", () -> findings(editor).isEmpty(), 15_000, () -> findings(editor));
	}

	@Test
	public void aDeletedOrganizationFileBreaksThePlansReferencesAndRestoringItMends() throws Exception {
		OpenPlan open = openCleanPlan("deleted");
		IProject project = open.project();
		IFile acme = open.organization();
		IFile plan = open.plan();
		ITextEditor editor = open.editor();

		acme.delete(true, null);
		waitFor("the plan's broken references", () -> hasFinding(editor, IssueCodes.BROKEN_REFERENCE), 15_000, () -> findings(editor));
		assertTrue(findings(editor).stream().anyMatch(f -> f.getMessage().contains("Sales")), () -> "the team named: " + findings(editor));
		waitFor("the broken references in the Problems view", () -> !markers(plan, IssueCodes.BROKEN_REFERENCE).isEmpty(), 15_000,
				() -> markers(plan));

		PlanWorkbench.file(project, "acme.transform", ACME);
		waitFor("the findings to go", () -> findings(editor).isEmpty(), 15_000, () -> findings(editor));
		waitFor("the markers to go", () -> markers(plan).isEmpty(), 15_000, () -> markers(plan));
	}

	@Test
	public void aRenamedOrganizationFileStillHoldsTheTeams() throws Exception {
		OpenPlan open = openCleanPlan("renamed");
		IProject project = open.project();
		IFile acme = open.organization();
		ITextEditor editor = open.editor();

		acme.move(acme.getFullPath().removeLastSegments(1).append("organization.transform"), true, null);
		// the renamed file arrives as one deleted and one created: whichever the core sees first, it settles clean
		PlanWorkbench.settle(1_000);
		waitFor("the plan still clean", () -> findings(editor).isEmpty(), 15_000, () -> findings(editor));
		acme = project.getFile("organization.transform");
		acme.delete(true, null);
		waitFor("the plan's broken references once the renamed file is gone", () -> hasFinding(editor, IssueCodes.BROKEN_REFERENCE), 15_000,
				() -> findings(editor));
	}

	/**
	 * Frames of the workspace core's work (the core, the language server's build, parsing and validation)
	 * and of waiting for it ({@code PlanCores.await}): neither may be seen on the UI thread while a plan opens.
	 */
	private static final List<String> CORE_WORK = List.of("org.transform.dsl.ide.workspace.", "ReparsingIncrementalBuilder",
			"org.eclipse.xtext.build.", "org.eclipse.xtext.ide.server.", "org.eclipse.xtext.validation.", "org.transform.dsl.validation.",
			"org.transform.dsl.ui.workspace.PlanCores.await");

	@Test
	public void aProjectOfFiveHundredPlansOpensWithoutTheUiThreadCheckingAnyOfThem() throws Exception {
		IProject project = PlanWorkbench.project("large");
		ResourcesPlugin.getWorkspace().run((IWorkspaceRunnable) monitor -> {
			PlanWorkbench.file(project, "acme.transform", ACME);
			for (int i = 0; i < 500; i++) {
				PlanWorkbench.file(project, "plan" + i + ".transform", PLAN.replace("SalesTransformation", "Plan" + i)
						+ "\nindicator Unclear" + i + " \"Unclear\" { unit percent }\n");
			}
		}, null);
		IFile last = project.getFile("plan499.transform");

		Thread ui = Display.getCurrent().getThread();
		AtomicBoolean watching = new AtomicBoolean(true);
		AtomicReference<String> caught = new AtomicReference<>();
		Thread watchdog = new Thread(() -> {
			while (watching.get() && caught.get() == null) {
				StackTraceElement[] stack = ui.getStackTrace();
				for (StackTraceElement frame : stack) {
					String where = frame.getClassName() + "." + frame.getMethodName();
					if (CORE_WORK.stream().anyMatch(where::contains)) {
						caught.set(frame + " in\n" + String.join("\n", Arrays.stream(stack).limit(40).map(String::valueOf).toList()));
						break;
					}
				}
				try {
					Thread.sleep(2);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "UI thread watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		try {
			ITextEditor editor = PlanWorkbench.open(project.getFile("plan0.transform"));
			waitFor("the open plan's finding", () -> hasFinding(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION), 120_000, () -> findings(editor));
			waitFor("the last plan's marker", () -> !markers(last, IssueCodes.INDICATOR_WITHOUT_DIRECTION).isEmpty(), 120_000, () -> markers(last));
			// and typing while the project is large
			PlanWorkbench.type(editor, 0, "// a comment\n");
			PlanWorkbench.settle(500);
			waitFor("the finding again, one line down", () -> findings(editor).stream()
					.anyMatch(f -> f.getCode().equals(IssueCodes.INDICATOR_WITHOUT_DIRECTION) && f.getFinding() != null && f.getFinding().line() == PLAN
							.split("\n").length + 3), 30_000, () -> findings(editor));
		} finally {
			watching.set(false);
			watchdog.join(1_000);
		}
		assertEquals(null, caught.get(), "the UI thread did the core's work");
	}
}
