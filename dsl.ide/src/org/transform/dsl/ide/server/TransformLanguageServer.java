package org.transform.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Inject;

/**
 * Xtext's language server, answering a command or a method it does not offer with an error that says
 * so (Xtext failed with a NullPointerException for a command, an internal error for a method), and
 * saying when it is idle ({@link #idle()}).
 */
public class TransformLanguageServer extends LanguageServerImpl {

	private volatile List<String> commands = List.of();

	@Inject
	private PostponedValidation postponed;

	/**
	 * Completes once every notification sent so far is built, its findings published, and no file waits to
	 * be validated after a build ({@link PostponedValidation}: those are validated at once, without waiting for
	 * a pause in typing). A build is superseded by the next write's,
	 * which builds the earlier edits too: so this waits for a build of its own, as often as it takes.
	 */
	public CompletableFuture<Void> idle() {
		return getRequestManager().runWrite(((TransformWorkspaceManager) getWorkspaceManager())::settle, (cancel, build) -> build.build(cancel))
				.handle((done, failure) -> {
					if (failure != null && !isCancellation(failure)) {
						return CompletableFuture.<Void>failedFuture(failure);
					}
					return failure != null || !postponed.isEmpty() ? idle() : CompletableFuture.<Void>completedFuture(null);
				}).thenCompose(Function.identity());
	}

	private static boolean isCancellation(Throwable failure) {
		return failure instanceof CancellationException || failure instanceof CompletionException && failure.getCause() instanceof CancellationException
				|| failure.getClass().getName().endsWith("OperationCanceledError") || failure.getCause() != null && failure.getCause().getClass().getName().endsWith("OperationCanceledError");
	}

	/** The server's access to its workspace, which Xtext's IDE services take: the faces that run the core in-process use it too. */
	public ILanguageServerAccess access() {
		return getLanguageServerAccess();
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		ExecuteCommandOptions offered = capabilities.getExecuteCommandProvider();
		commands = offered == null || offered.getCommands() == null ? List.of() : List.copyOf(offered.getCommands());
		return capabilities;
	}

	@Override
	public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
		String command = params == null ? null : params.getCommand();
		if (!commands.contains(command)) {
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					"Unknown command '" + command + "': the Transform language server offers " + (commands.isEmpty() ? "no commands" : commands) + ".",
					null)));
		}
		return super.executeCommand(params);
	}

	/** A method the protocol does not have and no extension of the language offers: MethodNotFound (Xtext threw, an internal error). */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException e) {
			return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound,
					"Unknown method '" + method + "': the Transform language server does not offer it.", null)));
		}
	}
}
