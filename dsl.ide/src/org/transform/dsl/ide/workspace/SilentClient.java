package org.transform.dsl.ide.workspace;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client of a core run in-process: the faces read findings from the core itself
 * ({@link CoreFindings}), so diagnostics go nowhere; the server's messages are logged. A test that
 * wants what a real client is sent overrides what it listens to.
 */
public class SilentClient implements LanguageClient {

	private static final Logger LOG = Logger.getLogger(PlanCore.class.getName());

	@Override
	public void telemetryEvent(Object object) {
		// nobody listens to telemetry in-process
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		// the faces read the core's findings instead
	}

	@Override
	public void showMessage(MessageParams message) {
		LOG.log(Level.INFO, message.getMessage());
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		LOG.log(Level.INFO, request.getMessage());
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		LOG.log(Level.FINE, message.getMessage());
	}
}
