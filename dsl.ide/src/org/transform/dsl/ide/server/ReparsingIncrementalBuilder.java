package org.transform.dsl.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.Source2GeneratedMapping;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.transform.dsl.parser.TextDifference;
import org.transform.dsl.ide.workspace.CoreFindings;
import org.transform.dsl.resource.TransformResource;

import com.google.common.collect.ImmutableList;
import com.google.inject.Inject;
import com.google.inject.name.Named;

/**
 * The language server's builder, which re-parses only the part of a file that changed.
 *
 * <p>Xtext's builder forgets a changed file and reads it again: every keystroke in a 5,000-line plan
 * re-parsed all of it (a fifth of the server's time per keystroke, plus the unloading). Xtext also
 * knows how to re-parse only the element around an edit (its partial parser, which the Eclipse editor
 * uses on every keystroke): this builder hands it the one region in which the file's new text differs
 * from the text it was parsed from. The partial parser turns the replaced elements into proxies with
 * their old URIs, as unloading the file would, so references from other files are resolved again;
 * it parses the whole file when the edited element does not parse on its own (a syntax error), and
 * the resource links itself again afterwards — when this file is the only change, only the
 * elements whose text changed, and after a rename those whose references spell the old or the new name
 * ({@link TransformResource#updateKeepingLinks}). Whenever something does not fit (a file not
 * loaded, the same text, a text that does not read, a re-parse that fails), the file is forgotten
 * and read again as Xtext does.
 *
 * <p>A file rebuilt only because another one changed what it exports is linked again in place rather
 * than read again ({@link #relinkedInPlace}).
 *
 * <p>There is no other place to do this: the builder's {@code unloadResource} is the one step between
 * "this file changed" and "load it".
 */
public class ReparsingIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected void unloadResource(URI uri) {
		BuildRequest request = getRequest();
		XtextResourceSet resourceSet = request.getResourceSet();
		Resource resource = resourceSet.getResource(uri, false);
		boolean dirty = request.getDirtyFiles().contains(uri);
		boolean deleted = request.getDeletedFiles().contains(uri);
		if (!dirty && !deleted && relinkedInPlace(resource)) {
			return;
		}
		if (!(resource instanceof XtextResource xtextResource && dirty && !deleted
				&& reparsedInPlace(xtextResource, resourceSet, isOnlyChange(request)))) {
			super.unloadResource(uri);
		}
		List<URI> dirtyFiles = request.getDirtyFiles();
		if (!dirtyFiles.isEmpty() && uri.equals(dirtyFiles.get(dirtyFiles.size() - 1))) {
			// the builder has unloaded what changed and is about to load and index it, one file after the other
			ParallelLoad.load(dirtyFiles, request.getDeletedFiles(), resourceSet, request.getCancelIndicator());
		}
	}

	/**
	 * A file the builder rebuilds because another file changed what it exports (its text did not change):
	 * Xtext unloads it and parses it again, only to link it anew. Linking it again in place
	 * ({@link XtextResource#relink}: its syntax tree kept, every link of it made anew against the new
	 * index, its caches and diagnostics cleared) gives the same model, links and findings without the
	 * parse — in a workspace of 100 plans a name typed in one of them rebuilt the 99 others, parsing each.
	 */
	private static boolean relinkedInPlace(Resource resource) {
		if (!(resource instanceof XtextResource xtextResource) || !resource.isLoaded() || xtextResource.getParseResult() == null
				|| xtextResource.getParseResult().getRootASTElement() == null) {
			return false;
		}
		try {
			xtextResource.relink();
			return true;
		} catch (RuntimeException e) {
			return false; // the file is read again from its text
		}
	}

	/** Whether the file is all that changed: then its unchanged elements may keep their links. */
	private static boolean isOnlyChange(BuildRequest request) {
		return request.getDirtyFiles().size() == 1 && request.getDeletedFiles().isEmpty() && request.getExternalDeltas().isEmpty();
	}

	private static boolean reparsedInPlace(XtextResource resource, XtextResourceSet resourceSet, boolean onlyChange) {
		IParseResult parsed = resource.getParseResult();
		if (!resource.isLoaded() || parsed == null || parsed.getRootNode() == null) {
			return false;
		}
		String newText = read(resource, resourceSet);
		ICompositeNode root = parsed.getRootNode();
		String oldText = root.getText();
		if (newText == null || newText.equals(oldText)) {
			return false;
		}
		int prefix = TextDifference.commonPrefix(oldText, newText, Integer.MAX_VALUE);
		int suffix = TextDifference.commonSuffix(oldText, newText, Math.min(oldText.length(), newText.length()) - prefix);
		try {
			int length = oldText.length() - prefix - suffix;
			String replacement = newText.substring(prefix, newText.length() - suffix);
			if (onlyChange && resource instanceof TransformResource transformResource) {
				transformResource.updateKeepingLinks(prefix, length, replacement);
			} else {
				resource.update(prefix, length, replacement);
			}
		} catch (RuntimeException e) {
			return false; // the file is read again from its text
		}
		IParseResult reparsed = resource.getParseResult();
		return reparsed != null && reparsed.getRootNode() != null && newText.equals(reparsed.getRootNode().getText());
	}

	/** The file's text as loading it would read it: the editor's text for an open document, else the file. */
	private static String read(XtextResource resource, XtextResourceSet resourceSet) {
		try (InputStream in = resourceSet.getURIConverter().createInputStream(resource.getURI(), resourceSet.getLoadOptions())) {
			if (in instanceof LazyStringInputStream text) {
				return text.getString(); // an open document's text, as the editor sent it
			}
			String encoding = resource.getEncoding();
			return new String(in.readAllBytes(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding));
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	@Inject
	private ExportedCopies exportedCopies;

	/**
	 * The name of a constant that, bound to {@code true}, says that the core is built once and then only read,
	 * never edited: the command line's core ({@code check}, {@code report}, {@code diagram}, {@code diff}).
	 */
	public static final String BUILT_ONCE = "transform.builtOnce";

	@Inject(optional = true)
	@Named(BUILT_ONCE)
	private boolean builtOnce;

	/**
	 * The file's entry in the index after the build. Xtext copies the file's description whole: its exported
	 * names once more and every reference, with its source and target URIs, which the language server and
	 * the editor need to find what a later change affects and to find references. A core built once has no
	 * later change nor such questions: it keeps the exported names the indexer has just computed (the
	 * index the rules scope with) and no references. Any other core keeps the whole description, with the
	 * copies of its exported names the indexer made in this build ({@link ExportedCopies}).
	 */
	@Override
	protected IResourceDescription getSerializableResourceDescription(IResourceDescription description) {
		IResourceDescription indexed = builtOnce ? getRequest().getState().getResourceDescriptions().getResourceDescription(description.getURI()) : null;
		if (indexed != null) {
			return SerializableResourceDescription.createCopy(exportsOf(indexed));
		}
		if (getRequest().isIndexOnly()) {
			return exportedCopies.serializable(description, true);
		}
		SerializableResourceDescription entry = exportedCopies.serializable(description, false);
		referencesLater.put(description.getURI(), new ReferencesLater(entry, description));
		return entry;
	}

	/** An index entry whose references are to be added after the file's validation, and where they come from. */
	private record ReferencesLater(SerializableResourceDescription entry, IResourceDescription description) {
		void addReferences() {
			ExportedCopies.addReferences(entry, description);
		}
	}

	/**
	 * The entries of the files this build made, whose references are added once each file is validated
	 * ({@link #validate}). Xtext's builder makes a file's index entry before it validates the file, references and all:
	 * for a 5,000-line plan, listing its thousands of links (each with its source's and target's URIs) was a tenth of a
	 * keystroke's build, before the findings could be published. The rules read the exported names of the new index,
	 * never a file's references (those are for finding references and for the files a later change affects, both
	 * asked after the build): the entry gets them after the validation, from the same state of the file, before the
	 * builder hands it on ({@code createDelta}).
	 */
	private final Map<URI, ReferencesLater> referencesLater = new HashMap<>();

	private static IResourceDescription exportsOf(IResourceDescription indexed) {
		return GivenResourceDescription.exporting(indexed.getURI(), ImmutableList.copyOf(indexed.getExportedObjects()));
	}

	/** The files a core built once links and validates on several threads ({@link ParallelBuild}); empty for any other build. */
	private final List<Resource> builtInParallel = new ArrayList<>();
	private final Set<Resource> validatedLater = Collections.newSetFromMap(new IdentityHashMap<>());

	/**
	 * The last step before Xtext's builder links, indexes and validates the files one after the other: in a core
	 * built once, every file is loaded and the index holds its exported names, so the files are linked here on
	 * several threads, and their validation is left for after the builder's loop ({@link #validate}, {@link #launch}).
	 */
	@Override
	protected void installSourceLevelURIs(List<URI> uris) {
		super.installSourceLevelURIs(uris);
		if (builtOnce && !getRequest().isIndexOnly() && ParallelBuild.pays(uris.size())) {
			for (URI uri : uris) {
				if (getContext().getResourceServiceProvider(uri) != null) {
					Resource resource = getRequest().getResourceSet().getResource(uri, true);
					builtInParallel.add(resource);
					validatedLater.add(resource);
				}
			}
			ParallelBuild.prepare(builtInParallel);
			ParallelBuild.link(builtInParallel);
			getOperationCanceledManager().checkCanceled(getRequest().getCancelIndicator());
		}
	}

	@Override
	public IncrementalBuilder.Result launch() {
		IncrementalBuilder.Result result;
		try {
			result = super.launch();
			// an entry whose file was not validated under the URI it was indexed by gets its references now (same state)
			referencesLater.values().forEach(ReferencesLater::addReferences);
		} finally {
			referencesLater.clear();
		}
		if (!builtInParallel.isEmpty()) {
			List<List<Issue>> issues = ParallelBuild.validate(builtInParallel, this::issuesOf);
			for (int i = 0; i < builtInParallel.size(); i++) {
				if (issues.get(i) != null) {
					getRequest().getAfterValidate().afterValidate(builtInParallel.get(i).getURI(), issues.get(i));
				}
			}
			builtInParallel.clear();
			validatedLater.clear();
		}
		return result;
	}

	/** A file built in parallel is validated after the builder's loop ({@link #launch}); any other as Xtext does. */
	@Override
	protected boolean validate(Resource resource) {
		try {
			if (validatedLater.contains(resource)) {
				return true; // nothing is generated (generate does nothing)
			}
			return super.validate(resource);
		} finally {
			ReferencesLater later = referencesLater.remove(resource.getURI());
			if (later != null) {
				later.addReferences();
			}
		}
	}

	@Inject
	private CoreFindings findings;

	/**
	 * The issues of one file, as Xtext's {@code validate} finds them ({@code null}: the file has no validator),
	 * turned into the core's findings here too, on the validating thread ({@link CoreFindings#prepare}).
	 */
	private List<Issue> issuesOf(Resource resource) {
		IResourceValidator validator = getResourceServiceProvider(resource).getResourceValidator();
		List<Issue> issues = validator == null ? null : validator.validate(resource, CheckMode.ALL, getRequest().getCancelIndicator());
		if (issues != null) {
			findings.prepare(resource.getURI(), issues, resource);
		}
		return issues;
	}

	/**
	 * Nothing is generated while the workspace core builds: the language server and the editor must not
	 * write into the user's folders on every keystroke; the command line, the Eclipse builder and Maven
	 * write diagrams and reports when asked to.
	 */
	@Override
	protected void generate(Resource resource, BuildRequest request, Source2GeneratedMapping newMappings) {
		// deliberately empty
	}
}
