package org.transform.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;
import org.transform.dsl.ide.server.ReusedBufferMessageConsumer;

/**
 * The language server writes each message to the client exactly as LSP4J would (header and UTF-8 bytes),
 * although it keeps its buffers from one message to the next: a large message followed by small ones
 * leaves nothing of itself in them, and every kind of character — accents, characters beyond the basic
 * plane, a surrogate without its pair — is encoded as Java's UTF-8 encoder does.
 */
public class ReusedBufferMessageConsumerTest {

	private static final MessageJsonHandler JSON = new MessageJsonHandler(Map.of());

	@Test
	void writesTheSameBytesAsLsp4jMessageAfterMessage() {
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		ByteArrayOutputStream actual = new ByteArrayOutputStream();
		StreamMessageConsumer lsp4j = new StreamMessageConsumer(expected, JSON);
		ReusedBufferMessageConsumer reused = new ReusedBufferMessageConsumer(actual, JSON);
		Random random = new Random(11);
		String[] texts = { "Goal 'Grow' has no owner", "Équipe « Ventes » — déjà vu", "indicator 📈 rises 𝄞", "lone \ud800 high", "lone \udc00 low",
				"end \ud83d", "quotes \" and \\ and \n newline and \t tab", "" };
		int[] sizes = { 374, 1, 0, 20_000, 3, 374, 2 };
		for (int size : sizes) {
			List<Diagnostic> diagnostics = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				String text = texts[random.nextInt(texts.length)] + " #" + i;
				diagnostics.add(new Diagnostic(new Range(new Position(i, 2), new Position(i, 9)), text, DiagnosticSeverity.Warning, "transform",
						"rule-" + (i % 7)));
			}
			NotificationMessage notification = new NotificationMessage();
			notification.setMethod("textDocument/publishDiagnostics");
			notification.setParams(new PublishDiagnosticsParams("file:///w/plan.transform", diagnostics, size));
			lsp4j.consume(notification);
			reused.consume(notification);
			ResponseMessage response = new ResponseMessage();
			response.setId(size);
			response.setResult(texts[size % texts.length]);
			lsp4j.consume(response);
			reused.consume(response);
			assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "after the messages with " + size + " diagnostics");
		}
	}
}
