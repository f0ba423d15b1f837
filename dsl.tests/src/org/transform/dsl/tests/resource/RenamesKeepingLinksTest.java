package org.transform.dsl.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.transform.dsl.model.Goal;
import org.transform.dsl.model.Team;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.model.ModelPackage;
import org.transform.dsl.resource.TransformResource;
import org.transform.dsl.tests.TransformInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * An edit that renames an element ({@link TransformResource#updateKeepingLinks}, the language server's path for
 * a keystroke) links again only the elements it can reach — the renamed one and those with a reference that
 * spells its old or its new name — and leaves the plan as a fresh load of its text would: every reference of
 * every file resolves to the same element (by URI and qualified name), and the findings are the same. The
 * renames are the ones that change what a name means: a letter typed into a name and deleted again, a name
 * that another element of the plan has (a duplicate, of the same or another kind), a name another file defines,
 * the empty name, a name nothing defined yet that a reference spells, a letter typed into a qualified reference.
 * When the plan's exported names change, the other files are linked again, as the builder does with those that
 * looked up a changed name.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class RenamesKeepingLinksTest {

	private static final String SHARED = """
			organization Shared "Shared services"
			team Ops "Operations"
			indicator Churn "Customer churn" { unit "%" better lower }
			tool Crm "CRM" { category crm }
			""";

	private static final String PLAN = """
			plan Acme "Shorter sales cycles"
			import Shared.*
			team Sales "Field sales" { part-of Ops }
			team Marketing "Marketing" { part-of Acme.Sales }
			indicator SalesCycle "Sales cycle" { unit days better lower baseline 94 on 2026-01-31 opposes Conversion }
			indicator Conversion "Offer conversion" { unit "%" better higher baseline 21 on 2026-01-31 }
			indicator Leads "Qualified leads" { unit count better higher opposes Shared.Churn }
			goal CloseFaster "Close faster" { owner Sales lower SalesCycle to 60 by 2027-06 raise Acme.Conversion to 30 }
			goal KeepCustomers "Keep customers" { owner Acme.Marketing lower Churn to 5 }
			practice Qualify "Qualify early" { owner Sales, Marketing lowers SalesCycle, Acme.SalesCycle raises Leads, Missing }
			change Crm "Roll out the CRM" { lever technology supports Qualify owner Ops deploys Crm }
			channel Newsletter "Newsletter" { serves KeepCustomers maintained-by Marketing feeds Shared.Crm }
			policy Discounts "Discount policy" { serves CloseFaster, Acme.KeepCustomers owner Sales }
			measurements SalesCycle { 2026-02-28: 92 }
			measurements Acme.Leads { 2026-02-28: 40 }
			""";

	/** The same plan's second file: it sees the first one's names unqualified. */
	private static final String MORE = """
			plan Acme
			indicator Backlog "Open offers" { unit count better lower opposes Leads }
			goal ShrinkBacklog "Shrink the backlog" { owner Marketing lower Backlog to 10 raise Acme.Conversion }
			""";

	private static final URI EDITED = URI.createURI("file:/plans/acme.transform");

	private static final Map<URI, String> OTHERS = new LinkedHashMap<>(Map.of(URI.createURI("file:/plans/shared.transform"), SHARED,
			URI.createURI("file:/plans/acme-more.transform"), MORE));

	/** Names the other files define, for renames to one of them. */
	private static final String[] DEFINED_ELSEWHERE = { "Backlog", "ShrinkBacklog", "Ops", "Churn", "Crm", "Missing" };

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Test
	void typingIntoAnIndicatorsNameLinksAgainOnlyTheElementsThatSpellIt() throws IOException {
		TransformResource edited = load(resourceSets.get(), PLAN);
		EcoreUtil.resolveAll(edited.getResourceSet());
		TransformFile file = (TransformFile) edited.getContents().get(0);
		Team marketing = (Team) file.getElements().get(1);
		Team sales = marketing.getPartOf();
		Goal closeFaster = (Goal) file.getElements().get(5);

		edited.updateKeepingLinks(PLAN.indexOf("Conversion \"") + "Conversion".length(), 0, "s");

		assertTrue(edited.keptLinks(), "a rename keeps the links of the elements it does not reach");
		ModelPackage model = ModelPackage.eINSTANCE;
		assertSame(sales, marketing.eGet(model.getTeam_PartOf(), false), "a team that does not name the indicator keeps its link");
		assertTrue(((EObject) closeFaster.getMoves().get(1).eGet(model.getGoalMove_Indicator(), false)).eIsProxy(),
				"the goal that raises Acme.Conversion is linked again");
		relinkOthers(edited);
		assertEquals(state(load(resourceSets.get(), text(edited))), state(edited));
	}

	@Test
	void afterRandomRenamesEveryReferenceAndFindingIsAsInAFreshLoad() throws IOException {
		long seed = Long.getLong("transform.fuzz.seed", 20261206L);
		int edits = 160;
		XtextResourceSet resourceSet = resourceSets.get();
		TransformResource edited = load(resourceSet, PLAN);
		validator.validate(edited, CheckMode.ALL, CancelIndicator.NullImpl);
		Random random = new Random(seed);
		String text = PLAN;
		String exported = exported(edited);
		Edit undo = null;
		List<String> applied = new ArrayList<>();
		int renamesKeepingLinks = 0;
		for (int i = 1; i <= edits; i++) {
			Edit edit;
			if (i % 20 == 0) {
				edit = new Edit(0, text.length(), PLAN);
				undo = null;
			} else if (undo != null && random.nextBoolean()) {
				edit = undo;
				undo = null;
			} else {
				edit = randomRename(text, edited, random);
				undo = new Edit(edit.start(), edit.start() + edit.replacement().length(), text.substring(edit.start(), edit.end()));
			}
			applied.add(edit.toString());
			edited.updateKeepingLinks(edit.start(), edit.end() - edit.start(), edit.replacement());
			text = text.substring(0, edit.start()) + edit.replacement() + text.substring(edit.end());
			String context = "edit " + i + " (seed " + seed + "), last edits " + applied.subList(Math.max(0, applied.size() - 3), applied.size())
					+ ", text:\n" + text;
			assertEquals(text, text(edited), context);
			String exportedNow = exported(edited);
			if (!exportedNow.equals(exported)) {
				renamesKeepingLinks += edited.keptLinks() ? 1 : 0;
				relinkOthers(edited);
				exported = exportedNow;
			}
			XtextResourceSet fresh = resourceSets.get();
			TransformResource expected = load(fresh, text);
			// as the builder validates (the resource resolves its links), then with every link resolved
			assertEquals(issues(expected), issues(edited), context);
			for (Resource other : resourceSet.getResources()) {
				assertEquals(issues((XtextResource) fresh.getResource(other.getURI(), false)), issues((XtextResource) other), context);
			}
			assertEquals(state(expected), state(edited), context);
		}
		// the renames must take the shortcut, not only the full linking it falls back to (a syntax error)
		assertTrue(renamesKeepingLinks >= edits / 4, "only " + renamesKeepingLinks + " of " + edits + " edits renamed and kept links");
	}

	@Test
	void anEditThatAddsAnElementLinksTheWholePlan() throws IOException {
		TransformResource edited = load(resourceSets.get(), PLAN);
		EcoreUtil.resolveAll(edited.getResourceSet());
		int at = PLAN.indexOf("team Marketing");
		edited.updateKeepingLinks(at, 0, "team Extra\n");
		assertFalse(edited.keptLinks());
		assertEquals(state(load(resourceSets.get(), text(edited))), state(edited));
	}

	/** As the builder links again the files that looked up a changed name: here, all of them. */
	private static void relinkOthers(XtextResource edited) {
		for (Resource other : edited.getResourceSet().getResources()) {
			if (other != edited) {
				((XtextResource) other).relink();
			}
		}
	}

	/** A rename of one of the plan's elements, or an edit inside a qualified reference. */
	private static Edit randomRename(String text, XtextResource resource, Random random) {
		List<ILeafNode> declared = new ArrayList<>();
		List<INode> qualified = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof RuleCall call && call.eContainer() instanceof Assignment assignment
					&& "name".equals(assignment.getFeature())) {
				declared.add(leaf);
			}
		}
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject source = contents.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					for (INode node : NodeModelUtils.findNodesForFeature(source, reference)) {
						if (node.getText().contains(".")) {
							qualified.add(node);
						}
					}
				}
			}
		}
		if (declared.isEmpty()) {
			return new Edit(0, text.length(), PLAN);
		}
		ILeafNode name = declared.get(random.nextInt(declared.size()));
		switch (random.nextInt(7)) {
		case 0, 1: // a letter typed at the end of the name, or in its middle
			int at = random.nextBoolean() ? name.getEndOffset() : name.getOffset() + 1 + random.nextInt(Math.max(1, name.getLength() - 1));
			return new Edit(at, at, String.valueOf((char) ('a' + random.nextInt(26))));
		case 2: // the name of another element of the plan: a duplicate, of the same kind or another
			return new Edit(name.getOffset(), name.getEndOffset(), declared.get(random.nextInt(declared.size())).getText());
		case 3: // a name another file defines, or one a reference spells that nothing defines
			return new Edit(name.getOffset(), name.getEndOffset(), DEFINED_ELSEWHERE[random.nextInt(DEFINED_ELSEWHERE.length)]);
		case 4: // the empty name
			return new Edit(name.getOffset(), name.getEndOffset(), "");
		case 5: // a letter deleted
			int deleted = name.getOffset() + random.nextInt(name.getLength());
			return new Edit(deleted, deleted + 1, "");
		default: // inside a qualified reference: its namespace or its name
			if (qualified.isEmpty()) {
				return new Edit(name.getEndOffset(), name.getEndOffset(), "x");
			}
			INode reference = qualified.get(random.nextInt(qualified.size()));
			int dot = reference.getOffset() + reference.getText().indexOf('.');
			return random.nextBoolean() ? new Edit(dot, dot, String.valueOf((char) ('a' + random.nextInt(26))))
					: new Edit(dot + 1, reference.getEndOffset(), declared.get(random.nextInt(declared.size())).getText());
		}
	}

	/** Loads the plan being edited with the other files into the resource set. */
	private static TransformResource load(XtextResourceSet resourceSet, String plan) throws IOException {
		for (Map.Entry<URI, String> other : OTHERS.entrySet()) {
			load(resourceSet, other.getKey(), other.getValue());
		}
		return (TransformResource) load(resourceSet, EDITED, plan);
	}

	private static Resource load(XtextResourceSet resourceSet, URI uri, String text) throws IOException {
		Resource resource = resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		return resource;
	}

	private static String text(XtextResource resource) {
		return resource.getParseResult().getRootNode().getText();
	}

	/** What the index sees of the plan: each exported element with its URI. */
	private String exported(XtextResource resource) {
		List<String> lines = new ArrayList<>();
		for (IEObjectDescription description : descriptions.getResourceDescription(resource).getExportedObjects()) {
			lines.add(description.getEClass().getName() + " " + description.getQualifiedName() + " " + description.getEObjectURI());
		}
		return String.join("\n", lines);
	}

	/** The file's findings as the builder's validation finds them: place, severity, code and message, sorted. */
	private String issues(XtextResource resource) {
		List<String> lines = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			lines.add(issue.getLineNumber() + ":" + issue.getColumn() + "+" + issue.getLength() + " " + issue.getSeverity() + " ["
					+ issue.getCode() + "] " + issue.getMessage());
		}
		lines.sort(null);
		return String.join("\n", lines);
	}

	/** Every reference of every file with the URI and qualified name of its target, then the findings, every link resolved. */
	private String state(XtextResource resource) {
		EcoreUtil.resolveAll(resource.getResourceSet());
		List<String> lines = new ArrayList<>();
		for (Resource file : resource.getResourceSet().getResources()) {
			for (var contents = file.getAllContents(); contents.hasNext();) {
				EObject source = contents.next();
				for (EReference reference : source.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || !source.eIsSet(reference)) {
						continue;
					}
					Object value = source.eGet(reference);
					List<?> targets = value instanceof List<?> list ? list : List.of(value);
					for (int t = 0; t < targets.size(); t++) {
						EObject target = (EObject) targets.get(t);
						lines.add(file.getURI().lastSegment() + " line " + NodeModelUtils.getNode(source).getStartLine() + " "
								+ source.eClass().getName() + "." + reference.getName() + "[" + t + "] -> " + describe(target));
					}
				}
			}
			lines.add(file.getURI().lastSegment() + " findings:\n" + issues((XtextResource) file));
		}
		lines.sort(null);
		return String.join("\n", lines);
	}

	private String describe(EObject target) {
		if (target == null || target.eIsProxy()) {
			return "unresolved";
		}
		return EcoreUtil.getURI(target) + " " + target.eClass().getName() + " " + names.getFullyQualifiedName(target);
	}

	private record Edit(int start, int end, String replacement) {
		@Override
		public String toString() {
			return "[" + start + "," + end + ") -> '" + (replacement.length() > 40 ? replacement.substring(0, 40) + "..." : replacement).replace("\n", "\\n")
					+ "'";
		}
	}
}
