package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.editor.FindingAnnotation;
import org.transform.dsl.ui.editor.FormatHandler;
import org.transform.dsl.ui.editor.TransformContentAssistProcessor;
import org.transform.dsl.ui.editor.TransformTextHover;
import org.transform.dsl.ui.navigation.Places;
import org.transform.dsl.ui.quickfix.TransformQuickAssistProcessor;
import org.transform.dsl.validation.TransformValidator;

/**
 * Bad input: 200 random edits (fixed seed) typed into a plan — fragments of the language, stray
 * characters, deletions, unbalanced braces and quotes — with the editor's services asked at random
 * places in between. The Eclipse error log must stay clean and no finding may report a failure of the
 * editor itself ({@code internal-error}).
 */
public class RandomEditsTest {

	private static final String[] FRAGMENTS = { "plan ", "indicator ", "goal ", "practice ", "change ", "team ", "tool ", "channel ",
			"policy ", "measurements ", "import ", "{", "}", "\"", "\"unterminated", " lower ", "raise ", "lowers ", " to ", " by ",
			"2026-13-45", "2026-02", "-", ".", ".*", ",", ":", "99999999999999999999", "0.5", "Acme.", "Sales", "SalesCycle",
			"owner ", "lever technology ", "supports ", "deploys ", "part-of ", "baseline 1 on ", "/*", "*/", "//", "\n", "\t",
			"ünïcödé", "\u0000", "^", "@#$%", "opposes ", "from ", "2026-01 to 2025-01 " };

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void twoHundredRandomEditsLeaveTheErrorLogClean() throws Exception {
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.matches(IStatus.ERROR)) {
				logged.add(status);
			}
		};
		Platform.addLogListener(listener);
		List<String> internalErrors = new ArrayList<>();
		try {
			IProject project = PlanWorkbench.project("random");
			PlanWorkbench.file(project, "acme.transform", ACME);
			ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN));
			IDocument document = document(editor);
			AtomicInteger reconciles = PlanWorkbench.annotationChanges(editor);
			Random random = new Random(20261124L);
			for (int edit = 1; edit <= 200; edit++) {
				int length = document.getLength();
				int offset = random.nextInt(length + 1);
				switch (random.nextInt(4)) {
					case 0, 1 -> document.replace(offset, 0, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
					case 2 -> document.replace(offset, Math.min(random.nextInt(12), length - offset), "");
					default -> document.replace(offset, 0, String.valueOf((char) (32 + random.nextInt(95))));
				}
				if (edit % 10 == 0) {
					// a pause: the editor validates, and the author asks for help somewhere
					int before = reconciles.get();
					PlanWorkbench.waitUntil(() -> reconciles.get() > before, 5_000);
					int at = random.nextInt(document.getLength() + 1);
					TransformContentAssistProcessor.entries(document, at);
					TransformTextHover.text(document, at);
					TransformQuickAssistProcessor.proposals(document, at);
					Places.definitions(document, at);
					Places.references(document, at);
					if (edit % 50 == 0) {
						FormatHandler.format(document);
					}
					PlanWorkbench.findings(editor).stream().map(FindingAnnotation::getText)
							.filter(t -> t.startsWith(TransformValidator.INTERNAL_ERROR)).forEach(internalErrors::add);
				}
			}
			PlanWorkbench.settle(1_000);
			editor.doSave(null);
			PlanWorkbench.settle(2_000);
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), logged.stream().map(s -> s.getPlugin() + ": " + s.getMessage() + " " + s.getException()).toList(),
				"errors in the Eclipse log");
		assertEquals(List.of(), internalErrors, "findings that report a failure of the editor");
	}
}
