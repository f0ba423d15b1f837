package org.transform.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.concurrent.AbstractRequest;
import org.eclipse.xtext.ide.server.concurrent.ReadRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.ide.server.concurrent.WriteRequest;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function1;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager, with every request answered:
 * <ul>
 * <li>An edit (a write: didOpen, didChange...) no longer cancels the requests that read the workspace
 * (hover, completion, formatting, rename...): it waits for them, and supersedes only the builds of earlier
 * edits. Xtext cancelled every read on every edit, even of another file, and answered {@code -32800
 * RequestCancelled}, a code reserved for what the client cancelled; Neovim then dropped the answer.</li>
 * <li>A read started within a read runs at once, in the same thread. Xtext queued it behind the edits
 * that arrived in between, which waited for the outer read: a rename followed by a didChange of another
 * file got no answer until the next didChange.</li>
 * <li>A read the server itself gives up (it shuts down) is answered with {@code -32801 ContentModified};
 * one the client cancels keeps LSP4J's {@code -32800}.</li>
 * <li>Whoever runs on the core's thread can ask whether another request is waiting behind it
 * ({@link #isRequestWaiting()}), and anyone whether a write waits or runs ({@link #isWriteWaiting()},
 * {@link #isWriteRunning()}) and when the last read came ({@link #lastReadMillis()}): the validation of
 * postponed files yields to the one, leaves the other to go on with it, and waits for a pause in the reads
 * as in the edits ({@link PostponedValidation}).</li>
 * </ul>
 */
@Singleton
public class TransformRequestManager extends RequestManager {

	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	/** The requests since the last edit: the reads an edit waits for, the writes it supersedes. */
	private final List<AbstractRequest<?>> pending = new ArrayList<>();

	/** The requests submitted and not started yet. */
	private final AtomicInteger waiting = new AtomicInteger();

	/** The writes submitted and not started yet. */
	private final AtomicInteger writesWaiting = new AtomicInteger();

	/** The writes started and not finished. */
	private final AtomicInteger writesRunning = new AtomicInteger();

	/** When the last read was submitted ({@link PostponedValidation.Timer#millis()}); none yet: long ago. */
	private volatile long lastRead = Long.MIN_VALUE / 2;

	@Inject
	private PostponedValidation.Timer timer;

	@Inject
	public TransformRequestManager(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
		super(parallel, operationCanceledManager);
	}

	@Override
	public <V> CompletableFuture<V> runRead(Function1<? super CancelIndicator, ? extends V> read) {
		if (Boolean.TRUE.equals(READING.get())) {
			try {
				return CompletableFuture.completedFuture(read.apply(CancelIndicator.NullImpl));
			} catch (RuntimeException e) {
				return CompletableFuture.failedFuture(e);
			}
		}
		lastRead = timer.millis();
		CompletableFuture<V> result;
		synchronized (this) {
			result = submit(new ReadRequest<V>(this, cancelIndicator -> {
				READING.set(Boolean.TRUE);
				try {
					return read.apply(cancelIndicator);
				} finally {
					READING.remove();
				}
			}, getParallelExecutorService()) {
				@Override
				public void run() {
					waiting.decrementAndGet();
					super.run();
				}
			});
		}
		return answered(result);
	}

	@Override
	public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
		writesWaiting.incrementAndGet();
		try {
			return submit(new WriteRequest<U, V>(this, nonCancellable, cancellable, supersede()) {
				@Override
				public void run() {
					writesRunning.incrementAndGet();
					writesWaiting.decrementAndGet();
					waiting.decrementAndGet();
					try {
						super.run();
					} finally {
						writesRunning.decrementAndGet();
					}
				}
			});
		} catch (RuntimeException e) { // the queue is shut down: the write never runs
			writesWaiting.decrementAndGet();
			throw e;
		}
	}

	@Override
	protected void submitRequest(AbstractRequest<?> request) {
		waiting.incrementAndGet();
		try {
			super.submitRequest(request);
		} catch (RuntimeException e) { // the queue is shut down: the request never runs
			waiting.decrementAndGet();
			throw e;
		}
	}

	/** Whether a request (a read or a write) was submitted and has not started yet: it waits for the one running now. */
	public boolean isRequestWaiting() {
		return waiting.get() > 0;
	}

	/** When the last read (a completion, a hover...) was submitted, in {@link PostponedValidation.Timer#millis()}. */
	public long lastReadMillis() {
		return lastRead;
	}

	/** Whether a write (an edit, a build) was submitted and has not started yet. */
	public boolean isWriteWaiting() {
		return writesWaiting.get() > 0;
	}

	/** Whether a write is running now (on the core's thread). */
	public boolean isWriteRunning() {
		return writesRunning.get() > 0;
	}

	@Override
	protected synchronized void addRequest(AbstractRequest<?> request) {
		pending.add(request);
	}

	/** Cancels the pending writes (their edits are kept: only their builds are superseded) and returns what the next write waits for. */
	private CompletableFuture<Void> supersede() {
		List<CompletableFuture<?>> previous = new ArrayList<>(pending.size());
		for (AbstractRequest<?> request : pending) {
			if (request instanceof WriteRequest) {
				request.cancel();
			}
			previous.add(request.get());
		}
		pending.clear();
		return CompletableFuture.allOf(previous.toArray(CompletableFuture[]::new));
	}

	/** On shutdown: everything pending is cancelled. */
	@Override
	protected synchronized CompletableFuture<Void> cancel() {
		List<CompletableFuture<?>> all = new ArrayList<>(pending.size());
		for (AbstractRequest<?> request : pending) {
			request.cancel();
			all.add(request.get());
		}
		pending.clear();
		return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
	}

	/** The future LSP4J answers from: cancelled by the client, it cancels the request; cancelled by the server, it answers ContentModified. */
	private static <V> CompletableFuture<V> answered(CompletableFuture<V> request) {
		CompletableFuture<V> answer = new CompletableFuture<>() {
			@Override
			public boolean cancel(boolean mayInterruptIfRunning) {
				request.cancel(mayInterruptIfRunning);
				return super.cancel(mayInterruptIfRunning);
			}
		};
		request.whenComplete((value, failure) -> {
			if (failure == null) {
				answer.complete(value);
			} else if (isCancellation(failure)) {
				answer.completeExceptionally(new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
						"The server stopped this request (it is shutting down or the document changed); ask again.", null)));
			} else {
				answer.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
			}
		});
		return answer;
	}

	private static boolean isCancellation(Throwable failure) {
		return failure instanceof CancellationException || failure instanceof CompletionException && failure.getCause() instanceof CancellationException;
	}
}
