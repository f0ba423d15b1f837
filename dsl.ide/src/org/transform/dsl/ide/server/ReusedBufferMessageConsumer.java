package org.transform.dsl.ide.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Writes the server's messages to the client as LSP4J's {@link StreamMessageConsumer} does — a
 * {@code Content-Length} header, then the message's JSON in UTF-8, byte for byte the same — into buffers
 * kept from one message to the next. LSP4J made four copies of each message (the writer's growing
 * buffer, its string, the string's bytes): after every keystroke in a 5,000-line plan the diagnostics
 * (374 of them) were about a megabyte of garbage, a twelfth of the server's allocation per edit, and
 * garbage is what makes the collector pause. Buffers that grew past {@value #KEPT} characters (a
 * huge answer) are let go after use.
 */
public final class ReusedBufferMessageConsumer implements MessageConsumer {

	/** The largest buffer kept for the next message, in characters (bytes: up to three times as many). */
	static final int KEPT = 1 << 20;

	private final OutputStream output;
	private final MessageJsonHandler jsonHandler;
	private final TextBuffer text = new TextBuffer();
	private byte[] bytes = new byte[8192];

	public ReusedBufferMessageConsumer(OutputStream output, MessageJsonHandler jsonHandler) {
		this.output = output;
		this.jsonHandler = jsonHandler;
	}

	@Override
	public synchronized void consume(Message message) {
		text.clear();
		jsonHandler.serialize(message, text);
		int length = encode(text.chars, text.length);
		try {
			output.write(("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			output.write(bytes, 0, length);
			output.flush();
		} catch (IOException e) {
			throw new JsonRpcException(e);
		} finally {
			if (text.chars.length > KEPT) {
				text.chars = new char[8192];
				bytes = new byte[8192];
			}
		}
	}

	/**
	 * The text in UTF-8, into {@link #bytes}; returns the number of bytes. As {@link String#getBytes}
	 * encodes: a surrogate without its pair becomes {@code ?}.
	 */
	private int encode(char[] chars, int count) {
		if (bytes.length < count * 3) {
			bytes = new byte[Math.max(count * 3, bytes.length * 2)];
		}
		byte[] out = bytes;
		int n = 0;
		for (int i = 0; i < count; i++) {
			char c = chars[i];
			if (c < 0x80) {
				out[n++] = (byte) c;
			} else if (c < 0x800) {
				out[n++] = (byte) (0xc0 | c >> 6);
				out[n++] = (byte) (0x80 | c & 0x3f);
			} else if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < count && Character.isLowSurrogate(chars[i + 1])) {
					int codePoint = Character.toCodePoint(c, chars[++i]);
					out[n++] = (byte) (0xf0 | codePoint >> 18);
					out[n++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
					out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
					out[n++] = (byte) (0x80 | codePoint & 0x3f);
				} else {
					out[n++] = '?';
				}
			} else {
				out[n++] = (byte) (0xe0 | c >> 12);
				out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
				out[n++] = (byte) (0x80 | c & 0x3f);
			}
		}
		return n;
	}

	/** A writer into a character array that is kept and cleared, not copied into a string. */
	private static final class TextBuffer extends Writer {
		char[] chars = new char[8192];
		int length;

		void clear() {
			length = 0;
		}

		private void ensure(int more) {
			if (length + more > chars.length) {
				chars = Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
			}
		}

		@Override
		public void write(int c) {
			ensure(1);
			chars[length++] = (char) c;
		}

		@Override
		public void write(char[] source, int offset, int count) {
			ensure(count);
			System.arraycopy(source, offset, chars, length, count);
			length += count;
		}

		@Override
		public void write(String source, int offset, int count) {
			ensure(count);
			source.getChars(offset, offset + count, chars, length);
			length += count;
		}

		@Override
		public Writer append(CharSequence sequence) {
			String source = String.valueOf(sequence);
			write(source, 0, source.length());
			return this;
		}

		@Override
		public void flush() {
			// nothing to flush: the consumer writes the buffer out
		}

		@Override
		public void close() {
			// nothing to close
		}
	}
}
