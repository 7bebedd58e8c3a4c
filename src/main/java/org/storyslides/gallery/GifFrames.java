package org.storyslides.gallery;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The frames of a GIF, found by walking its blocks without decoding them. JavaFX decodes every frame
 * of an animated GIF and keeps them all, so how many there are sets the memory it takes (see
 * {@link PictureHeader#heapDecodeBytes}); where the first one ends lets a GIF whose animation would
 * not fit be shown as its first frame alone ({@link #firstFrameOnly}).
 *
 * @param count         the image descriptors (frames) in the file, at least one
 * @param firstFrameEnd the byte offset just after the first frame's image data (its block terminator)
 */
record GifFrames(int count, long firstFrameEnd) {

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2C;
    private static final int TRAILER = 0x3B;

    GifFrames {
        if (count < 1 || firstFrameEnd < 1) {
            throw new IllegalArgumentException("a GIF has a first frame: " + count + " frames, the first ending at " + firstFrameEnd);
        }
    }

    /**
     * Walks the GIF in {@code in} (best buffered) from its first byte: the header, the logical screen
     * descriptor and its global colour table, then extension blocks and frames (an image descriptor,
     * its local colour table, the LZW code size and the data sub-blocks) up to the trailer. A file that
     * ends between blocks after a frame is taken as ending there, as JavaFX takes it.
     *
     * @throws EOFException when the file ends inside a block, or before its first frame
     * @throws IOException  when the bytes are not a GIF's blocks, a frame lies outside the canvas, or there is no frame
     */
    static GifFrames scan(InputStream in) throws IOException {
        Blocks blocks = new Blocks(in);
        String signature = new String(blocks.readBytes(6), StandardCharsets.ISO_8859_1);
        if (!signature.equals("GIF87a") && !signature.equals("GIF89a")) {
            throw new IOException("not a GIF: it starts with \"" + signature + "\"");
        }
        int canvasWidth = blocks.readShort();
        int canvasHeight = blocks.readShort();
        int flags = blocks.readByte();
        blocks.skip(2); // background colour, aspect ratio
        blocks.skipColourTable(flags);
        int count = 0;
        long firstFrameEnd = 0;
        while (true) {
            long offset = blocks.position;
            int introducer = blocks.in.read();
            if (introducer < 0) {
                if (count == 0) {
                    throw new EOFException("the GIF ends before its first frame");
                }
                break; // no trailer: JavaFX stops there too
            }
            blocks.position++;
            if (introducer == TRAILER) {
                break;
            } else if (introducer == EXTENSION) {
                blocks.readByte(); // its label
                blocks.skipSubBlocks();
            } else if (introducer == IMAGE) {
                int left = blocks.readShort();
                int top = blocks.readShort();
                int width = blocks.readShort();
                int height = blocks.readShort();
                if (left + width > canvasWidth || top + height > canvasHeight) {
                    throw new IOException(String.format("frame %d (%d x %d at %d, %d) lies outside the %d x %d canvas",
                            count + 1, width, height, left, top, canvasWidth, canvasHeight));
                }
                blocks.skipColourTable(blocks.readByte());
                blocks.readByte(); // LZW minimum code size
                blocks.skipSubBlocks();
                count++;
                if (count == 1) {
                    firstFrameEnd = blocks.position;
                }
            } else {
                throw new IOException(String.format("not a GIF block at byte %d: 0x%02X", offset, introducer));
            }
        }
        if (count == 0) {
            throw new IOException("the GIF holds no frame");
        }
        return new GifFrames(count, firstFrameEnd);
    }

    /**
     * The GIF in {@code in} with its first frame only: its first {@code firstFrameEnd} bytes (from
     * {@link #firstFrameEnd()}), then the trailer. Closing it closes {@code in}.
     *
     * @throws IllegalArgumentException when {@code firstFrameEnd} is negative
     */
    static InputStream firstFrameOnly(InputStream in, long firstFrameEnd) {
        if (firstFrameEnd < 0) {
            throw new IllegalArgumentException("a negative length: " + firstFrameEnd);
        }
        return new FirstFrameStream(in, firstFrameEnd);
    }

    /** Reads a GIF's blocks and counts the bytes read. */
    private static final class Blocks {
        final InputStream in;
        long position;

        Blocks(InputStream in) {
            this.in = in;
        }

        int readByte() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the GIF ends inside a block, at byte " + position);
            }
            position++;
            return b;
        }

        int readShort() throws IOException {
            int low = readByte();
            return low | readByte() << 8;
        }

        byte[] readBytes(int n) throws IOException {
            byte[] bytes = new byte[n];
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) readByte();
            }
            return bytes;
        }

        void skip(long n) throws IOException {
            in.skipNBytes(n); // EOFException when the stream ends first
            position += n;
        }

        /** Skips the colour table that the flags of a screen or image descriptor announce, if any. */
        void skipColourTable(int flags) throws IOException {
            if ((flags & 0x80) != 0) {
                skip(3L << ((flags & 0x07) + 1)); // 3 bytes a colour, 2^(size + 1) colours
            }
        }

        /** Skips data sub-blocks (each a size byte, then that many bytes) up to the empty one that ends them. */
        void skipSubBlocks() throws IOException {
            for (int size = readByte(); size != 0; size = readByte()) {
                skip(size);
            }
        }
    }

    /** The first bytes of a stream, then a trailer byte. */
    private static final class FirstFrameStream extends InputStream {
        private final InputStream in;
        private long left;
        private boolean trailerGiven;

        FirstFrameStream(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left > 0) {
                int b = in.read();
                if (b < 0) {
                    throw cutShort();
                }
                left--;
                return b;
            }
            if (!trailerGiven) {
                trailerGiven = true;
                return TRAILER;
            }
            return -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (left > 0) {
                int n = in.read(buffer, offset, (int) Math.min(length, left));
                if (n < 0) {
                    throw cutShort();
                }
                left -= n;
                return n;
            }
            if (trailerGiven) {
                return -1;
            }
            trailerGiven = true;
            buffer[offset] = TRAILER;
            return 1;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private EOFException cutShort() {
            return new EOFException("the GIF ends inside its first frame, " + left + " bytes early");
        }
    }
}
