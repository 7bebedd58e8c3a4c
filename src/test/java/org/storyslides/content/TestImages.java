package org.storyslides.content;

import javax.imageio.ImageIO;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Small real picture files for tests, and broken ones made on purpose. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return picture("png", width, height);
    }

    /** A real picture in {@code format} ("png", "jpg", "gif", "bmp"), with a pattern so JPEG has data to code. */
    public static byte[] picture(String format, int width, int height) {
        // three bytes a pixel, as the writers take them: a 4K fixture costs the test 24 MB, with no converted copy
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f4f6f));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xd0a040));
        for (int x = 0; x < width; x += 16) {
            g.drawLine(x, 0, width - x, height);
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

    /** A PNG whose header claims {@code width} x {@code height} pixels, with only a few bytes of data behind it. */
    public static byte[] bombPng(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        pngChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        pngChunk(out, "IDAT", new byte[]{0x78, (byte) 0x9c, 0x63, 0x60, 0x00, 0x00});
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
