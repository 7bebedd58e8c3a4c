package org.storyslides.gallery;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
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

/** Picture bytes made on purpose: headers with chosen fields, GIFs block by block, and real animated GIFs. */
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

    /** A GIF written block by block. */
    static Gif gif(int width, int height) {
        return new Gif(width, height);
    }

    static final class Gif {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        private Gif(int width, int height) {
            out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
            littleEndianShort(width);
            littleEndianShort(height);
        }

        /** The logical screen descriptor's flags, background and aspect, with a global colour table of 2^(bits) colours. */
        Gif globalColours(int bits) {
            out.write(0x80 | (bits - 1));
            out.write(0);
            out.write(0);
            out.writeBytes(new byte[3 << bits]);
            return this;
        }

        /** The logical screen descriptor without a global colour table. */
        Gif noGlobalColours() {
            out.write(0);
            out.write(0);
            out.write(0);
            return this;
        }

        /** An extension block: 0x21, its label, then its data in sub-blocks of the sizes given. */
        Gif extension(int label, int... subBlockSizes) {
            out.write(0x21);
            out.write(label);
            subBlocks(subBlockSizes);
            return this;
        }

        /** A graphic control extension: 4 bytes of flags, delay and transparent colour. */
        Gif graphicControl() {
            return extension(0xF9, 4);
        }

        /**
         * An image descriptor at {@code left, top} of {@code width} x {@code height}, with a local colour
         * table of 2^(localBits) colours (none when 0), the LZW minimum code size and data in sub-blocks.
         */
        Gif frame(int left, int top, int width, int height, int localBits, int... subBlockSizes) {
            out.write(0x2C);
            littleEndianShort(left);
            littleEndianShort(top);
            littleEndianShort(width);
            littleEndianShort(height);
            out.write(localBits == 0 ? 0 : 0x80 | (localBits - 1));
            if (localBits > 0) {
                out.writeBytes(new byte[3 << localBits]);
            }
            out.write(2); // LZW minimum code size
            subBlocks(subBlockSizes);
            return this;
        }

        /** Any byte, where a block should begin. */
        Gif raw(int... bytes) {
            for (int b : bytes) {
                out.write(b);
            }
            return this;
        }

        Gif trailer() {
            out.write(0x3B);
            return this;
        }

        /** How many bytes are written so far. */
        int length() {
            return out.size();
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void subBlocks(int... sizes) {
            for (int size : sizes) {
                out.write(size);
                for (int i = 0; i < size; i++) {
                    out.write(0x3B); // the trailer's byte inside data: only the structure tells them apart
                }
            }
            out.write(0);
        }

        private void littleEndianShort(int value) {
            out.write(value & 0xFF);
            out.write(value >> 8 & 0xFF);
        }
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

    /** A real animated GIF from ImageIO: {@code frames} frames of {@code width} x {@code height}, a disc moving. */
    static byte[] animatedGif(int width, int height, int frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int f = 0; f < frames; f++) {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
                Graphics2D g = image.createGraphics();
                g.setColor(new Color(0x2f4f6f));
                g.fillRect(0, 0, width, height);
                g.setColor(new Color(0xd0a040));
                g.fillOval(f * 7 % width, f * 5 % height, width / 4 + 1, height / 4 + 1);
                g.dispose();
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "10");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(image, null, metadata), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
