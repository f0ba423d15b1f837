package org.transform.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A minimal Language Server Protocol client over a process's standard streams: it writes and reads
 * the {@code Content-Length} framing of JSON-RPC itself, so that it sees exactly what the server
 * prints. Anything on the server's standard output that is not a well-formed message is recorded as
 * a protocol violation. Every wait is bounded.
 */
final class LspClient implements AutoCloseable {

	static final long TIMEOUT_SECONDS = 60;

	private final Process process;
	private final OutputStream toServer;
	private final BlockingQueue<JsonObject> fromServer = new LinkedBlockingQueue<>();
	private final List<String> violations = new ArrayList<>();
	private final StringBuffer stderr = new StringBuffer();
	private final AtomicInteger ids = new AtomicInteger();
	private final Thread errors;

	LspClient(Path jar, Path workingDirectory) throws IOException {
		// -Dtransform.java=<a java executable> runs the server on another Java than the tests'
		String java = System.getProperty("transform.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = List.of(java, "-jar", jar.toString(), "lsp");
		process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
		toServer = process.getOutputStream();
		Thread reader = new Thread(() -> read(process.getInputStream()), "lsp-client-reader");
		reader.setDaemon(true);
		reader.start();
		errors = new Thread(() -> {
			try {
				stderr.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				stderr.append(e);
			}
		}, "lsp-client-stderr");
		errors.setDaemon(true);
		errors.start();
	}

	Process process() {
		return process;
	}

	String stderr() {
		return stderr.toString();
	}

	/** All the server wrote on standard error, once it has exited. */
	String stderrAfterExit() throws InterruptedException {
		errors.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
		return stderr();
	}

	synchronized List<String> violations() {
		return List.copyOf(violations);
	}

	/** Sends a request and returns its id. */
	int request(String method, JsonElement params) throws IOException {
		int id = ids.incrementAndGet();
		JsonObject message = message(method, params);
		message.addProperty("id", id);
		send(message.toString());
		return id;
	}

	void notify(String method, JsonElement params) throws IOException {
		send(message(method, params).toString());
	}

	/** Sends a request and waits for its response (result or error). */
	JsonObject call(String method, JsonElement params) throws Exception {
		int id = request(method, params);
		return await("the response to " + method + " #" + id, m -> m.has("id") && !m.has("method") && m.get("id").getAsInt() == id);
	}

	/** Writes a body as it is, framed with its length: the body need not be JSON. */
	void send(String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		toServer.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		toServer.write(bytes);
		toServer.flush();
	}

	/** Waits for the next message from the server that matches, dropping the others (answering the server's requests). */
	JsonObject await(String what, Predicate<JsonObject> wanted) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (true) {
			long left = deadline - System.nanoTime();
			JsonObject message = left <= 0 ? null : fromServer.poll(left, TimeUnit.NANOSECONDS);
			if (message == null) {
				throw new AssertionError("no " + what + " within " + TIMEOUT_SECONDS + " s; server alive: " + process.isAlive()
						+ "; protocol violations: " + violations() + "; stderr:\n" + stderr());
			}
			if (wanted.test(message)) {
				return message;
			}
			if (message.has("id") && message.has("method")) { // a request of the server: accept it
				JsonObject response = new JsonObject();
				response.addProperty("jsonrpc", "2.0");
				response.add("id", message.get("id"));
				response.add("result", JsonNull.INSTANCE);
				send(response.toString());
			}
		}
	}

	/** Waits for the next {@code textDocument/publishDiagnostics} of the document and returns its params. */
	JsonObject awaitDiagnostics(String uri) throws Exception {
		return await("diagnostics of " + uri, m -> "textDocument/publishDiagnostics".equals(method(m))
				&& sameDocument(m.getAsJsonObject("params").get("uri").getAsString(), uri)).getAsJsonObject("params");
	}

	/** Drops the messages received so far. */
	void drain() {
		fromServer.clear();
	}

	boolean awaitExit() throws InterruptedException {
		return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	void closeInput() throws IOException {
		toServer.close();
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
		}
	}

	static boolean sameDocument(String a, String b) {
		return normalized(a).equals(normalized(b));
	}

	private static String normalized(String uri) {
		return uri.replaceFirst("^file:/+", "file:///");
	}

	private static String method(JsonObject message) {
		return message.has("method") ? message.get("method").getAsString() : null;
	}

	private static JsonObject message(String method, JsonElement params) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", method);
		if (params != null) {
			message.add("params", params);
		}
		return message;
	}

	private void read(InputStream in) {
		try {
			while (true) {
				int length = -1;
				String line;
				while (!(line = headerLine(in)).isEmpty()) {
					if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
						length = Integer.parseInt(line.substring(15).trim());
					} else if (!line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
						violation("not a JSON-RPC header on standard output: " + line);
					}
				}
				if (length < 0) {
					violation("a message without Content-Length");
					return;
				}
				byte[] body = in.readNBytes(length);
				if (body.length < length) {
					return;
				}
				fromServer.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
			}
		} catch (EndOfStream e) {
			// the server closed its output
		} catch (Exception e) {
			violation("unreadable output: " + e);
		}
	}

	private synchronized void violation(String text) {
		violations.add(text);
	}

	private static final class EndOfStream extends IOException {
		private static final long serialVersionUID = 1L;
	}

	private static String headerLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new EndOfStream();
			}
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}
}
