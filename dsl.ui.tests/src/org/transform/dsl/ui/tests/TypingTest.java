package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.document;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.editor.TransformContentAssistProcessor;

/** Typing in the editor, key by key, as the author does: what is typed is what the plan says. */
public class TypingTest {

	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor";

	/** Whether content assist opens by itself while letters are typed (the Generic Editor's preferences). */
	private static void autoActivationOnType(boolean on) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(GENERIC_EDITOR);
		preferences.putBoolean("contentAssistant.autoActivation", on);
		preferences.putBoolean("contentAssistant.autoActivationOnType", on);
		preferences.putInt("contentAssistant.autoActivationDelay", 10);
	}

	private static ITextEditor openPlan(String name, String plan) throws Exception {
		IProject project = PlanWorkbench.project(name);
		PlanWorkbench.file(project, "acme.transform", ACME);
		return PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", plan));
	}

	/** The editor's text with the keyboard focus (content assist opens by itself only there) and the caret at the offset. */
	private static StyledText caretAt(ITextEditor editor, int offset) {
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		text.getShell().forceActive();
		PlanWorkbench.waitFor("the keyboard focus in the editor", () -> text.forceFocus() && text.isFocusControl(), 10_000,
				() -> text.getDisplay().getFocusControl());
		text.setCaretOffset(offset);
		return text;
	}

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void enterAfterANameIsANewLineEvenWhileContentAssistOpensByItself() throws Exception {
		autoActivationOnType(true);
		String plan = PLAN + "\npractice Coaching \"Coaching\" {\n    \n}\n";
		ITextEditor editor = openPlan("assist-on-type", plan);
		TransformContentAssistProcessor.entries(document(editor), plan.length()); // the language is loaded before typing
		StyledText text = caretAt(editor, plan.indexOf("{\n    \n}") + "{\n    ".length());

		PlanWorkbench.typeKeys(text, "owner CustomerServiceX");
		PlanWorkbench.settle(2_000); // time for the proposals to be computed and shown
		assertTrue(text.isFocusControl(), "typed into the focused editor, where content assist opens by itself");
		PlanWorkbench.typeKeys(text, "\r");
		PlanWorkbench.settle(300);

		assertEquals(PLAN + "\npractice Coaching \"Coaching\" {\n    owner CustomerServiceX\n\n}\n",
				document(editor).get().replaceAll("(?m)[ \\t]+$", ""), "the name as typed, then a new line");
	}

	@Test
	public void enterAfterABraceIndentsAndAClosingBraceGoesBackToTheBlocksIndentation() throws Exception {
		autoActivationOnType(false);
		ITextEditor editor = openPlan("indentation", PLAN);
		StyledText text = caretAt(editor, PLAN.length());

		PlanWorkbench.typeKeys(text, "\rpractice Coaching \"Coaching\" {\rowner Sales\r}");

		assertEquals(PLAN + "\npractice Coaching \"Coaching\" {\n    owner Sales\n}", document(editor).get());
	}

	@Test
	public void enterBetweenBracesPutsTheClosingBraceOnALineOfItsOwn() throws Exception {
		autoActivationOnType(false);
		String plan = PLAN + "\npractice Coaching \"Coaching\" {}\n";
		ITextEditor editor = openPlan("braces", plan);
		StyledText text = caretAt(editor, plan.lastIndexOf('}'));

		PlanWorkbench.typeKeys(text, "\rowner Sales");

		assertEquals(PLAN + "\npractice Coaching \"Coaching\" {\n    owner Sales\n}\n", document(editor).get());
	}
}
