package org.transform.benchmarks;

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
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A minimal Language Server Protocol client over a process's standard streams (the approach of the
 * cli module's TransformLspIT): {@code Content-Length} framing written and read here, every message
 * stamped with the {@link System#nanoTime()} of its arrival, every wait bounded.
 */
final class LspClient implements AutoCloseable {

	/** A message of the server and when its last byte was read. */
	record Received(JsonObject message, long nanos) {
	}

	private final Process process;
	private final OutputStream toServer;
	private final BlockingQueue<Received> fromServer = new LinkedBlockingQueue<>();
	private final StringBuffer stderr = new StringBuffer();
	private final AtomicInteger ids = new AtomicInteger();
	private final long timeoutNanos;

	LspClient(String java, List<String> jvmOptions, Path jar, Path workingDirectory, long timeoutSeconds) throws IOException {
		this.timeoutNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "lsp"));
		process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
		toServer = process.getOutputStream();
		daemon("lsp-reader", () -> read(process.getInputStream()));
		daemon("lsp-stderr", () -> {
			try {
				stderr.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				stderr.append(e);
			}
		});
	}

	Process process() {
		return process;
	}

	String stderr() {
		return stderr.toString();
	}

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

	/** Sends a request and waits for its response. */
	Received call(String method, JsonElement params) throws Exception {
		int id = request(method, params);
		return await("the response to " + method + " #" + id, m -> !m.has("method") && m.has("id") && m.get("id").getAsInt() == id);
	}

	synchronized void send(String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		toServer.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		toServer.write(bytes);
		toServer.flush();
	}

	/** Waits for the next message that matches, dropping the others and answering the server's requests. */
	Received await(String what, Predicate<JsonObject> wanted) throws Exception {
		long deadline = System.nanoTime() + timeoutNanos;
		while (true) {
			long left = deadline - System.nanoTime();
			Received received = left <= 0 ? null : fromServer.poll(left, TimeUnit.NANOSECONDS);
			if (received == null) {
				throw new TimeoutException("no " + what + " within " + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos)
						+ " s; server alive: " + process.isAlive() + "; stderr:\n" + stderr());
			}
			JsonObject message = received.message();
			if (wanted.test(message)) {
				return received;
			}
			if (message.has("id") && message.has("method")) {
				JsonObject response = new JsonObject();
				response.addProperty("jsonrpc", "2.0");
				response.add("id", message.get("id"));
				response.add("result", JsonNull.INSTANCE);
				send(response.toString());
			}
		}
	}

	/** Waits for the next {@code textDocument/publishDiagnostics} of the document. */
	Received awaitDiagnostics(String uri) throws Exception {
		return await("diagnostics of " + uri, m -> "textDocument/publishDiagnostics".equals(method(m))
				&& sameDocument(m.getAsJsonObject("params").get("uri").getAsString(), uri));
	}

	/** Drops the messages received so far. */
	void drain() {
		fromServer.clear();
	}

	/** Asks the server to shut down and exit, and kills it if it has not within a few seconds. */
	@Override
	public void close() {
		try {
			if (process.isAlive()) {
				request("shutdown", null);
				notify("exit", null);
				process.waitFor(5, TimeUnit.SECONDS);
			}
		} catch (IOException | InterruptedException e) {
			// killed below
		} finally {
			if (process.isAlive()) {
				process.destroyForcibly();
			}
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

	private static void daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		thread.start();
	}

	private void read(InputStream in) {
		try {
			while (true) {
				int length = -1;
				String line;
				while (!(line = headerLine(in)).isEmpty()) {
					if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
						length = Integer.parseInt(line.substring(15).trim());
					}
				}
				if (length < 0) {
					stderr.append("benchmark: a message without Content-Length\n");
					return;
				}
				byte[] body = in.readNBytes(length);
				if (body.length < length) {
					return;
				}
				long now = System.nanoTime();
				fromServer.add(new Received(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject(), now));
			}
		} catch (IOException e) {
			// the server closed its output
		} catch (RuntimeException e) {
			stderr.append("benchmark: unreadable output: ").append(e).append('\n');
		}
	}

	private static String headerLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new IOException("end of stream");
			}
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}
}
