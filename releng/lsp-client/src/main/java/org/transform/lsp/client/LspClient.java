package org.transform.lsp.client;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.JsonParser;

/**
 * A Language Server Protocol client of {@code java -jar transform.jar lsp}, built on LSP4J's client
 * launcher: the server is spoken to through LSP4J's typed {@link LanguageServer} proxy
 * ({@link #server()}), or by method name for what the protocol does not know ({@link #request}).
 * Besides what LSP4J does, it records what the tests and the benchmark need: when each diagnostics
 * notification and each answer arrived ({@link Timed}), the server's standard error, and anything on
 * its standard output that is not a well-formed JSON-RPC message ({@link #violations()}); and it can
 * send a body as it is ({@link #sendRaw}), JSON or not. Every wait is bounded.
 */
public final class LspClient implements AutoCloseable {

	/** A value and the {@link System#nanoTime()} at which it arrived. */
	public record Timed<T>(T value, long nanos) {
	}

	private final Process process;
	private final Duration timeout;
	private final Launcher<LanguageServer> launcher;
	private final AtomicOutput toServer;
	private final BlockingQueue<Timed<PublishDiagnosticsParams>> diagnostics = new LinkedBlockingQueue<>();
	private final List<String> violations = new ArrayList<>();
	private final StringBuffer stderr = new StringBuffer();
	private final Thread errors;

	private LspClient(Process process, Duration timeout) {
		this.process = process;
		this.timeout = timeout;
		this.toServer = new AtomicOutput(process.getOutputStream());
		this.launcher = LSPLauncher.createClientLauncher(new Client(), new FramingCheck(process.getInputStream()), toServer);
		launcher.startListening();
		this.errors = daemon("lsp-client-stderr", () -> {
			try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					stderr.append(line).append('\n');
				}
			} catch (IOException e) {
				stderr.append(e);
			}
		});
	}

	/**
	 * Starts {@code java [jvmOptions] -jar jar lsp [lspOptions]} in the working directory.
	 *
	 * @param timeout how long any wait of this client lasts at most
	 * @param lspOptions options of {@code transform lsp}, e.g. {@code --today=2026-11-30} so that nothing depends on the day it runs
	 */
	public static LspClient start(String java, List<String> jvmOptions, Path jar, Path workingDirectory, Duration timeout, String... lspOptions)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "lsp"));
		command.addAll(List.of(lspOptions));
		return new LspClient(new ProcessBuilder(command).directory(workingDirectory.toFile()).start(), timeout);
	}

	/** The server's typed proxy. */
	public LanguageServer server() {
		return launcher.getRemoteProxy();
	}

	public Process process() {
		return process;
	}

	/** What the server wrote on standard error so far. */
	public String stderr() {
		return stderr.toString();
	}

	/** All the server wrote on standard error, once it has exited. */
	public String stderrAfterExit() throws InterruptedException {
		errors.join(timeout.toMillis());
		return stderr();
	}

	/** What the server wrote on standard output that was not a well-formed JSON-RPC message. */
	public synchronized List<String> violations() {
		return List.copyOf(violations);
	}

	/** {@code initialize} with the folder as root and only workspace folder, then {@code initialized}. */
	public InitializeResult initialize(Path root, ClientCapabilities capabilities) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		String uri = root.toUri().toString();
		params.setRootUri(uri);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri, "plans")));
		params.setCapabilities(capabilities);
		InitializeResult result = await("the answer to initialize", server().initialize(params));
		server().initialized(new InitializedParams());
		return result;
	}

	/** Sends a request by its method name; the answer is a Gson tree or a {@link ResponseErrorException}. */
	public CompletableFuture<Object> request(String method, Object params) {
		return launcher.getRemoteEndpoint().request(method, params);
	}

	/** Sends a notification by its method name. */
	public void notify(String method, Object params) {
		launcher.getRemoteEndpoint().notify(method, params);
	}

	/** Writes a body as it is, framed with its length, between two of LSP4J's messages: the body need not be JSON. */
	public void sendRaw(String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		toServer.writeMessage(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bytes);
	}

	/** Waits for the answer, at most the timeout; an error answer is thrown as LSP4J's {@link ResponseErrorException}. */
	public <T> T await(String what, CompletableFuture<T> answer) throws Exception {
		return timed(what, answer).value();
	}

	/** Waits for the answer as {@link #await}, with the time it arrived: call it as soon as the request is sent. */
	public <T> Timed<T> timed(String what, CompletableFuture<T> answer) throws Exception {
		CompletableFuture<Timed<T>> stamped = answer.thenApply(value -> new Timed<>(value, System.nanoTime()));
		try {
			return stamped.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		} catch (TimeoutException e) {
			throw new AssertionError("no " + what + " within " + timeout.toSeconds() + " s; server alive: " + process.isAlive()
					+ "; protocol violations: " + violations() + "; stderr:\n" + stderr());
		} catch (ExecutionException e) {
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
	}

	/** Waits for the next diagnostics of the document, dropping others. */
	public Timed<PublishDiagnosticsParams> awaitDiagnostics(String uri) throws InterruptedException {
		return awaitDiagnostics(uri, d -> true);
	}

	/** Waits for the next diagnostics of the document that match, dropping others. */
	public Timed<PublishDiagnosticsParams> awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			Timed<PublishDiagnosticsParams> published = left <= 0 ? null : diagnostics.poll(left, TimeUnit.NANOSECONDS);
			if (published == null) {
				throw new AssertionError("no diagnostics of " + uri + " within " + timeout.toSeconds() + " s; server alive: " + process.isAlive()
						+ "; protocol violations: " + violations() + "; stderr:\n" + stderr());
			}
			if (sameDocument(published.value().getUri(), uri) && wanted.test(published.value())) {
				return published;
			}
		}
	}

	/** Drops the diagnostics received so far. */
	public void drain() {
		diagnostics.clear();
	}

	public boolean awaitExit() throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	public void closeInput() throws IOException {
		toServer.close();
	}

	/** Asks a live server to shut down and exit, and kills it if it has not within a few seconds. */
	@Override
	public void close() {
		try {
			if (process.isAlive()) {
				server().shutdown().get(5, TimeUnit.SECONDS);
				server().exit();
				process.waitFor(5, TimeUnit.SECONDS);
			}
		} catch (Exception e) {
			// killed below
		} finally {
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
	}

	/** Whether two file URIs name the same document ({@code file:/x} and {@code file:///x}). */
	public static boolean sameDocument(String a, String b) {
		return normalized(a).equals(normalized(b));
	}

	private static String normalized(String uri) {
		return uri.replaceFirst("^file:/+", "file:///");
	}

	private synchronized void violation(String text) {
		violations.add(text);
	}

	private static Thread daemon(String name, Runnable body) {
		Thread thread = new Thread(body, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/** The editor's side: it records diagnostics and accepts what the server asks. */
	private final class Client implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams published) {
			diagnostics.add(new Timed<>(published, System.nanoTime()));
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}

		@Override
		public CompletableFuture<Void> registerCapability(RegistrationParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
			return CompletableFuture.completedFuture(null);
		}
	}

	/**
	 * The server's standard output as LSP4J reads it, checked on the way: header lines other than
	 * {@code Content-Length} and {@code Content-Type}, and bodies that are not JSON, are violations
	 * (LSP4J would skip some of them silently).
	 */
	private final class FramingCheck extends FilterInputStream {
		private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
		private int bodyLeft = -1;
		private int length = -1;

		FramingCheck(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				check((byte) b);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int count) throws IOException {
			int n = super.read(buffer, offset, count);
			for (int i = 0; i < n; i++) {
				check(buffer[offset + i]);
			}
			return n;
		}

		private void check(byte b) {
			pending.write(b);
			if (bodyLeft > 0) {
				if (--bodyLeft == 0) {
					String body = pending.toString(StandardCharsets.UTF_8);
					pending.reset();
					bodyLeft = -1;
					try {
						JsonParser.parseString(body).getAsJsonObject();
					} catch (RuntimeException e) {
						violation("a body that is not a JSON object: " + body);
					}
				}
			} else if (b == '\n') {
				String line = pending.toString(StandardCharsets.US_ASCII).strip();
				pending.reset();
				if (line.isEmpty()) {
					if (length < 0) {
						violation("a message without Content-Length");
					} else {
						bodyLeft = length;
						length = -1;
					}
				} else if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
					try {
						length = Integer.parseInt(line.substring(15).trim());
					} catch (NumberFormatException e) {
						violation("a bad Content-Length: " + line);
					}
				} else if (!line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
					violation("not a JSON-RPC header on standard output: " + line);
				}
			}
		}
	}

	/** The server's standard input: each message written whole (LSP4J writes a header and a body, then flushes). */
	private static final class AtomicOutput extends FilterOutputStream {
		private final ByteArrayOutputStream message = new ByteArrayOutputStream();

		AtomicOutput(OutputStream out) {
			super(out);
		}

		@Override
		public synchronized void write(int b) {
			message.write(b);
		}

		@Override
		public synchronized void write(byte[] bytes, int offset, int length) {
			message.write(bytes, offset, length);
		}

		@Override
		public synchronized void flush() throws IOException {
			message.writeTo(out);
			message.reset();
			out.flush();
		}

		synchronized void writeMessage(byte[] header, byte[] body) throws IOException {
			flush();
			out.write(header);
			out.write(body);
			out.flush();
		}
	}
}
