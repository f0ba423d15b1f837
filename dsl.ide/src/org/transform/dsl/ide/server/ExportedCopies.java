package org.transform.dsl.ide.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildContext;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.Indexer;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescriptionProvider;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The copies of a file's exported names that one build makes, made once instead of twice.
 *
 * <p>Xtext's builder copies the names a changed file exports twice per build: the indexer copies them
 * into the new index ({@link ResolvedResourceDescription}: a new proxy object of the element's class and
 * a new map per name), and after linking the builder copies them again into the index entry it keeps
 * ({@link SerializableResourceDescription#createCopy}), each time computing every element's URI. At
 * 5,000 lines these were a sixth of the allocation per keystroke. Here the indexer's copies are the
 * serializable ones, and the builder takes them for the entry it keeps — only when the file's
 * description still holds the very list of names they were copied from (Xtext recomputes that list
 * whenever the file changes, so the same list means the same elements, names, URIs and data); else
 * it copies as Xtext does.
 */
@Singleton
public class ExportedCopies {

	private record Copied(Iterable<IEObjectDescription> from, List<IEObjectDescription> copies) {
	}

	private final Map<URI, Copied> byFile = new ConcurrentHashMap<>();

	/**
	 * The index entry the builder keeps for a file: its exported names as the indexer copied them, if they are still
	 * the file's, the names it imports, and its references — unless {@code withReferences} is {@code false}: then the
	 * entry has none until {@link #addReferences} is called with it.
	 */
	public SerializableResourceDescription serializable(IResourceDescription description, boolean withReferences) {
		Copied copied = byFile.remove(description.getURI());
		List<IEObjectDescription> exported = new ArrayList<>();
		if (copied == null || copied.from() != description.getExportedObjects()) {
			description.getExportedObjects().forEach(exported::add);
		} else {
			exported = copied.copies(); // the copies are serializable already: the copy takes them as they are
		}
		return SerializableResourceDescription.createCopy(new GivenResourceDescription(description.getURI(), exported,
				description.getImportedNames(), withReferences ? description.getReferenceDescriptions() : List.of()));
	}

	/** Gives an entry made without references ({@link #serializable}) the description's references, copied. */
	public static void addReferences(SerializableResourceDescription entry, IResourceDescription description) {
		entry.setReferences(SerializableResourceDescription.createCopy(
				new GivenResourceDescription(description.getURI(), List.of(), List.of(), description.getReferenceDescriptions())).getReferences());
	}

	/**
	 * Xtext's indexer, whose entries for changed files hold serializable copies of their exported names,
	 * kept for the builder.
	 */
	public static class CopyingIndexer extends Indexer {

		@Inject
		private ExportedCopies copies;

		@Override
		public IndexResult computeAndIndexAffected(BuildRequest request, BuildContext context) {
			copies.byFile.clear(); // what an earlier, cancelled build copied is not wanted any more
			return super.computeAndIndexAffected(request, context);
		}

		@Override
		protected IResourceDescription getResolvedResourceDescription(IResourceDescription description) {
			Iterable<IEObjectDescription> exported = description.getExportedObjects();
			List<IEObjectDescription> serializable = new ArrayList<>();
			for (IEObjectDescription object : exported) {
				serializable.add(copy(object));
			}
			List<IEObjectDescription> copied = Collections.unmodifiableList(serializable);
			copies.byFile.put(description.getURI(), new Copied(exported, copied));
			return new Indexed(description.getURI(), copied);
		}

		/** As {@link SerializableResourceDescription#createCopy} copies a name. */
		private static SerializableEObjectDescription copy(IEObjectDescription object) {
			if (object instanceof SerializableEObjectDescriptionProvider provider) {
				return provider.toSerializableEObjectDescription();
			}
			SerializableEObjectDescription copy = new SerializableEObjectDescription();
			copy.setEClass(object.getEClass());
			copy.setEObjectURI(object.getEObjectURI());
			copy.setQualifiedName(object.getQualifiedName());
			String[] keys = object.getUserDataKeys();
			HashMap<String, String> userData = new HashMap<>(keys.length);
			for (String key : keys) {
				userData.put(key, object.getUserData(key));
			}
			copy.setUserData(userData);
			return copy;
		}
	}

	/** The indexer's entry for a changed file, as {@link ResolvedResourceDescription}: its exported names only. */
	private static final class Indexed extends AbstractResourceDescription {
		private static final Logger LOG = Logger.getLogger(Indexed.class);

		private final URI uri;
		private final List<IEObjectDescription> exported;

		Indexed(URI uri, List<IEObjectDescription> exported) {
			this.uri = uri;
			this.exported = exported;
		}

		@Override
		protected List<IEObjectDescription> computeExportedObjects() {
			return exported;
		}

		@Override
		public Iterable<QualifiedName> getImportedNames() {
			IllegalStateException exception = new IllegalStateException("getImportedNames: " + uri);
			LOG.error(exception.getMessage(), exception);
			return Collections.emptyList();
		}

		@Override
		public Iterable<IReferenceDescription> getReferenceDescriptions() {
			IllegalStateException exception = new IllegalStateException("getReferenceDescriptions: " + uri);
			LOG.error(exception.getMessage(), exception);
			return Collections.emptyList();
		}

		@Override
		public URI getURI() {
			return uri;
		}
	}
}
