package org.storyslides.gallery;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A picture file's bytes on their way to JavaFX's decoder, checked: the header must name a format
 * and a size the app accepts before a byte is decoded, and a JPEG must not end before its
 * end-of-image marker (JavaFX would decode the part that is there, fill the rest with grey and
 * report nothing).
 */
final class CheckedPictureStream extends FilterInputStream {

    private final boolean jpeg;
    // the last two bytes passed on, while they are known (a skip forgets them)
    private int beforeLast = -1;
    private int last = -1;
    private boolean tailKnown = true;

    private CheckedPictureStream(InputStream in, boolean jpeg) {
        super(in);
        this.jpeg = jpeg;
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
        return new CheckedPicture(header, new CheckedPictureStream(in, header.format() == PictureHeader.Format.JPEG));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            beforeLast = last;
            last = b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            atEnd();
        } else if (n == 1) {
            beforeLast = last;
            last = buffer[offset] & 0xFF;
        } else if (n > 1) {
            beforeLast = buffer[offset + n - 2] & 0xFF;
            last = buffer[offset + n - 1] & 0xFF;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            tailKnown = false;
        }
        return skipped;
    }

    // the decoder asks for more only when the picture is not finished: a JPEG at its end must have
    // just passed its end-of-image marker (FF D9)
    private void atEnd() throws IOException {
        if (jpeg && tailKnown && !(beforeLast == 0xFF && last == 0xD9)) {
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the JPEG data is cut short");
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
