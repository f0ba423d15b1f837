package org.transform.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.transform.dsl.ui.tests.PlanWorkbench.ACME;
import static org.transform.dsl.ui.tests.PlanWorkbench.PLAN;
import static org.transform.dsl.ui.tests.PlanWorkbench.document;
import static org.transform.dsl.ui.tests.PlanWorkbench.waitFor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.graphics.Image;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ui.PlanIcons;
import org.transform.dsl.ui.TransformTokenScanner;
import org.transform.dsl.ui.diagram.TransformDiagramView;
import org.transform.dsl.ui.editor.SemanticColouring;
import org.transform.dsl.ui.editor.TransformContentAssistProcessor;
import org.transform.dsl.ui.editor.TransformTextHover;
import org.transform.dsl.ui.navigation.Places;
import org.transform.dsl.ui.outline.TransformOutlinePage;

/** Content assist, hover, outline, format, open declaration and find references in the editor. */
public class EditorServicesTest {

	@AfterEach
	void closeEditors() {
		PlanWorkbench.closeEditors();
	}

	private static ITextEditor openPlan(String name, String plan) throws Exception {
		IProject project = PlanWorkbench.project(name);
		PlanWorkbench.file(project, "acme.transform", ACME);
		return PlanWorkbench.open(PlanWorkbench.file(project, "plan.transform", plan));
	}

	@Test
	public void contentAssistProposesTheTeamsOfTheOrganizationFile() throws Exception {
		String plan = PLAN + "\npolicy Guidelines \"Guidance\" { owner  }\n";
		ITextEditor editor = openPlan("assist", plan);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		text.setCaretOffset(plan.indexOf("owner  }") + "owner ".length());
		// the language is loaded first: on a cold start, under load, the popup's first computation outlasted the wait
		TransformContentAssistProcessor.entries(document(editor), text.getCaretOffset());
		editor.getAdapter(ITextOperationTarget.class).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);

		List<String> items = new ArrayList<>();
		waitFor("the proposals (computed asynchronously)", () -> {
			items.clear();
			items.addAll(PlanWorkbench.popupItems());
			return items.stream().anyMatch(i -> i.startsWith("Sales")) && items.stream().noneMatch(i -> i.startsWith("Computing proposals"));
		}, 15_000, () -> items);
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Commercial")), "both teams of the organization: " + items);
		assertTrue(items.stream().noneMatch(i -> i.startsWith("SalesCycle")), "no indicator where a team is expected: " + items);
	}

	@Test
	public void namesAreColouredByWhatTheyNameOnceTheAuthorPauses() throws Exception {
		ITextEditor editor = openPlan("colouring", PLAN);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		int team = PLAN.indexOf("owner Sales") + "owner ".length();
		int indicator = PLAN.indexOf("lowers SalesCycle") + "lowers ".length();
		waitFor("semantic colours", () -> colour(text, team) != null && colour(text, team).equals(SemanticColouring.TEAM.getRGB()), 10_000,
				() -> text.getStyleRangeAtOffset(team));
		assertEquals(SemanticColouring.INDICATOR.getRGB(), colour(text, indicator), "an indicator referred to");
		assertEquals(TransformTokenScanner.KEYWORD_COLOR.getRGB(), colour(text, PLAN.indexOf("owner Sales")), "keywords keep the lexer's colour");
	}

	private static RGB colour(StyledText text, int offset) {
		StyleRange range = text.getStyleRangeAtOffset(offset);
		return range == null || range.foreground == null ? null : range.foreground.getRGB();
	}

	@Test
	public void hoverOnAnIndicatorShowsItsNumbersAndWhoMovesIt() throws Exception {
		ITextEditor editor = openPlan("hover", PLAN);
		int offset = PLAN.indexOf("lower SalesCycle") + "lower Sal".length();
		String hover = TransformTextHover.text(document(editor), offset);
		assertNotNull(hover, "a hover on the indicator's name");
		assertTrue(hover.startsWith("indicator SalesCycle — Sales cycle length"), hover);
		assertTrue(hover.contains("Baseline: 94 days on 2026-01-31"), hover);
		assertTrue(hover.contains("Target: 60 days by 2027-06 (goal CloseFaster)"), hover);
		assertTrue(hover.contains("Practices that move it: SharedAccountPlans (lower)"), hover);
	}

	@Test
	public void theOutlineViewListsThePlansElements() throws Exception {
		ITextEditor editor = openPlan("outline", PLAN);
		IContentOutlinePage adapted = editor.getAdapter(IContentOutlinePage.class);
		assertTrue(adapted instanceof TransformOutlinePage, "the editor has a Transform outline: " + adapted);

		ContentOutline view = (ContentOutline) PlanWorkbench.page().showView(IPageLayout.ID_OUTLINE);
		PlanWorkbench.page().activate(editor);
		List<String> entries = new ArrayList<>();
		waitFor("the outline's entries", () -> {
			entries.clear();
			if (view.getCurrentPage() instanceof TransformOutlinePage page && page.getControl() instanceof Tree tree) {
				for (TreeItem top : tree.getItems()) {
					entries.add(top.getText());
					for (TreeItem child : top.getItems()) {
						entries.add("  " + child.getText());
					}
				}
			}
			return entries.size() == 5;
		}, 10_000, () -> entries);
		assertEquals(List.of(
				"SalesTransformation — plan Shorter sales cycles",
				"  SalesCycle — indicator Sales cycle length",
				"  CloseFaster — goal Close deals faster",
				"  SharedAccountPlans — practice Account plans co-written",
				"  WeeklyPlanReviews — change (leadership) Managers review account plans"), entries);

		Tree tree = (Tree) ((TransformOutlinePage) view.getCurrentPage()).getControl();
		TreeItem plan = tree.getItem(0);
		assertEquals(PlanIcons.of("plan"), plan.getImage(), "a plan's icon");
		assertEquals(List.of(PlanIcons.of("indicator"), PlanIcons.of("goal"), PlanIcons.of("practice"), PlanIcons.of("change")),
				Arrays.stream(plan.getItems()).map(TreeItem::getImage).toList(), "each element's kind has its icon");
		assertEquals(5, Stream.of("plan", "indicator", "goal", "practice", "change").map(PlanIcons::of).distinct().count(), "five different icons");
	}

	@Test
	public void theOutlineFollowsTheTextAndKeepsWhatTheAuthorFolded() throws Exception {
		ITextEditor editor = openPlan("outline-follows", PLAN + "\npolicy Guidelines \"Guidance\" { owner Sales }\n");
		ContentOutline view = (ContentOutline) PlanWorkbench.page().showView(IPageLayout.ID_OUTLINE);
		PlanWorkbench.page().activate(editor);
		waitFor("the outline's entries", () -> view.getCurrentPage() instanceof TransformOutlinePage page && page.getControl() instanceof Tree tree
				&& tree.getItemCount() == 1 && tree.getItem(0).getExpanded() && tree.getItem(0).getItemCount() == 5, 10_000, () -> view.getCurrentPage());
		Tree tree = (Tree) ((TransformOutlinePage) view.getCurrentPage()).getControl();
		TreeItem plan = tree.getItem(0);
		Object planEntry = plan.getData();
		plan.setExpanded(false); // the author folds the plan away

		// a title typed: the entry's label follows, the tree is the same, the plan still folded
		IDocument document = document(editor);
		document.replace(document.get().indexOf("Guidance") + "Guidance".length(), 0, " for all");
		waitFor("the new title in the outline", () -> plan.getItem(4).getText().equals("Guidelines — policy Guidance for all"), 10_000,
				() -> plan.getItem(4).getText());
		assertTrue(plan == tree.getItem(0) && plan.getData() == planEntry && !plan.getExpanded(), "the same tree, the plan still folded");

		// an element added: the tree is built again, the plan still folded
		document.replace(document.getLength(), 0, "policy Travel \"Travel rules\" { owner Sales }\n");
		waitFor("the outline built again", () -> tree.getItem(0).getData() != planEntry, 10_000, () -> tree.getItem(0).getData());
		assertFalse(tree.getItem(0).getExpanded(), "the plan is still folded");
	}

	@Test
	public void quickOutlineTheWizardAndTheDiagramViewHaveTheirIcons() throws Exception {
		ITextEditor editor = openPlan("icons", PLAN);
		PlanWorkbench.page().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.transform.dsl.ui.quickOutline", null);
		waitFor("the quick outline", () -> PlanWorkbench.popupItems().contains("CloseFaster — goal Close deals faster"), 10_000,
				PlanWorkbench::popupItems);
		List<Image> images = PlanWorkbench.popupImages();
		assertTrue(images.contains(PlanIcons.of("goal")) && images.contains(PlanIcons.of("indicator")), "the entries' icons: " + images);

		assertNotNull(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.transform.dsl.ui.newPlan").getImageDescriptor(),
				"File → New → Transform Plan has an icon");
		ImageDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(TransformDiagramView.ID).getImageDescriptor();
		assertEquals(16, view.getImageData(100).width, "the diagram view's icon");
	}

	@Test
	public void quickOutlineFiltersByNameAndGoesToTheElement() throws Exception {
		ITextEditor editor = openPlan("quick-outline", PLAN);
		PlanWorkbench.page().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.transform.dsl.ui.quickOutline", null);
		waitFor("the quick outline", () -> PlanWorkbench.popupItems().contains("CloseFaster — goal Close deals faster"), 10_000,
				PlanWorkbench::popupItems);
		Text filter = PlanWorkbench.popupText();
		filter.setText("practice");
		assertEquals(List.of(), PlanWorkbench.popupItems().stream().filter(i -> i.contains(" — ")).toList(), "names only, not kinds");
		filter.setText("shared");
		assertEquals(List.of("SharedAccountPlans — practice Account plans co-written"),
				PlanWorkbench.popupItems().stream().filter(i -> i.contains(" — ")).toList());
		filter.notifyListeners(SWT.DefaultSelection, new Event());
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("SharedAccountPlans", selection.getText());
	}

	@Test
	public void formatLaysThePlanOutInTheHouseStyle() throws Exception {
		ITextEditor editor = openPlan("format", """
				plan Small "Small plan" { period 2026-01 to 2027-12 }
				import Acme.*   team Pilots "Pilot team" { part-of Sales   size 4 }""");
		PlanWorkbench.page().activate(editor);
		PlanWorkbench.settle(100);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.transform.dsl.ui.format", null);
		assertEquals("""
				plan Small "Small plan" {
				    period 2026-01 to 2027-12
				}

				import Acme.*

				team Pilots "Pilot team" {
				    part-of Sales
				    size 4
				}
				""", document(editor).get());
	}

	@Test
	public void openDeclarationGoesToTheTeamInTheOrganizationFile() throws Exception {
		ITextEditor editor = openPlan("definition", PLAN);
		int offset = PLAN.indexOf("owner Sales") + "owner Sa".length();
		List<Places.Place> definitions = Places.definitions(document(editor), offset);
		assertEquals(1, definitions.size(), definitions::toString);
		assertEquals("acme.transform", definitions.get(0).file().getName());

		editor.selectAndReveal(offset, 0);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.text.open.hyperlink", null);
		waitFor("the organization file's editor", () -> PlanWorkbench.page().getActiveEditor() != null
				&& PlanWorkbench.page().getActiveEditor().getEditorInput().getName().equals("acme.transform"), 10_000,
				() -> PlanWorkbench.page().getActiveEditor());
		ITextEditor acme = PlanWorkbench.page().getActiveEditor().getAdapter(ITextEditor.class);
		ITextSelection selection = (ITextSelection) acme.getSelectionProvider().getSelection();
		assertEquals("Sales", selection.getText(), "the team's name is selected");
	}

	@Test
	public void findReferencesListsTheUsesOfAnIndicator() throws Exception {
		ITextEditor editor = openPlan("references", PLAN);
		int offset = PLAN.indexOf("indicator SalesCycle") + "indicator Sal".length();
		editor.selectAndReveal(offset, 0);
		PlanWorkbench.page().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.genericeditor.findReferences", null);
		List<String> items = new ArrayList<>();
		waitFor("the references popup", () -> {
			items.clear();
			items.addAll(PlanWorkbench.popupItems().stream().filter(i -> i.contains("plan.transform:")).toList());
			return items.size() == 2;
		}, 10_000, () -> PlanWorkbench.popupItems());
		IFile file = (IFile) editor.getEditorInput().getAdapter(IFile.class);
		String prefix = file.getFullPath().makeRelative() + ":";
		assertEquals(List.of(prefix + "19: lower SalesCycle to 60 by 2027-06", prefix + "24: lowers SalesCycle"), items);
	}
}
