package org.storyslides.gallery;

import javax.imageio.ImageIO;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Pictures with EXIF metadata made on purpose, as a phone writes them and as no honest camera does:
 * real JPEGs and PNGs from ImageIO (which writes no EXIF) with an EXIF block put in, built entry by
 * entry. The test pictures are two-coloured so which side is up can be told from their pixels: red
 * on one side, blue on the rest.
 */
public final class ExifPictures {

    /** The EXIF tag of the orientation. */
    public static final int ORIENTATION = 0x0112;
    public static final int BYTE = 1;
    public static final int ASCII = 2;
    public static final int SHORT = 3;
    public static final int LONG = 4;
    public static final Color RED = new Color(0xff0000);
    public static final Color BLUE = new Color(0x0000ff);

    private ExifPictures() {
    }

    /** Which stored side is red. */
    public enum RedSide {
        LEFT, RIGHT, TOP, BOTTOM
    }

    /** A picture of {@code width} x {@code height} in {@code format} ("jpg", "png"), red on a quarter at {@code side}, blue elsewhere. */
    public static byte[] twoColoured(String format, int width, int height, RedSide side) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(RED);
        switch (side) {
            case LEFT -> g.fillRect(0, 0, width / 4, height);
            case RIGHT -> g.fillRect(width - width / 4, 0, width / 4, height);
            case TOP -> g.fillRect(0, 0, width, height / 4);
            case BOTTOM -> g.fillRect(0, height - height / 4, width, height / 4);
        }
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A phone's portrait: stored {@code width} x {@code height} (wider than high), its EXIF saying
     * {@code orientation}; the stored side that shows at the top is red (left for 6, right for 8).
     */
    public static byte[] portraitJpeg(int width, int height, int orientation) {
        RedSide side = switch (orientation) {
            case 6 -> RedSide.LEFT;
            case 8 -> RedSide.RIGHT;
            default -> throw new IllegalArgumentException("a portrait stored sideways is 6 or 8: " + orientation);
        };
        return withExif(twoColoured("jpg", width, height, side), tiff(orientationEntry(orientation)));
    }

    /** {@code jpeg} with an APP1 segment holding "Exif\0\0" and {@code tiff}, just after its start of image. */
    public static byte[] withExif(byte[] jpeg, byte[] tiff) {
        return withSegmentAfterStart(jpeg, 0xE1, exifPayload(tiff));
    }

    /** "Exif\0\0" and the TIFF bytes: an APP1 segment's payload. */
    public static byte[] exifPayload(byte[] tiff) {
        ByteBuffer payload = ByteBuffer.allocate(6 + tiff.length);
        payload.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        return payload.array();
    }

    /** {@code jpeg} with a segment of {@code marker} (0xE1: APP1) and {@code payload} just after its start of image. */
    public static byte[] withSegmentAfterStart(byte[] jpeg, int marker, byte[] payload) {
        return insert(jpeg, 2, segment(marker, payload));
    }

    /** {@code jpeg} with {@code segments} (each whole, marker and length too) just before its start of scan. */
    public static byte[] withSegmentsBeforeScan(byte[] jpeg, List<byte[]> segments) {
        int scan = startOfScan(jpeg);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + segments.size() * 65_540);
        out.write(jpeg, 0, scan);
        segments.forEach(out::writeBytes);
        out.write(jpeg, scan, jpeg.length - scan);
        return out.toByteArray();
    }

    /** A whole segment: 0xFF, the marker, its length (that of the payload and the length itself) and the payload. */
    public static byte[] segment(int marker, byte[] payload) {
        if (payload.length > 65_533) {
            throw new IllegalArgumentException("a segment holds at most 65533 bytes: " + payload.length);
        }
        return ByteBuffer.allocate(4 + payload.length).put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2))
                .put(payload).array();
    }

    /** Where the start of scan marker (FF DA) of an ImageIO JPEG is: after its tables, found by walking the segments. */
    public static int startOfScan(byte[] jpeg) {
        int at = 2;
        while ((jpeg[at + 1] & 0xFF) != 0xDA) {
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return at;
    }

    /** An IFD entry whose value fits its four bytes: {@code value} as a SHORT (in the first two, big-endian) or a LONG. */
    public static Entry entry(int tag, int type, int count, int value) {
        ByteBuffer bytes = ByteBuffer.allocate(4);
        if (type == SHORT) {
            bytes.putShort((short) value);
        } else if (type == BYTE) {
            bytes.put((byte) value);
        } else {
            bytes.putInt(value);
        }
        return new Entry(tag, type, count, bytes.array());
    }

    /** The orientation entry as EXIF has it: one SHORT. */
    public static Entry orientationEntry(int value) {
        return entry(ORIENTATION, SHORT, 1, value);
    }

    /** One entry of an IFD: its tag, type, count and the four bytes of its value (or of its offset). */
    public record Entry(int tag, int type, int count, byte[] value) {
    }

    /** A big-endian TIFF block whose IFD0, at offset 8, holds {@code entries} and no next IFD. */
    public static byte[] tiff(Entry... entries) {
        return tiff(entries.length, 0, entries);
    }

    /**
     * A big-endian TIFF block whose IFD0, at offset 8, says it has {@code count} entries (whatever
     * number follow) and the next IFD at {@code nextIfd} (0: none; 8: itself).
     */
    public static byte[] tiff(int count, int nextIfd, Entry... entries) {
        ByteBuffer bytes = ByteBuffer.allocate(8 + 2 + 12 * entries.length + 4).order(ByteOrder.BIG_ENDIAN);
        bytes.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        bytes.putShort((short) count);
        for (Entry entry : entries) {
            bytes.putShort((short) entry.tag()).putShort((short) entry.type()).putInt(entry.count()).put(entry.value());
        }
        bytes.putInt(nextIfd);
        return bytes.array();
    }

    /** {@code png} (as ImageIO writes it: IHDR first) with an eXIf chunk of {@code tiff} just after its IHDR. */
    public static byte[] pngWithExif(byte[] png, byte[] tiff) {
        return insert(png, 8 + 4 + 4 + 13 + 4, pngChunk("eXIf", tiff));
    }

    static byte[] pngChunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    /** {@code count} APP1 segments of {@code payloadBytes} bytes each: an EXIF block cut into pieces no reader joins. */
    public static List<byte[]> app1Segments(int count, int payloadBytes) {
        List<byte[]> segments = new ArrayList<>(count);
        byte[] payload = new byte[payloadBytes];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, payload, 0, 6);
        byte[] segment = segment(0xE1, payload);
        for (int i = 0; i < count; i++) {
            segments.add(segment);
        }
        return segments;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
