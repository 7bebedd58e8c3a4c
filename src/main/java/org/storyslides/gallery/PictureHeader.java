package org.storyslides.gallery;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a picture file's first bytes say: its format, its size in pixels and, for a progressive JPEG,
 * its components' sampling, read without decoding it. Knowing these first lets the app refuse a
 * decompression bomb (a small file whose header claims, say, 30000 x 30000 pixels), or any picture
 * whose decoding would not fit in memory, before a pixel buffer is made.
 *
 * @param progressive whether a JPEG's frame is progressive (SOF2, SOF6, SOF10, SOF14): its decoder then
 *                    holds the whole image's coefficients in native memory, whatever the output size
 * @param sampling    the sampling factors of a progressive JPEG's components, in frame order, which set
 *                    the size of those coefficients; empty for every other picture, whose decoding
 *                    they do not change
 */
record PictureHeader(Format format, int width, int height, boolean progressive, List<Sampling> sampling) {

    /** The formats JavaFX can decode. */
    enum Format {
        JPEG, PNG, GIF, BMP
    }

    /** A JPEG component's sampling factors (1 to 4 each), relative to the other components'. */
    record Sampling(int horizontal, int vertical) {
        Sampling {
            if (horizontal < 1 || horizontal > 4 || vertical < 1 || vertical > 4) {
                throw new IllegalArgumentException("sampling factors must be 1 to 4: " + horizontal + " x " + vertical);
            }
        }
    }

    /** Bytes read at most to find the size: a JPEG's size comes after its metadata segments. */
    static final int READ_LIMIT = 1024 * 1024;

    /**
     * The most heap one decode may take. Measured with the app's 128 MB heap: a 3840 x 2160 PNG
     * (33 MB decoded, 41 MB with its scaled copy) decodes with 60 MB of other data live; a 4000 x 4000
     * one (64 MB) runs out of memory with 40 MB live.
     */
    static final long DECODE_BUDGET_BYTES = 40L << 20;

    /**
     * The native memory libjpeg takes for a JPEG besides a progressive one's coefficients: its row
     * buffers. Measured (peak RSS of a decode to fit 1920 x 1080, JavaFX 21): 0.8 to 1.6 MB for
     * sequential 6000 x 4000 and 30000 x 2000 JPEGs, so about the same at any width.
     */
    static final long JPEG_NATIVE_BYTES = 2L << 20;

    // one block of DCT coefficients: 8 x 8 of 16 bits
    private static final int COEFFICIENT_BLOCK_BYTES = 8 * 8 * 2;

    PictureHeader {
        sampling = List.copyOf(sampling);
        if (progressive == sampling.isEmpty()) {
            throw new IllegalArgumentException("a progressive JPEG has its sampling, no other picture has: "
                    + format + ", progressive " + progressive + ", " + sampling);
        }
        if (progressive && format != Format.JPEG) {
            throw new IllegalArgumentException("only a JPEG is progressive here: " + format);
        }
    }

    /** A picture known by its format and size only: not progressive. */
    PictureHeader(Format format, int width, int height) {
        this(format, width, height, false, List.of());
    }

    /** The heap needed to decode one frame to fit {@code width} x {@code height}: see {@link #heapDecodeBytes}. */
    long decodeBytes(double width, double height) {
        return heapDecodeBytes(width, height, 1);
    }

    /**
     * The heap JavaFX needs to decode this picture to fit {@code width} x {@code height} (ratio kept,
     * scaled up as well as down, as JavaFX does). A JPEG is decoded with libjpeg's scaling by 1/2,
     * 1/4 or 1/8 to the smallest size not below the target, 3 bytes a pixel, then scaled; a PNG or
     * BMP whole, at up to 4 bytes a pixel, then scaled. JavaFX decodes every frame of an animated GIF
     * and keeps them all, each scaled to the target at 4 bytes a pixel; while a frame is decoded its
     * loader also holds the canvas (4 bytes a pixel), the frame's colour indices (up to 1) and the
     * frame's copy of the canvas before scaling (4). Measured with JavaFX 21: 10 frames of 400 x 300
     * shown at 1440 x 1080 keep 62.9 MB (10 x 1440 x 1080 x 4 = 62.2 MB); one 2000 x 1500 frame shown
     * at 400 x 300 needs 26 MB more heap to decode than none (the least -Xmx that decodes it), 9 bytes a
     * canvas pixel, where a PNG of that size needs 12 MB.
     *
     * @param frames the frames JavaFX will decode: {@link GifFrames#count()} for a GIF, 1 for the others
     */
    long heapDecodeBytes(double width, double height, int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("a picture has at least one frame: " + frames);
        }
        double scale = Math.min(width / this.width, height / this.height);
        long targetWidth = Math.max(1, Math.round(this.width * scale));
        long targetHeight = Math.max(1, Math.round(this.height * scale));
        long pixels = (long) this.width * this.height;
        long decoded = switch (format) {
            case JPEG -> {
                int divisor = 8;
                while (divisor > 1 && (ceilDiv(this.width, divisor) < targetWidth || ceilDiv(this.height, divisor) < targetHeight)) {
                    divisor /= 2;
                }
                yield ceilDiv(this.width, divisor) * ceilDiv(this.height, divisor) * 3;
            }
            case GIF -> pixels * (4 + 1 + 4); // the canvas, a frame's colour indices, its copy of the canvas
            case PNG, BMP -> pixels * 4;
        };
        return decoded + frames * targetWidth * targetHeight * 4;
    }

    /**
     * The native memory (outside the Java heap) the decoder takes: for a progressive JPEG, the whole
     * image's DCT coefficients, 128 bytes a block of 8 x 8 samples of each component at its sampling,
     * whatever size it is decoded at, plus {@link #JPEG_NATIVE_BYTES}; for a sequential JPEG that
     * constant only; nothing for the other formats, decoded in Java. Measured (peak RSS of a decode to
     * fit 1920 x 1080, JavaFX 21): progressive 6000 x 4000 at 4:2:0 +72.0 MB (coefficients: 72.0 MB),
     * at 4:4:4 +144.0 MB (144.0 MB), grey +47.8 MB (48.0 MB), 30000 x 2000 at 4:2:0 +179.9 MB (180.0 MB).
     */
    long nativeDecodeBytes() {
        if (format != Format.JPEG) {
            return 0;
        }
        long bytes = JPEG_NATIVE_BYTES;
        int maxHorizontal = sampling.stream().mapToInt(Sampling::horizontal).max().orElse(1);
        int maxVertical = sampling.stream().mapToInt(Sampling::vertical).max().orElse(1);
        for (Sampling component : sampling) {
            // libjpeg's whole-image coefficient arrays, rounded up to whole MCUs (jdcoefct.c)
            long blocksWide = roundUp(ceilDiv((long) width * component.horizontal(), maxHorizontal * 8), component.horizontal());
            long blocksHigh = roundUp(ceilDiv((long) height * component.vertical(), maxVertical * 8), component.vertical());
            bytes += blocksWide * blocksHigh * COEFFICIENT_BLOCK_BYTES;
        }
        return bytes;
    }

    private static long ceilDiv(long value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    private static long roundUp(long value, int multiple) {
        return ceilDiv(value, multiple) * multiple;
    }

    /**
     * Reads the header from {@code in}; empty when the bytes are no picture format JavaFX reads.
     *
     * @throws EOFException              when the file ends inside its header
     * @throws PictureRefusedException   {@code NOT_A_PICTURE} for a kind of BMP that JavaFX does not
     *                                   decode (OS/2's, or a header of another size than 40, 108 or 124
     *                                   bytes); {@code DAMAGED} for a JPEG frame header that libjpeg
     *                                   would refuse
     */
    static Optional<PictureHeader> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int first = data.readUnsignedByte();
        int second = data.readUnsignedByte();
        if (first == 0xFF && second == 0xD8) {
            return jpeg(data);
        }
        if (first == 0x89 && second == 'P') {
            byte[] rest = new byte[6];
            data.readFully(rest);
            if (!new String(rest, StandardCharsets.ISO_8859_1).equals("NG\r\n\u001a\n")) {
                return Optional.empty();
            }
            data.readInt(); // IHDR's length
            if (data.readInt() != 0x49484452) { // "IHDR" must come first
                return Optional.empty();
            }
            return Optional.of(new PictureHeader(Format.PNG, data.readInt(), data.readInt()));
        }
        if (first == 'G' && second == 'I') {
            byte[] rest = new byte[4];
            data.readFully(rest);
            String signature = new String(rest, StandardCharsets.ISO_8859_1);
            if (!signature.equals("F87a") && !signature.equals("F89a")) {
                return Optional.empty();
            }
            return Optional.of(new PictureHeader(Format.GIF, littleEndianShort(data), littleEndianShort(data)));
        }
        if (first == 'B' && second == 'M') {
            return Optional.of(bmp(data));
        }
        return Optional.empty();
    }

    /**
     * A bitmap's size from its DIB header, whose first field is its length. OS/2's 12-byte core header
     * has unsigned 16-bit sizes; the 40-byte info header and its 108- and 124-byte successors signed
     * 32-bit ones, a negative height for rows stored top-down. JavaFX 21 decodes only the last three
     * (measured: an OS/2 bitmap fails with "Bad BMP image size!", headers of 52, 56 and 64 bytes with
     * "BitmapInfoHeader is corrupt").
     */
    private static PictureHeader bmp(DataInputStream data) throws IOException {
        data.skipNBytes(12); // file size, reserved, pixel offset
        int headerSize = littleEndianInt(data);
        if (headerSize == 12) {
            int width = littleEndianShort(data);
            int height = littleEndianShort(data);
            throw new PictureRefusedException(PictureRefusedException.Reason.NOT_A_PICTURE,
                    "a " + width + " x " + height + " OS/2 bitmap, which JavaFX does not decode");
        }
        if (headerSize != 40 && headerSize != 108 && headerSize != 124) {
            throw new PictureRefusedException(PictureRefusedException.Reason.NOT_A_PICTURE,
                    "a bitmap with a " + headerSize + "-byte header, which JavaFX does not decode");
        }
        int width = littleEndianInt(data);
        int height = littleEndianInt(data);
        return new PictureHeader(Format.BMP, width, Math.abs(height));
    }

    /** Walks the marker segments up to the frame header (SOFn), which holds the size and the sampling. */
    private static Optional<PictureHeader> jpeg(DataInputStream data) throws IOException {
        while (true) {
            int marker = data.readUnsignedByte();
            if (marker != 0xFF) {
                return Optional.empty();
            }
            int type = data.readUnsignedByte();
            while (type == 0xFF) { // fill bytes
                type = data.readUnsignedByte();
            }
            if (type == 0x01 || type >= 0xD0 && type <= 0xD8) { // markers without a length
                continue;
            }
            int length = data.readUnsignedShort();
            if (length < 2) {
                return Optional.empty();
            }
            boolean frame = type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
            if (frame) {
                return Optional.of(jpegFrame(data, type));
            }
            if (type == 0xDA || type == 0xD9) { // image data or its end before any frame header
                return Optional.empty();
            }
            data.skipNBytes(length - 2);
        }
    }

    /** The frame header after its length: precision, height, width, then each component's id, sampling and table. */
    private static PictureHeader jpegFrame(DataInputStream data, int type) throws IOException {
        data.readUnsignedByte(); // sample precision
        int height = data.readUnsignedShort();
        int width = data.readUnsignedShort();
        int count = data.readUnsignedByte();
        if (count == 0) {
            throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the JPEG frame has no components");
        }
        List<Sampling> sampling = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            data.readUnsignedByte(); // component id
            int factors = data.readUnsignedByte();
            data.readUnsignedByte(); // quantization table
            try {
                sampling.add(new Sampling(factors >> 4, factors & 0x0F));
            } catch (IllegalArgumentException e) {
                throw new PictureRefusedException(PictureRefusedException.Reason.DAMAGED, "the JPEG frame's " + e.getMessage());
            }
        }
        // progressive with Huffman or arithmetic coding, alone or differential
        boolean progressive = type == 0xC2 || type == 0xC6 || type == 0xCA || type == 0xCE;
        return new PictureHeader(Format.JPEG, width, height, progressive, progressive ? sampling : List.of());
    }

    private static int littleEndianShort(DataInputStream data) throws IOException {
        int low = data.readUnsignedByte();
        return low | data.readUnsignedByte() << 8;
    }

    private static int littleEndianInt(DataInputStream data) throws IOException {
        return Integer.reverseBytes(data.readInt());
    }
}
