package org.storyslides.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A content file's bytes as strict UTF-8 text, read as it streams (a 16 MB file is never held twice).
 * A byte that is not UTF-8 stops the read with its offset, so the author can find it; a leading
 * byte-order mark is skipped.
 */
final class Utf8Reader extends Reader {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip(); // kept ready to be read from
    private long offsetOfBuffer; // file offset of bytes[0]
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private boolean byteOrderMark;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** Whether the file began with a UTF-8 byte-order mark (skipped). */
    boolean hadByteOrderMark() {
        return byteOrderMark;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                throw new NotUtf8Exception(offsetOfBuffer + bytes.position());
            }
            if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
        }
        return out.position() - offset;
    }

    private void start() throws IOException {
        started = true;
        while (!endOfInput && bytes.remaining() < 3) {
            fill();
        }
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
            byteOrderMark = true;
        }
    }

    private void fill() throws IOException {
        offsetOfBuffer += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The text is not UTF-8 from this byte on. */
    static final class NotUtf8Exception extends IOException {
        private final long offset;

        NotUtf8Exception(long offset) {
            super("not UTF-8 text from byte " + offset);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }
}
