package org.transform.dsl.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, answering a command or a method it does not offer with an error that says
 * so (Xtext failed with a NullPointerException for a command, an internal error for a method).
 */
public class TransformLanguageServer extends LanguageServerImpl {

	private volatile List<String> commands = List.of();

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
