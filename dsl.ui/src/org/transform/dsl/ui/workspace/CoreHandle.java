package org.transform.dsl.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.transform.dsl.ide.workspace.PlanCore;

/**
 * One workspace core as the editor reaches it while it may still be starting: writes given before the
 * core is up are kept, in order, and handed to it once it is; reads wait for it. The core's own writes
 * are asynchronous, so none of this blocks the caller (the UI thread, when a document changes).
 */
final class CoreHandle {

	private final String name;
	private final CompletableFuture<PlanCore> started = new CompletableFuture<>();
	private final List<Consumer<PlanCore>> pending = new ArrayList<>();
	private PlanCore core;

	CoreHandle(String name) {
		this.name = name;
	}

	/** What the core stands for, for messages ("the Eclipse workspace", a folder). */
	String name() {
		return name;
	}

	/** Hands a write to the core, now or as soon as it is up, after the writes given before it. */
	synchronized void write(Consumer<PlanCore> write) {
		if (core != null) {
			write.accept(core);
		} else if (!started.isCompletedExceptionally()) {
			pending.add(write);
		}
	}

	/** The core is up: the writes kept so far are handed to it, then reads may start. */
	void started(PlanCore started) {
		synchronized (this) {
			for (Consumer<PlanCore> write : pending) {
				write.accept(started);
			}
			pending.clear();
			core = started;
		}
		this.started.complete(started);
	}

	/** The core could not start: the writes kept are dropped, reads fail with the reason. */
	synchronized void failed(Throwable reason) {
		pending.clear();
		started.completeExceptionally(reason);
	}

	/** The core once it is up. */
	CompletableFuture<PlanCore> core() {
		return started;
	}

	/** The core if it is up, else {@code null}. */
	synchronized PlanCore now() {
		return core;
	}

	/** Reads a file of the core, after every write given so far. */
	<T> CompletableFuture<T> read(URI uri, Function<ILanguageServerAccess.Context, T> reader) {
		return started.thenCompose(c -> c.read(uri, reader));
	}

	/** Completes once every write given so far is built and its findings published. */
	CompletableFuture<Void> idle() {
		return started.thenCompose(PlanCore::idle);
	}

	void close() {
		PlanCore up = now();
		if (up != null) {
			up.close();
		}
	}
}
