package org.storyslides.gallery;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Picture bytes made on purpose: headers with chosen fields, and real progressive JPEGs. */
final class PictureBytes {

    private PictureBytes() {
    }

    /** A bitmap's file header and a DIB header of {@code headerSize} bytes (12: OS/2's, 16-bit sizes), no pixels. */
    static byte[] bmpHeader(int headerSize, int width, int height) {
        ByteBuffer bytes = ByteBuffer.allocate(14 + Math.max(headerSize, 16)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put((byte) 'B').put((byte) 'M').putInt(14 + headerSize).putInt(0).putInt(14 + headerSize);
        bytes.putInt(headerSize);
        if (headerSize == 12) {
            bytes.putShort((short) width).putShort((short) height).putShort((short) 1).putShort((short) 24);
        } else {
            bytes.putInt(width).putInt(height).putShort((short) 1).putShort((short) 24);
        }
        return bytes.array();
    }

    /**
     * A JPEG's start, an APP0 segment and a frame header of marker {@code 0xFF sofType}, with one
     * component for each sampling byte given (high nibble horizontal, low nibble vertical).
     */
    static byte[] jpegHeader(int sofType, int width, int height, int... samplingBytes) {
        ByteBuffer bytes = ByteBuffer.allocate(2 + 18 + 10 + 3 * samplingBytes.length);
        bytes.put((byte) 0xFF).put((byte) 0xD8);
        bytes.put((byte) 0xFF).put((byte) 0xE0).putShort((short) 16).put("JFIF\0".getBytes(StandardCharsets.US_ASCII))
                .put(new byte[]{1, 2, 0, 0, 1, 0, 1, 0, 0});
        bytes.put((byte) 0xFF).put((byte) sofType).putShort((short) (8 + 3 * samplingBytes.length)).put((byte) 8)
                .putShort((short) height).putShort((short) width).put((byte) samplingBytes.length);
        for (int i = 0; i < samplingBytes.length; i++) {
            bytes.put((byte) (i + 1)).put((byte) samplingBytes[i]).put((byte) 0);
        }
        return bytes.array();
    }

    /** A real progressive JPEG from ImageIO, at JFIF's usual sampling (luma 2 x 2, chroma 1 x 1). */
    static byte[] progressiveJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xd0a040));
        g.fillOval(0, 0, width, height);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
