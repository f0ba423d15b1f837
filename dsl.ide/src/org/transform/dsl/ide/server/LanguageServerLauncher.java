package org.transform.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Connects a language server to a client's streams with LSP4J's launcher, and two rules of the
 * protocol that neither Xtext nor LSP4J keeps:
 * <ul>
 * <li>After {@code shutdown}, every request is answered with {@code InvalidRequest} and every notification
 * but {@code exit} is ignored.</li>
 * <li>An error answer never carries a stack trace or the document's text: a failure the server did not
 * foresee is answered {@code InternalError} with the name of the exception, and logged (one line on
 * standard error; the stack trace too when debugging). LSP4J put the stack trace in the answer's
 * {@code data}, and Xtext's messages the whole document.</li>
 * </ul>
 */
public final class LanguageServerLauncher {

	private static final Logger LOG = Logger.getLogger(LanguageServerLauncher.class.getName());

	private LanguageServerLauncher() {
	}

	/** Connects the server to the streams and returns the launcher; {@code startListening()} serves until the input ends. */
	public static Launcher<LanguageClient> connect(LanguageServerImpl server, InputStream in, OutputStream out) {
		Launcher<LanguageClient> launcher = new Builder().setLocalService(server)
				.setRemoteInterface(LanguageClient.class)
				.setInput(in)
				.setOutput(out)
				.validateMessages(true)
				.setExceptionHandler(LanguageServerLauncher::answerTo)
				.create();
		server.connect(launcher.getRemoteProxy());
		return launcher;
	}

	/** The answer to a request that failed: its own error if it has one, else an internal error without details. */
	static ResponseError answerTo(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException
				|| cause instanceof java.lang.reflect.InvocationTargetException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException answer) {
			return answer.getResponseError();
		}
		LOG.log(Level.SEVERE, "a request failed: " + cause.getClass().getName(), cause);
		return new ResponseError(ResponseErrorCode.InternalError,
				"Internal error of the Transform language server (" + cause.getClass().getSimpleName() + "); it is logged on the server's standard error.",
				null);
	}

	/**
	 * The client's messages are validated (an invalid request is answered with an error); the server's own are
	 * not: LSP4J's validator walks every object of a message by reflection, copying each class's methods, and
	 * the diagnostics published after each keystroke were a twentieth of the server's allocation per edit.
	 * They are written through buffers kept from one message to the next ({@link ReusedBufferMessageConsumer}).
	 */
	private static final class Builder extends Launcher.Builder<LanguageClient> {
		@Override
		protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
			MessageConsumer outgoing = new ReusedBufferMessageConsumer(output, jsonHandler);
			if (messageTracer != null) {
				outgoing = messageTracer.apply(outgoing);
			}
			if (messageWrapper != null) {
				outgoing = messageWrapper.apply(outgoing);
			}
			RemoteEndpoint remoteEndpoint = new RemoteEndpoint(outgoing, new UntilShutdown(ServiceEndpoints.toEndpoint(localServices)), exceptionHandler);
			jsonHandler.setMethodProvider(remoteEndpoint);
			remoteEndpoint.setJsonHandler(jsonHandler);
			return remoteEndpoint;
		}
	}

	/** The server's endpoint until the client asks it to shut down; after that, only {@code exit}. */
	private static final class UntilShutdown implements Endpoint {
		private final Endpoint server;
		private volatile boolean shutDown;

		UntilShutdown(Endpoint server) {
			this.server = server;
		}

		@Override
		public CompletableFuture<?> request(String method, Object parameter) {
			if (shutDown) {
				return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
						"The server has shut down: it answers no more requests ('" + method + "'); send 'exit'.", null)));
			}
			if ("shutdown".equals(method)) {
				shutDown = true;
			}
			return server.request(method, parameter);
		}

		@Override
		public void notify(String method, Object parameter) {
			if (!shutDown || "exit".equals(method)) {
				server.notify(method, parameter);
			}
		}
	}
}
