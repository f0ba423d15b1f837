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
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, answering a command it does not offer with an error that says so (Xtext
 * ran no command, and failed with a NullPointerException).
 */
public class TransformLanguageServer extends LanguageServerImpl {

	private volatile List<String> commands = List.of();

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
}
