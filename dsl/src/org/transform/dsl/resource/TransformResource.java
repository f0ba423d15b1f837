package org.transform.dsl.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EClassImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.util.Triple;
import org.transform.dsl.model.Element;
import org.transform.dsl.model.Import;
import org.transform.dsl.model.TransformFile;
import org.transform.dsl.validation.IssueCodes;

/**
 * A Transform file's resource, which can take an edit without linking the whole file again.
 *
 * <p>After an edit, Xtext's resource re-parses the edited element and then links the whole file anew:
 * every reference becomes an unresolved proxy again and is looked up by name again. In a large plan
 * that was a quarter of the language server's work per keystroke. {@link #updateKeepingLinks} does
 * the same re-parse, and when the edit cannot have changed what any name means it links only the
 * elements whose text changed; the references of the other elements keep their targets. That is the
 * case when the file's header and imports are the same objects as before and its elements have the
 * same kinds and names in the same order — names are resolved by name, so the same names mean the
 * same elements. A reference to a re-parsed element was turned into a proxy of its position by the
 * partial parser and resolves to the new element at that position, which has the same name.
 * When the edit renamed elements (or changed their kind), the names that changed — the old and the new
 * ones — are all it can have changed the meaning of: the elements with a reference that spells one of
 * them (alone or qualified) are linked again too ({@link #reachedByRenames}). Otherwise (the header or an
 * import replaced, an element added or removed), or when the whole file had to be re-parsed, the whole
 * file is linked as usual.
 *
 * <p>The caller promises that no other file changed since this one was last linked: the language
 * server's builder calls it only when this file is the only change.
 *
 * <p>It also finds the diagnostic of a link that now resolves by the link's place rather than by its
 * message ({@link #removeDiagnostic}).
 */
public class TransformResource extends LazyLinkingResource {

	/**
	 * The largest {@code .transform} file read, in bytes (8 MiB). A checked file holds about 40 times its
	 * size in live heap (the node model keeps every token, its offsets and its grammar element: 341 MiB
	 * for 8 MiB in the Scale benchmark; a 50 MB file took 3.5 GB to check), so 8 MiB stays under the
	 * 512 MiB a command-line check is given, and is about six times the largest plan of the benchmarks
	 * (20,000 lines). A larger file is not parsed: it gets one {@code file-too-large} error and no elements.
	 */
	public static final int MAX_BYTES = 8 * 1024 * 1024;

	/**
	 * Reads at most {@link #MAX_BYTES} (and one more byte to know): a larger file is loaded as empty
	 * with one error on its first line, which says what to do. A UTF-8 byte order mark (which some
	 * Windows editors write) is not part of the text, as editors do not show it.
	 */
	@Override
	protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
		byte[] text = in.readNBytes(MAX_BYTES + 1);
		if (text.length <= MAX_BYTES) {
			int start = text.length >= 3 && (text[0] & 0xff) == 0xef && (text[1] & 0xff) == 0xbb && (text[2] & 0xff) == 0xbf ? 3 : 0;
			super.doLoad(new ByteArrayInputStream(text, start, text.length - start), options);
			return;
		}
		super.doLoad(new ByteArrayInputStream(new byte[0]), options);
		// an empty file lacks its header: that syntax error is not what is wrong
		getErrors().clear();
		getErrors().add(new TooLarge());
	}

	/** The error of a file larger than {@link #MAX_BYTES}, on its first line. */
	private static final class TooLarge extends AbstractDiagnostic {
		@Override
		protected INode getNode() {
			return null;
		}

		@Override
		public String getCode() {
			return IssueCodes.FILE_TOO_LARGE;
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return "This file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB and was not read: no plan is that large — split it "
					+ "into several .transform files (a plan may span files with the same 'plan' header).";
		}

		@Override
		public int getLength() {
			return 0;
		}

		@Override
		public int getLine() {
			return 1;
		}

		@Override
		public int getColumn() {
			return 1;
		}

		@Override
		public int getLineEnd() {
			return 1;
		}

		@Override
		public int getColumnEnd() {
			return 1;
		}
	}

	/**
	 * For each list of contained objects, where each of them is in it. EMF finds an object's position
	 * with {@code indexOf} to make its URI, and a URI is made for every finding and every exported name:
	 * in a file of n elements that was n²/2 comparisons (a file of 8,000 goals each with a finding). A
	 * position is checked before it is used, so a stale one only costs a recount of its list.
	 */
	private final Map<List<?>, Map<EObject, Integer>> positions = new IdentityHashMap<>();

	/** EMF's positional fragments, found fast; whatever Xtext's fragment provider does not name itself. */
	private final IFragmentProvider.Fallback positional = new IFragmentProvider.Fallback() {
		@Override
		public String getFragment(EObject object) {
			String fragment = positionalFragment(object);
			return fragment != null ? fragment : TransformResource.super.getURIFragment(object);
		}

		@Override
		public EObject getEObject(String fragment) {
			return TransformResource.super.getEObject(fragment);
		}
	};

	/** As Xtext's resource does it (the fragment provider first), with {@link #positional} as its fallback. */
	@Override
	public String getURIFragment(EObject object) {
		IFragmentProvider provider = getFragmentProvider();
		return provider == null ? positional.getFragment(object) : provider.getFragment(object, positional);
	}

	/**
	 * The URI fragment EMF gives the object ({@code //@elements.12/@moves.0}), with positions looked up
	 * rather than searched for, or {@code null} for objects of other resources, proxies and roots.
	 */
	private String positionalFragment(EObject object) {
		if (object.eIsProxy() || object.eResource() != this || object.eContainer() == null) {
			return null;
		}
		List<String> segments = new ArrayList<>();
		EObject current = object;
		while (current.eContainer() != null) {
			EStructuralFeature feature = current.eContainingFeature();
			if (feature == null || !(feature instanceof EReference reference) || !reference.isContainment()) {
				return null;
			}
			if (feature.isMany()) {
				int position = position(current.eContainer(), feature, current);
				if (position < 0) {
					return null;
				}
				segments.add("@" + feature.getName() + "." + position);
			} else {
				segments.add("@" + feature.getName());
			}
			current = current.eContainer();
		}
		List<EObject> roots = getContents();
		if (!(current instanceof InternalEObject root) || root.eDirectResource() != this) {
			return null;
		}
		StringBuilder fragment = new StringBuilder("/").append(roots.size() > 1 ? Integer.toString(roots.indexOf(current)) : "");
		for (int i = segments.size() - 1; i >= 0; i--) {
			fragment.append('/').append(segments.get(i));
		}
		return fragment.toString();
	}

	private int position(EObject container, EStructuralFeature feature, EObject object) {
		List<?> list = (List<?>) container.eGet(feature, false);
		if (list.size() < 16) {
			return list.indexOf(object);
		}
		synchronized (positions) {
			Map<EObject, Integer> known = positions.get(list);
			Integer position = known == null ? null : known.get(object);
			if (position != null && position < list.size() && list.get(position) == object) {
				return position;
			}
			Map<EObject, Integer> counted = new IdentityHashMap<>();
			for (int i = 0; i < list.size(); i++) {
				counted.putIfAbsent((EObject) list.get(i), i);
			}
			positions.put(list, counted);
			return counted.getOrDefault(object, -1);
		}
	}

	@Override
	protected void clearInternalState() {
		synchronized (positions) {
			positions.clear();
		}
		namesState = new NamesState();
		linksResolved = false;
		linkedSinceResolved.clear();
		unresolvedLinks.clear();
		super.clearInternalState();
	}

	@Override
	protected void doUnload() {
		fragmentNames = null;
		namesState = new NamesState();
		linksResolved = false;
		linkedSinceResolved.clear();
		unresolvedLinks.clear();
		super.doUnload();
	}

	/**
	 * Whether every lazy link of the file was resolved (or found unresolvable) after its last full
	 * linking. Xtext resolves all of a file's lazy links three times per build of a changed file (for
	 * its index entry, the names it imports and before validating it), each time walking every object
	 * of the file; after an edit that kept the links of unchanged elements, only the elements linked
	 * again can hold links not yet resolved.
	 */
	private boolean linksResolved;

	/** The elements linked again since {@link #linksResolved} became true: their links are still to be resolved. */
	private final Set<EObject> linkedSinceResolved = new HashSet<>();

	/**
	 * The parts of the file (header, imports, elements) with links found unresolvable, each with the
	 * objects that hold them. An edit clears the file's diagnostics, and a link's "not found" comes back
	 * only when it is resolved again: these are tried again with the elements linked again.
	 */
	private final Map<EObject, List<InternalEObject>> unresolvedLinks = new HashMap<>();

	/** While links are resolved: whether to note those that stay unresolved in {@link #unresolvedLinks}. */
	private boolean notingUnresolved;

	/**
	 * As Xtext's resource does it, over the whole file after a full linking, and after an edit that
	 * kept links only over the elements linked again and the links that did not resolve before (to
	 * report them again): the other links were resolved before and kept. The result is the same;
	 * {@code EditsKeepingLinksTest} compares the findings with a fresh parse's after each edit.
	 */
	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		if (!linksResolved) {
			unresolvedLinks.clear();
			notingUnresolved = true;
			try {
				super.resolveLazyCrossReferences(monitor);
			} finally {
				notingUnresolved = false;
			}
			linksResolved = true;
			linkedSinceResolved.clear();
			return;
		}
		if (linkedSinceResolved.isEmpty() && unresolvedLinks.isEmpty() || getContents().isEmpty()) {
			return;
		}
		Map<EObject, List<InternalEObject>> unresolved = new HashMap<>(unresolvedLinks);
		unresolvedLinks.clear();
		notingUnresolved = true;
		try {
			// in the order of the file, as a full walk would report them
			for (EObject part : getContents().get(0).eContents()) {
				if (linkedSinceResolved.contains(part)) {
					for (TreeIterator<EObject> contents = EcoreUtil.getAllContents(List.of(part), true); contents.hasNext();) {
						resolveLinksOf((InternalEObject) contents.next());
					}
				} else if (unresolved.containsKey(part)) {
					for (InternalEObject source : unresolved.get(part)) {
						resolveLinksOf(source);
					}
				}
			}
		} finally {
			notingUnresolved = false;
		}
		linkedSinceResolved.clear();
	}

	private void resolveLinksOf(InternalEObject source) {
		EStructuralFeature[] crossReferences = ((EClassImpl.FeatureSubsetSupplier) source.eClass().getEAllStructuralFeatures()).crossReferences();
		if (crossReferences != null) {
			for (EStructuralFeature crossReference : crossReferences) {
				resolveLazyCrossReference(source, crossReference);
			}
		}
	}

	@Override
	protected void resolveLazyCrossReference(InternalEObject source, EStructuralFeature crossRef) {
		super.resolveLazyCrossReference(source, crossRef);
		if (notingUnresolved && holdsProxy(source, crossRef)) {
			EObject part = source;
			while (part.eContainer() != null && !(part.eContainer() instanceof TransformFile)) {
				part = part.eContainer();
			}
			List<InternalEObject> sources = unresolvedLinks.computeIfAbsent(part, p -> new ArrayList<>());
			if (sources.isEmpty() || sources.get(sources.size() - 1) != source) {
				sources.add(source);
			}
		}
	}

	/** Whether the reference still holds a proxy (a link that did not resolve), without resolving it. */
	private static boolean holdsProxy(InternalEObject source, EStructuralFeature crossRef) {
		if (crossRef.isDerived() || crossRef.isTransient() || crossRef instanceof EReference reference && !reference.isResolveProxies()) {
			return false;
		}
		Object value = source.eGet(crossRef, false);
		if (value instanceof InternalEList<?> list) {
			for (int i = 0; i < list.size(); i++) {
				if (list.basicGet(i) instanceof EObject target && target.eIsProxy()) {
					return true;
				}
			}
			return false;
		}
		return value instanceof EObject target && target.eIsProxy();
	}

	/** The file as it was before the edit being applied, or {@code null} when no edit keeps links. */
	private Snapshot before;

	/** Whether the last edit linked only the elements it reached. */
	private boolean keptLinks;

	/** While only the changed elements are linked: the other elements' lazy links stay readable. */
	private boolean linkingChangedElements;

	/**
	 * How many lazy links the last full linking left. The unresolved links of the elements an edit
	 * replaced stay in the resource's list of lazy links until the next full linking, so the whole file
	 * is linked again when the list has grown to twice that (plus some).
	 */
	private int lazyLinksAfterFullLinking;

	/** Applies the edit as {@link #update} does; links again only what the edit reached, where that can be known. */
	public void updateKeepingLinks(int offset, int replacedTextLength, String newText) {
		keptLinks = false;
		before = Snapshot.of(this, offset, offset + newText.length());
		// the edit's own changes to the model are the parser's and the linker's: they make a new names state
		// only if the edit changed names (see doLinking); a change made before it, unseen, makes one now
		boolean listening = listenForModelChanges();
		try {
			update(offset, replacedTextLength, newText);
		} finally {
			before = null;
			stopListening();
			listenForModelChanges();
			if (!listening) {
				namesState = new NamesState();
			}
		}
	}

	@Override
	protected void doLinking() {
		Snapshot old = before;
		Changes changes = old == null ? null : old.changes(this);
		keptLinks = changes != null && getLazyProxyInformation().size() <= 2 * lazyLinksAfterFullLinking + 1000;
		if (!keptLinks) {
			namesState = new NamesState();
			linksResolved = false;
			linkedSinceResolved.clear();
			super.doLinking();
			lazyLinksAfterFullLinking = getLazyProxyInformation().size();
			return;
		}
		List<Element> changed = changes.elements();
		if (!changes.names().isEmpty()) {
			namesState = namesState.renamed(changes.names());
			changed = reachedByRenames(changes.file(), changed, changes.names());
		}
		if (linksResolved) {
			linkedSinceResolved.addAll(changed);
		}
		// the linker forgets the names the file looked up (kept: the adapter that holds them is taken off the
		// file while it links, rather than copied and put back) and would forget every lazy link of the file
		// (kept: see clearLazyProxyInformation)
		ImportedNamesAdapter importedNames = ImportedNamesAdapter.find(this);
		if (importedNames != null) {
			eAdapters().remove(importedNames);
		}
		ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
		linkingChangedElements = true;
		try {
			for (Element element : changed) {
				getLinker().linkModel(element, consumer);
			}
		} finally {
			linkingChangedElements = false;
			if (importedNames != null) {
				eAdapters().add(importedNames);
			}
		}
		if (!isValidationDisabled()) {
			getErrors().addAll(consumer.getResult(Severity.ERROR));
			getWarnings().addAll(consumer.getResult(Severity.WARNING));
		}
	}

	/**
	 * The lazy links of a file are numbered entries of one list, which the linker empties before it
	 * links: while only the changed elements are linked, the list is kept, so that the other elements'
	 * unresolved links still find their entries; the new links are added at its end.
	 */
	@Override
	public void clearLazyProxyInformation() {
		if (!linkingChangedElements) {
			super.clearLazyProxyInformation();
		}
	}

	/**
	 * The elements to link again after an edit that renamed elements: the changed ones, and every element of
	 * the file with a reference that spells one of the {@code names} the edit took away or gave (as the whole
	 * reference or one of its segments: {@code Sales}, {@code Acme.Sales}), in the file's order. No other
	 * reference can now mean something else: a reference is resolved by its text, through scopes made anew
	 * after the edit (the resource's cache forgets them on every change); an element keeps its object unless
	 * re-parsed, and a link to a re-parsed element spelled its old name. Links that did not resolve are
	 * resolved again anyway, so their messages' suggestions see the new names ({@link #resolveLazyCrossReferences}).
	 * The file's references are found in its list of lazy links, which holds one entry per reference the
	 * linker made (and stale ones of replaced elements, whose objects left the file).
	 */
	private List<Element> reachedByRenames(TransformFile file, List<Element> changed, Set<String> names) {
		Set<EObject> reached = Collections.newSetFromMap(new IdentityHashMap<>());
		reached.addAll(changed);
		for (Triple<EObject, EReference, INode> link : getLazyProxyInformation()) {
			EObject element = link.getFirst();
			while (element != null && element.eContainer() != file) {
				element = element.eContainer();
			}
			if (element != null && !reached.contains(element) && spellsOneOf(link.getThird(), names)) {
				reached.add(element);
			}
		}
		if (reached.size() == changed.size()) {
			return changed;
		}
		List<Element> inOrder = new ArrayList<>(reached.size());
		for (Element element : file.getElements()) {
			if (reached.contains(element)) {
				inOrder.add(element);
			}
		}
		return inOrder;
	}

	/** Whether a reference's text has one of the names as one of its segments ({@code ^} escapes aside). */
	private static boolean spellsOneOf(INode reference, Set<String> names) {
		String text = reference.getText();
		boolean mentioned = false;
		for (String name : names) {
			mentioned |= text.contains(name);
		}
		if (!mentioned) {
			return false;
		}
		for (ILeafNode leaf : reference.getLeafNodes()) {
			if (!leaf.isHidden()) {
				String segment = leaf.getText();
				if (names.contains(segment.startsWith("^") ? segment.substring(1) : segment)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Xtext removes the diagnostic of a link that now resolves — on every link it resolves, once the
	 * file has any error — by building that link's whole "not found" message to find an equal
	 * diagnostic; our message searches every name in scope for suggestions, so a file with one broken
	 * reference took seconds to link. The diagnostic is found by its place instead: a link has one.
	 */
	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (getErrors().isEmpty() && getWarnings().isEmpty()) {
			return;
		}
		INode node = triple.getThird();
		int offset = node.getOffset();
		int length = node.getLength();
		Predicate<Resource.Diagnostic> atTheLink = d -> d instanceof XtextLinkingDiagnostic linking && linking.getOffset() == offset
				&& linking.getLength() == length;
		getErrors().removeIf(atTheLink);
		getWarnings().removeIf(atTheLink);
	}

	/**
	 * Stands for the names of the file's header and elements, their kinds and their positions: the same
	 * object as long as none of them changed. A new one on every load, unload and full linking; an edit
	 * that linked only the changed elements keeps it, since it kept the header and the imports, every
	 * element's kind, name and position (see {@link Snapshot#changes}). An element's qualified name
	 * and its URI (by name when its name is unique in the file, else by position) are made of nothing else,
	 * so an element whose text did not change has, while this object stays, the name and URI it had. An edit
	 * that renamed elements makes a new one that knows the names it changed ({@link #namesKept}). A change
	 * made to the model in memory rather than to the text (a Sirius tool renaming an element) makes a new
	 * one too: see {@link #listenForModelChanges}.
	 */
	private volatile NamesState namesState = new NamesState();

	/**
	 * A state of the file's names. One made by a rename knows the state before it and the names the rename
	 * took away or gave: only elements of those names can have another URI (a name that became unique, or
	 * shared, names its elements by name or by position); the other elements kept their qualified names and
	 * URIs. The last few such steps are kept, so that the index's entries made a few keystrokes ago still count.
	 */
	private static final class NamesState {
		private static final int STEPS_KEPT = 8;

		/** The state this one was made from by a rename, or {@code null} when not known. */
		private NamesState before;
		private final Set<String> renamed;

		NamesState() {
			this(null, Set.of());
		}

		private NamesState(NamesState before, Set<String> renamed) {
			this.before = before;
			this.renamed = renamed;
		}

		/** The state after a rename of these names; a long history is forgotten. */
		NamesState renamed(Set<String> names) {
			NamesState next = new NamesState(this, Set.copyOf(names));
			synchronized (NamesState.class) {
				NamesState step = next;
				for (int i = 0; i < STEPS_KEPT && step.before != null; i++) {
					step = step.before;
				}
				step.before = null;
			}
			return next;
		}

		/** Whether an element of that name has in this state the URI it had in {@code since}. */
		boolean keeps(Object since, String name) {
			synchronized (NamesState.class) {
				for (NamesState state = this; state != null; state = state.before) {
					if (state == since) {
						return true;
					}
					if (state.renamed.contains(name)) {
						return false;
					}
				}
				return false;
			}
		}
	}

	/**
	 * The names {@link QualifiedNameFragments} found in the file's last state, carried over to the next
	 * state while the file's names stay ({@link #namesState()}).
	 */
	volatile Object fragmentNames;

	/** The resource cache's adapter {@link #modelChanged} listens to, until the model changes. */
	private volatile OnChangeEvictingCache.CacheAdapter listenedTo;

	/** Fired once, on the next change of the model (Xtext's resource cache evicts on every change). */
	private final OnChangeEvictingCache.Listener modelChanged = adapter -> listenedTo = null;

	/** See {@link #namesState}; a new object whenever it cannot be known whether names stayed. */
	public Object namesState() {
		if (!listenForModelChanges()) {
			namesState = new NamesState();
		}
		return namesState;
	}

	/**
	 * Whether an element of that name, whose text did not change since the file's names were in state
	 * {@code since}, has in state {@code now} the qualified name and URI it had then (both states given by
	 * {@link #namesState()}): the renames from one to the other did not change that name.
	 */
	public static boolean namesKept(Object now, Object since, String name) {
		return now instanceof NamesState state && state.keeps(since, name);
	}

	private synchronized void stopListening() {
		if (listenedTo != null) {
			listenedTo.removeCacheListener(modelChanged);
			listenedTo = null;
		}
	}

	/**
	 * Listens for the next change of the model, which Xtext's resource cache announces once; whether it was
	 * listened for already, since the last call (else a change may have gone unseen).
	 */
	private synchronized boolean listenForModelChanges() {
		if (!(getCache() instanceof OnChangeEvictingCache cache)) {
			return false;
		}
		OnChangeEvictingCache.CacheAdapter adapter = cache.getOrCreate(this);
		if (listenedTo == adapter) {
			return true;
		}
		listenedTo = adapter;
		adapter.addCacheListener(modelChanged);
		return false;
	}

	/**
	 * Whether the last {@link #updateKeepingLinks} linked only the elements it reached: those whose text changed,
	 * and after a rename those with a reference that spells the old or the new name.
	 */
	public boolean keptLinks() {
		return keptLinks;
	}

	/**
	 * What decides whether an edit changed what names mean: the file's parts as objects, and where the
	 * new text is ({@code start} to {@code end} in the edited text).
	 */
	private record Snapshot(TransformFile file, EObject header, List<Import> imports, List<Element> elements, int start, int end) {

		static Snapshot of(TransformResource resource, int start, int end) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof TransformFile file)
					|| resource.getParseResult() == null) {
				return null;
			}
			return new Snapshot(file, file.getHeader(), new ArrayList<>(file.getImports()), new ArrayList<>(file.getElements()), start, end);
		}

		/**
		 * The elements whose text changed and the names the edit changed, or {@code null} if the whole file
		 * must be linked: the root, header or an import was replaced, or an element was added or removed.
		 * The partial parser replaces the element around the edit, or an object inside it; every other
		 * element keeps its object and its text (the text changed only between start and end), so only
		 * replaced elements and those that reach into the edited text changed. A replaced element with
		 * another name or kind than before changed the meaning of its old and its new name.
		 */
		Changes changes(TransformResource resource) {
			// the lists hold EMF objects, which are equal only to themselves
			if (resource.getContents().isEmpty() || resource.getContents().get(0) != file || file.getHeader() != header
					|| !imports.equals(file.getImports()) || file.getElements().size() != elements.size()) {
				return null;
			}
			List<Element> now = file.getElements();
			List<Element> changed = new ArrayList<>();
			Set<String> names = new HashSet<>();
			for (int i = 0; i < now.size(); i++) {
				Element element = now.get(i);
				Element was = elements.get(i);
				if (element != was) {
					// the replaced object keeps its values: its name is the name before the edit
					String name = name(element);
					String oldName = name(was);
					if (element.eClass() != was.eClass() || !Objects.equals(name, oldName)) {
						if (name != null) {
							names.add(name);
						}
						if (oldName != null) {
							names.add(oldName);
						}
					}
					changed.add(element);
				}
			}
			// the elements in document order: the first that reaches the edited text, found by bisection,
			// then those that follow it while they start before the text's end
			int low = 0;
			int high = now.size();
			while (low < high) {
				int middle = (low + high) >>> 1;
				ICompositeNode node = NodeModelUtils.getNode(now.get(middle));
				if (node == null) {
					return null;
				}
				if (node.getTotalEndOffset() < start) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			for (int i = low; i < now.size(); i++) {
				Element element = now.get(i);
				ICompositeNode node = NodeModelUtils.getNode(element);
				if (node == null) {
					return null;
				}
				if (node.getTotalOffset() > end) {
					break;
				}
				if (element == elements.get(i)) {
					changed.add(element);
				}
			}
			return new Changes(file, changed, names);
		}

		private static String name(Element element) {
			return SimpleAttributeResolver.NAME_RESOLVER.apply(element);
		}
	}

	/** What an edit changed: the elements whose text changed, in the file's order, and the names it took away or gave. */
	private record Changes(TransformFile file, List<Element> elements, Set<String> names) {
	}
}
