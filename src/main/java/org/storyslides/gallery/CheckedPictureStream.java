package org.storyslides.gallery;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A picture file's bytes on their way to JavaFX's decoder, checked: the header must name a format
 * and a size the app accepts before a byte is decoded, and a picture must not end before its
 * format's end (a JPEG's end-of-image marker, a PNG's IEND chunk, a GIF's trailer: JavaFX would
 * decode the part that is there, fill the rest with grey and report nothing). {@link #checkEnd}
 * says the same of a file's last bytes read on their own, as {@link PictureCheck} reads them.
 */
final class CheckedPictureStream extends FilterInputStream {

    /** The most bytes a format's end takes: a PNG's IEND chunk (length, type, CRC). */
    static final int END_BYTES = 12;
    private static final byte[] JPEG_END = {(byte) 0xFF, (byte) 0xD9};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] GIF_END = {0x3B};

    private final PictureHeader.Format format;
    // the last bytes passed on, oldest first, while they are known (a skip forgets them)
    private final byte[] tail = new byte[END_BYTES];
    private int tailLength;
    private boolean tailKnown = true;

    private CheckedPictureStream(InputStream in, PictureHeader.Format format) {
        super(in);
        this.format = format;
    }

    /** A picture whose header passed: what it says, and the file's bytes from the first on their way to the decoder. */
    record CheckedPicture(PictureHeader header, InputStream bytes) {
    }

    /**
     * Reads the header of {@code raw} (its format and size must be ones the app decodes) and gives it
     * with the bytes, from the first, to be decoded; a JPEG's must end with its end-of-image marker.
     */
    static CheckedPicture check(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 16 * 1024);
        in.mark(PictureHeader.READ_LIMIT);
        PictureHeader header;
        try {
            header = PictureHeader.read(new BoundedInputStream(in, PictureHeader.READ_LIMIT))
                    .orElseThrow(() -> new PictureRefusedException(PictureRefusedException.Reason.NOT_A_PICTURE,
                            "not a JPEG, PNG, GIF or BMP picture"));
        } catch (EOFException e) {
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the file ends inside its header");
        }
        if (header.width() <= 0 || header.height() <= 0) {
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED,
                    "the header gives a size of " + header.width() + " x " + header.height());
        }
        in.reset();
        return new CheckedPicture(header, new CheckedPictureStream(in, header.format()));
    }

    /**
     * Whether a picture whose file ends with {@code tail} (its last bytes, up to {@link #END_BYTES};
     * fewer when the file is shorter) ends where its format says it ends.
     *
     * @throws PictureRefusedException {@code DAMAGED}, "the JPEG data is cut short" (or PNG, GIF), when it does not
     */
    static void checkEnd(PictureHeader.Format format, byte[] tail, int length) throws PictureRefusedException {
        byte[] end = switch (format) {
            case JPEG -> JPEG_END;
            case PNG -> PNG_END;
            case GIF -> GIF_END;
            case BMP -> new byte[0]; // a bitmap has no end marker: its rows are read as they come
        };
        if (!Arrays.equals(tail, length - Math.min(length, end.length), length, end, 0, end.length)) {
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the " + format + " data is cut short");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            passed(new byte[]{(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            atEnd();
        } else {
            passed(buffer, offset, n);
        }
        return n;
    }

    private void passed(byte[] buffer, int offset, int n) {
        tailLength = keepLast(tail, tailLength, buffer, offset, n);
    }

    /**
     * Keeps in {@code tail} (its first {@code length} bytes the last ones seen, oldest first) the last
     * {@link #END_BYTES} of those and the {@code n} bytes now seen; gives how many it holds.
     */
    static int keepLast(byte[] tail, int length, byte[] buffer, int offset, int n) {
        if (n >= END_BYTES) {
            System.arraycopy(buffer, offset + n - END_BYTES, tail, 0, END_BYTES);
            return END_BYTES;
        }
        int kept = Math.min(length, END_BYTES - n);
        System.arraycopy(tail, length - kept, tail, 0, kept);
        System.arraycopy(buffer, offset, tail, kept, n);
        return kept + n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            tailKnown = false;
        }
        return skipped;
    }

    // the decoder asks for more only when the picture is not finished: at the file's end it must have
    // just passed its format's end (a JPEG's end-of-image marker FF D9, a PNG's IEND, a GIF's trailer)
    private void atEnd() throws IOException {
        if (tailKnown) {
            checkEnd(format, tail, tailLength);
        }
    }

    /** Reads at most {@code limit} bytes of a stream (so the header's search cannot outrun its mark). */
    private static final class BoundedInputStream extends FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw noSize();
            }
            left--;
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw noSize();
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public void close() {
            // the stream underneath stays open: it is read again from its mark
        }

        private static PictureRefusedException noSize() {
            return new PictureRefusedException(PictureRefusedException.Reason.DAMAGED,
                    "no picture size in the first " + PictureHeader.READ_LIMIT + " bytes");
        }
    }
}
