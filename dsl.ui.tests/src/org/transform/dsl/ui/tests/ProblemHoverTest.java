package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.document;
import static org.transform.dsl.ui.tests.PlanWorkbench.findings;
import static org.transform.dsl.ui.tests.PlanWorkbench.hasFinding;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHoverExtension;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.LineRange;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.hover.HoverContent;
import org.transform.dsl.ui.hover.PlanRulerHover;
import org.transform.dsl.validation.IssueCodes;
import org.transform.dsl.validation.RuleCatalogue;

/** The hover over a finding, as JDT's problem hover: the whole message wrapped, its code, its quick fixes. */
public class ProblemHoverTest {

	private static final String UNDIRECTED = "\nindicator WinRate \"Win rate\" { unit percent }\n";
	private static final String MESSAGE = "Indicator 'WinRate' does not say which direction is better: add 'better higher' or "
			+ "'better lower' — goals and practices are judged against it.";

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	@Test
	public void theHoverShowsTheWholeMessageWrappedWithItsCodeAndQuickFixesThatApply() throws Exception {
		IProject project = PlanWorkbench.project("hover");
		PlanWorkbench.file(project, "acme.transform", ACME);
		ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN + UNDIRECTED));
		waitFor("the annotation", () -> hasFinding(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION), 10_000, () -> findings(editor));
		int offset = (PLAN + UNDIRECTED).indexOf("WinRate") + 2;

		ITextHover hover = PlanWorkbench.planHover(editor, offset);
		HoverContent content = assertInstanceOf(HoverContent.class, PlanWorkbench.hoverInfo(editor, offset));
		assertEquals(1, content.problems().size(), () -> "one entry for the finding: " + content.entries());
		Shell parent = PlanWorkbench.viewer(editor).getTextWidget().getShell();
		List<Link> links = showsTheWholeMessageWrappedWithItsCodeAndFixes(((ITextHoverExtension) hover).getHoverControlCreator(), content,
				parent);

		links.get(1).notifyListeners(SWT.Selection, new Event());

		assertEquals(PLAN + "\nindicator WinRate \"Win rate\" { unit percent  better lower }\n", document(editor).get(), "the fix applied");
		waitFor("the annotation to go", () -> !hasFinding(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION), 10_000, () -> findings(editor));
	}

	@Test
	public void theGutterHoverShowsTheFindingsOfTheLineTheSameWay() throws Exception {
		IProject project = PlanWorkbench.project("ruler-hover");
		PlanWorkbench.file(project, "acme.transform", ACME);
		ITextEditor editor = PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", PLAN + UNDIRECTED));
		waitFor("the annotation", () -> hasFinding(editor, IssueCodes.INDICATOR_WITHOUT_DIRECTION), 10_000, () -> findings(editor));
		int line = document(editor).getLineOfOffset((PLAN + UNDIRECTED).indexOf("WinRate"));

		CompositeRuler ruler = (CompositeRuler) editor.getAdapter(IVerticalRulerInfo.class);
		List<IAnnotationHover> hovers = new ArrayList<>();
		waitFor("the plan's gutter hover", () -> {
			hovers.clear();
			ruler.getDecoratorIterator().forEachRemaining(c -> {
				if (c instanceof AnnotationRulerColumn column && column.getHover() != null) {
					hovers.add(column.getHover());
				}
			});
			return !hovers.isEmpty() && hovers.stream().allMatch(PlanRulerHover.class::isInstance);
		}, 10_000, () -> hovers);
		IAnnotationHoverExtension hover = (IAnnotationHoverExtension) hovers.get(0);
		HoverContent content = assertInstanceOf(HoverContent.class,
				hover.getHoverInfo((ISourceViewer) PlanWorkbench.viewer(editor), new LineRange(line, 1), 1));
		assertEquals(1, content.problems().size(), () -> "the line's finding, once: " + content.entries());
		showsTheWholeMessageWrappedWithItsCodeAndFixes(hover.getHoverControlCreator(), content,
				PlanWorkbench.viewer(editor).getTextWidget().getShell());
	}

	/** Shows the hover's content in its control and checks what the author reads: the whole message wrapped, its code, its fixes (returned). */
	private static List<Link> showsTheWholeMessageWrappedWithItsCodeAndFixes(IInformationControlCreator creator, HoverContent content,
			Shell parent) {
		IInformationControl control = creator.createInformationControl(parent);
		((IInformationControlExtension2) control).setInput(content);
		Point size = control.computeSizeHint();
		control.setSize(size.x, size.y);
		control.setLocation(new Point(20, 20));
		control.setVisible(true);
		PlanWorkbench.settle(200);

		List<Control> shown = shownControls(parent);
		Label message = shown.stream().filter(c -> c instanceof Label l && l.getText().equals(MESSAGE)).map(Label.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("the whole message: " + texts(shown)));
		assertTrue((message.getStyle() & SWT.WRAP) != 0, "the message wraps");
		GC gc = new GC(message);
		int oneLine = gc.textExtent(MESSAGE).x;
		int lineHeight = gc.getFontMetrics().getHeight();
		gc.dispose();
		assertTrue(message.getSize().x < oneLine && message.getSize().y >= 2 * lineHeight,
				"wrapped on more than one line, not cut: " + message.getSize() + " for a line of " + oneLine);
		assertTrue(size.x < oneLine, "the hover is narrower than the message on one line: " + size.x);
		assertTrue(texts(shown).contains(IssueCodes.INDICATOR_WITHOUT_DIRECTION), "the code: " + texts(shown));
		assertTrue(texts(shown).contains("Why: " + RuleCatalogue.rule(IssueCodes.INDICATOR_WITHOUT_DIRECTION).rationale()),
				() -> "why the rule exists, under the message: " + texts(shown));
		List<Link> links = shown.stream().filter(Link.class::isInstance).map(Link.class::cast).toList();
		assertEquals(List.of("<a>Higher is better: add 'better higher'</a>", "<a>Lower is better: add 'better lower'</a>"),
				links.stream().map(Link::getText).toList(), "the quick fixes, as links");
		return links;
	}

	/** The controls of the visible shells other than the workbench window (the hover's). */
	private static List<Control> shownControls(Shell workbench) {
		List<Control> controls = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell != workbench && shell.isVisible()) {
				collect(shell, controls);
			}
		}
		return controls;
	}

	private static void collect(Control control, List<Control> out) {
		out.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, out);
			}
		}
	}

	private static List<String> texts(List<Control> controls) {
		return controls.stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText()).toList();
	}
}
