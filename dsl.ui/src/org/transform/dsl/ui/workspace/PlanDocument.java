package org.transform.dsl.ui.workspace;

import java.util.List;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.transform.dsl.workspace.Finding;

/**
 * A plan's document open in Eclipse, as the workspace core knows it: the core holds the text last sent,
 * under a version that grows with each send. The document's modification stamp at the time of the
 * send tells whether findings published for a version are those of the text the author now sees.
 */
public final class PlanDocument {

	/** What was last sent to the core: the version and the document's modification stamp. */
	private record Sent(int version, long stamp) {
	}

	/** Findings published for a version. */
	record Published(int version, List<Finding> findings) {
	}

	private final IDocument document;
	private final ITextFileBuffer buffer;
	private final CoreHandle core;
	private volatile URI uri;
	private volatile IFile file;
	private volatile Sent sent;
	private volatile Published published;

	PlanDocument(IDocument document, ITextFileBuffer buffer, CoreHandle core, URI uri, IFile file) {
		this.document = document;
		this.buffer = buffer;
		this.core = core;
		this.uri = uri;
		this.file = file;
	}

	public IDocument document() {
		return document;
	}

	ITextFileBuffer buffer() {
		return buffer;
	}

	CoreHandle core() {
		return core;
	}

	/** The file URI under which the core holds the plan. */
	public URI uri() {
		return uri;
	}

	/** The workspace file, or {@code null} for a plan opened from outside the workspace. */
	public IFile file() {
		return file;
	}

	/** Opens the document in the core with its current text, as version 1. */
	synchronized void open() {
		Snapshot now = snapshot();
		sent = new Sent(1, now.stamp());
		URI at = uri;
		core.write(c -> c.open(at, 1, now.text()));
	}

	/** Sends the document's text to the core if it changed since the last send; the version the core now has. */
	public synchronized int flush() {
		Sent last = sent;
		if (last != null && stamp() == last.stamp()) {
			return last.version();
		}
		return send(last == null ? 1 : last.version() + 1);
	}

	/** Sends the text again under a new version, changed or not: its findings are computed anew (a measurement file changed). */
	synchronized void resend() {
		send(sent == null ? 1 : sent.version() + 1);
	}

	private int send(int version) {
		Snapshot now = snapshot();
		sent = new Sent(version, now.stamp());
		URI at = uri;
		core.write(c -> c.change(at, version, now.text()));
		return version;
	}

	/** The file was moved or renamed under the open document: closed under its old URI, opened under the new one. */
	synchronized void movedTo(URI newUri, IFile newFile) {
		URI old = uri;
		core.write(c -> c.close(old));
		uri = newUri;
		file = newFile;
		published = null;
		open();
	}

	/** Closes the document in the core (which then reads the file from disk again, if it exists). */
	void close() {
		URI at = uri;
		core.write(c -> c.close(at));
	}

	/** Whether the document still holds the text sent as the version. */
	public boolean isAt(int version) {
		Sent last = sent;
		return last != null && last.version() == version && stamp() == last.stamp();
	}

	/** Whether the document holds the text of the file on disk (it was saved, or not changed since it was read). */
	boolean isSaved() {
		return buffer == null || !buffer.isDirty();
	}

	void published(int version, List<Finding> findings) {
		published = new Published(version, findings);
	}

	/** The findings last published for the text the document holds, or {@code null} if they are not in yet (for benchmarks and tests too). */
	public List<Finding> currentFindings() {
		Published last = published;
		return last != null && isAt(last.version()) ? last.findings() : null;
	}

	private long stamp() {
		return document instanceof IDocumentExtension4 stamped ? stamped.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	private record Snapshot(String text, long stamp) {
	}

	/**
	 * The text with the stamp it has: the document may be changed by the UI thread while this reads it,
	 * so the stamp is read before and after, until both agree.
	 */
	private Snapshot snapshot() {
		while (true) {
			long before = stamp();
			String text = document.get();
			if (stamp() == before) {
				return new Snapshot(text, before);
			}
		}
	}

	@Override
	public String toString() {
		return uri.toString();
	}
}
