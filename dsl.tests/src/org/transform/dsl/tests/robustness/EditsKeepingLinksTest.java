package org.transform.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
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
import org.transform.dsl.resource.TransformResource;
import org.transform.dsl.resource.TransformResourceDescriptionStrategy;
import org.transform.dsl.tests.TransformInjectorProvider;
import org.transform.dsl.tests.examples.ExampleWorkspaces;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Edits applied with {@link TransformResource#updateKeepingLinks} — the language server's path for a
 * keystroke, which links only the elements whose text changed when names keep their meaning — leave
 * the file exactly as a fresh parse of the new text would: the same findings, and every reference
 * pointing at the same element (or unresolved in both). The edits are the ones that matter for that
 * shortcut: a reference changed to another name or to a name that does not exist, an element renamed,
 * typing in a title, a changed number, a deleted or duplicated line, a stray token. When an edit
 * changes what the file exports, the other files are read again (the builder builds again those that
 * looked up a changed name: reading them all is the safe superset). Seeded; the number
 * of edits is a tenth of {@code -Dtransform.fuzz.cases} (at least 60).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TransformInjectorProvider.class)
public class EditsKeepingLinksTest {

	private static final String EDITED = "sales-transformation.transform";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Test
	void anEditLeavesTheFileAsAFreshParseWouldHaveIt() throws Exception {
		long seed = Long.getLong("transform.fuzz.seed", 20261125L);
		int edits = Math.max(60, FuzzInput.cases(600) / 10);
		Path workspace = ExampleWorkspaces.workspace("sales");
		Path plan = workspace.resolve(EDITED).toAbsolutePath().normalize();
		String original = Files.readString(plan);

		XtextResourceSet resourceSet = resourceSets.get();
		ExampleWorkspaces.load(resourceSet, workspace);
		XtextResource resource = ExampleWorkspaces.resource(resourceSet, plan);
		assertTrue(resource instanceof TransformResource, "the language binds TransformResource");
		TransformResource edited = (TransformResource) resource;
		validator.validate(edited, CheckMode.ALL, CancelIndicator.NullImpl);

		Random random = new Random(seed);
		String text = original;
		String exported = exported(edited);
		List<String> applied = new ArrayList<>();
		int kept = 0;
		for (int i = 1; i <= edits; i++) {
			// every eighth edit goes back to the example; the one before it may break the syntax (a file with
			// a syntax error is parsed and linked whole, so breaking it earlier would hide the shortcut)
			Edit edit = i % 8 == 0 ? new Edit(0, text.length(), original) : randomEdit(text, edited, random, i % 8 == 7);
			applied.add(edit.toString());
			edited.updateKeepingLinks(edit.start(), edit.end() - edit.start(), edit.replacement());
			kept += edited.keptLinks() ? 1 : 0;
			text = text.substring(0, edit.start()) + edit.replacement() + text.substring(edit.end());
			String context = "edit " + i + " (seed " + seed + "), last edits " + applied.subList(Math.max(0, applied.size() - 3), applied.size())
					+ ", text:\n" + text;
			assertEquals(text, edited.getParseResult().getRootNode().getText(), context);
			String exportedNow = exported(edited);
			if (!exportedNow.equals(exported)) { // the builder builds again those of the other files that looked up a changed name: here, all of them
				reloadAllBut(edited);
				exported = exportedNow;
			}

			XtextResourceSet fresh = resourceSets.get();
			ExampleWorkspaces.load(fresh, workspace, Map.of(plan, text));
			XtextResource expected = ExampleWorkspaces.resource(fresh, plan);
			// what the file exports (kept for the elements the edit did not touch) is what the fresh parse exports
			assertEquals(exported(expected), exportedNow, context);
			// validated as the builder validates (its lazy links resolved by the resource, which after an edit
			// that kept links resolves only the elements linked again), then with every link resolved first
			assertEquals(issues(expected), issues(edited), context);
			assertEquals(state(expected), state(edited), context);
		}
		// the edits must exercise the shortcut, not only the full linking it falls back to
		assertTrue(kept >= edits / 3, "only " + kept + " of " + edits + " edits kept the links of unchanged elements");
	}

	/** What the index sees of the file: each exported element with its digest. */
	private String exported(XtextResource resource) {
		List<String> lines = new ArrayList<>();
		for (IEObjectDescription description : descriptions.getResourceDescription(resource).getExportedObjects()) {
			lines.add(description.getEClass().getName() + " " + description.getQualifiedName() + " "
					+ description.getUserData(TransformResourceDescriptionStrategy.DIGEST) + " " + description.getEObjectURI().fragment());
		}
		return String.join("\n", lines);
	}

	/**
	 * Forgets every other file of the resource set and reads it again, as the builder does with affected
	 * files; in place, so that the files keep their order (the order of a finding's list of elements).
	 */
	private static void reloadAllBut(XtextResource edited) throws IOException {
		XtextResourceSet resourceSet = (XtextResourceSet) edited.getResourceSet();
		for (Resource other : new ArrayList<>(resourceSet.getResources())) {
			if (other != edited) {
				other.unload();
				other.load(resourceSet.getLoadOptions());
			}
		}
	}

	/** The findings of the file as the builder's validation finds them, without resolving anything first. */
	private String issues(XtextResource resource) {
		List<String> lines = issueLines(resource);
		lines.sort(null);
		return String.join("\n", lines);
	}

	private List<String> issueLines(XtextResource resource) {
		List<String> lines = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			lines.add(issue.getLineNumber() + ":" + issue.getColumn() + "+" + issue.getLength() + " " + issue.getSeverity() + " ["
					+ issue.getCode() + "] " + issue.getMessage());
		}
		return lines;
	}

	/** The findings of the file and the target of each of its references, as sorted lines. */
	private String state(XtextResource resource) {
		EcoreUtil.resolveAll(resource);
		List<String> lines = issueLines(resource);
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject source = contents.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || !source.eIsSet(reference)) {
					continue;
				}
				Object value = source.eGet(reference);
				List<?> targets = value instanceof List<?> list ? list : List.of(value);
				for (int t = 0; t < targets.size(); t++) {
					EObject target = (EObject) targets.get(t);
					lines.add("line " + NodeModelUtils.getNode(source).getStartLine() + " " + source.eClass().getName() + "." + reference.getName()
							+ "[" + t + "] -> " + describe(target));
				}
			}
		}
		lines.sort(null);
		return String.join("\n", lines);
	}

	private String describe(EObject target) {
		if (target == null || target.eIsProxy()) {
			return "unresolved";
		}
		QualifiedName name = names.getFullyQualifiedName(target);
		return target.eClass().getName() + " " + name + " in " + target.eResource().getURI().lastSegment() + " at line "
				+ NodeModelUtils.getNode(target).getStartLine();
	}

	private record Edit(int start, int end, String replacement) {
		@Override
		public String toString() {
			return "[" + start + "," + end + ") -> '" + (replacement.length() > 40 ? replacement.substring(0, 40) + "..." : replacement).replace("\n", "\\n")
					+ "'";
		}
	}

	/** An edit of the kinds that decide whether links may be kept. */
	private static Edit randomEdit(String text, XtextResource resource, Random random, boolean mayBreak) {
		List<INode> references = new ArrayList<>();
		List<ILeafNode> declaredNames = new ArrayList<>();
		List<ILeafNode> strings = new ArrayList<>();
		List<ILeafNode> numbers = new ArrayList<>();
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject source = contents.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					references.addAll(NodeModelUtils.findNodesForFeature(source, reference));
				}
			}
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() || !(leaf.getGrammarElement() instanceof RuleCall call)) {
				continue;
			}
			if (call.eContainer() instanceof Assignment assignment && "name".equals(assignment.getFeature())) {
				declaredNames.add(leaf);
			} else if (call.getRule() instanceof TerminalRule rule && "STRING".equals(rule.getName())) {
				strings.add(leaf);
			} else if (call.getRule() instanceof TerminalRule rule && "NUMBER".equals(rule.getName())) {
				numbers.add(leaf);
			}
		}
		int kind = mayBreak ? random.nextInt(11) : random.nextInt(8);
		if (kind <= 2 && !references.isEmpty()) { // a reference to another element, or to nothing
			INode leaf = pick(references, random);
			String target = kind <= 1 && !declaredNames.isEmpty() ? pick(declaredNames, random).getText()
					: leaf.getText() + (char) ('a' + random.nextInt(26));
			return new Edit(leaf.getOffset(), leaf.getEndOffset(), target);
		}
		if (kind == 3 && !declaredNames.isEmpty()) { // a renamed element
			ILeafNode leaf = pick(declaredNames, random);
			return new Edit(leaf.getEndOffset(), leaf.getEndOffset(), String.valueOf((char) ('a' + random.nextInt(26))));
		}
		if ((kind == 4 || kind == 5) && !strings.isEmpty()) { // typing in a title or description
			ILeafNode leaf = pick(strings, random);
			int at = leaf.getOffset() + 1 + random.nextInt(Math.max(1, leaf.getLength() - 1));
			return new Edit(Math.min(at, leaf.getEndOffset() - 1), Math.min(at, leaf.getEndOffset() - 1), random.nextBoolean() ? "x" : " ");
		}
		if ((kind == 6 || kind == 7) && !numbers.isEmpty()) { // a changed number
			ILeafNode leaf = pick(numbers, random);
			return new Edit(leaf.getEndOffset() - 1, leaf.getEndOffset(), String.valueOf(random.nextInt(10)));
		}
		int lineStart = text.lastIndexOf('\n', Math.max(0, random.nextInt(text.length()) - 1)) + 1;
		int lineEnd = text.indexOf('\n', lineStart);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
		if (kind == 8) { // a deleted line
			return new Edit(lineStart, lineEnd, "");
		}
		if (kind == 9) { // a duplicated line
			return new Edit(lineStart, lineStart, text.substring(lineStart, lineEnd));
		}
		int at = lineStart + random.nextInt(lineEnd - lineStart + 1); // a stray token
		return new Edit(at, at, FuzzInput.token(random).replaceAll("[\\ud800-\\udfff\\u0000]", "") + " ");
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}
}
