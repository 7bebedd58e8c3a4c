package org.storyslides.hostile;

import org.storyslides.content.Content;
import org.storyslides.content.LoadResult;

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
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content folders and picture files made hostile on purpose, for the window tests of the hostile
 * suite: a story embedding galleries, galleries of slides, and the bytes of pictures no honest
 * camera writes (a progressive JPEG header claiming 24000 x 24000 pixels, an OS/2 bitmap, a GIF of
 * thousands of frames), plus the file-system tricks (named pipes, sparse giants, links) done to a
 * folder after it was checked.
 */
final class HostileFolders {

    private HostileFolders() {
    }

    /** A slide of a gallery file: its picture and its caption's paragraphs. */
    record SlideSpec(String image, List<String> caption) {
    }

    /** Writes story.json embedding {@code galleryIds}, in that order, after {@code paragraphs}. */
    static void story(Path folder, List<String> paragraphs, List<String> galleryIds) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append(body.length() == 0 ? "" : ",\n").append("{\"type\": \"paragraph\", \"text\": \"").append(paragraph).append("\"}");
        }
        for (String id : galleryIds) {
            body.append(body.length() == 0 ? "" : ",\n").append("{\"type\": \"gallery\", \"text\": \"RELATED: ").append(id)
                    .append("\", \"gallery\": \"").append(id).append("\"}");
        }
        Files.writeString(folder.resolve("story.json"), "{\"headline\": \"Hostile\", \"source\": \"S\", \"dateline\": \"D\", "
                + "\"published\": \"2026-11-26\", \"body\": [\n" + body + "\n]}");
    }

    /** The text of galleries/{@code id}.json: its slides, each with its picture and caption (plain ASCII, no escapes needed). */
    static String galleryJson(String id, String title, List<SlideSpec> slides) {
        StringBuilder json = new StringBuilder(slides.size() * 64);
        json.append("{\"id\": \"").append(id).append("\", \"title\": \"").append(title).append("\", \"slides\": [\n");
        for (int i = 0; i < slides.size(); i++) {
            SlideSpec slide = slides.get(i);
            json.append(i == 0 ? "" : ",\n").append("{\"image\": \"").append(slide.image()).append("\", \"caption\": [");
            for (int p = 0; p < slide.caption().size(); p++) {
                json.append(p == 0 ? "\"" : ", \"").append(slide.caption().get(p)).append('"');
            }
            json.append("]}");
        }
        return json.append("\n]}").toString();
    }

    /**
     * Writes galleries/{@code id}.json with any text in its title and captions: every character that is
     * not printable ASCII (and every quote and backslash) written as a JSON escape, so control characters
     * and lone surrogates reach the reader as themselves.
     */
    static void galleryOfAnyText(Path folder, String id, String title, List<SlideSpec> slides) throws IOException {
        List<SlideSpec> escaped = slides.stream()
                .map(slide -> new SlideSpec(slide.image(), slide.caption().stream().map(HostileFolders::jsonEscaped).toList())).toList();
        Files.createDirectories(folder.resolve("galleries"));
        Files.writeString(folder.resolve("galleries/" + id + ".json"), galleryJson(id, jsonEscaped(title), escaped));
    }

    /** {@code text} as the inside of a JSON string, in ASCII: anything else as a backslash-u escape (a pair for a pair). */
    static String jsonEscaped(String text) {
        StringBuilder json = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F) {
                json.append(String.format("\\u%04X", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.toString();
    }

    static void gallery(Path folder, String id, String title, List<SlideSpec> slides) throws IOException {
        Files.createDirectories(folder.resolve("galleries"));
        Files.writeString(folder.resolve("galleries/" + id + ".json"), galleryJson(id, title, slides));
    }

    /** The folder read whole, as {@code --check} reads it; it must load (the hostile parts come after). */
    static Content load(Path folder) {
        LoadResult result = new org.storyslides.content.ContentLoader().load(folder);
        assertThat(result).as("the folder loads before it is made hostile").isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).content();
    }

    /** The folder opened as the window opens it: the first gallery whole, the others as a summary. */
    static Content open(Path folder) {
        LoadResult result = new org.storyslides.content.ContentLoader().open(folder);
        assertThat(result).as("the folder opens").isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).content();
    }

    /** Replaces {@code path} by a symbolic link to {@code target}. */
    static void replaceByLink(Path path, Path target) throws IOException {
        Files.deleteIfExists(path);
        Files.createSymbolicLink(path, target);
    }

    /** Makes the file {@code length} bytes long without writing them (a sparse file: instant, no disk used). */
    static void growSparse(Path path, long length) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(length);
        }
        assertThat(Files.size(path)).isEqualTo(length);
    }

    /** A JPEG's first bytes: its start and a JFIF segment, nothing else. */
    static byte[] jpegStart() {
        ByteBuffer bytes = ByteBuffer.allocate(2 + 18);
        bytes.put((byte) 0xFF).put((byte) 0xD8);
        bytes.put((byte) 0xFF).put((byte) 0xE0).putShort((short) 16).put("JFIF\0".getBytes(StandardCharsets.US_ASCII))
                .put(new byte[]{1, 2, 0, 0, 1, 0, 1, 0, 0});
        return bytes.array();
    }

    /**
     * A progressive JPEG's header (SOF2) of {@code width} x {@code height} pixels, three components at
     * JFIF's sampling (luma 2 x 2, chroma 1 x 1), then a scan header and the end of the image: all a
     * header check reads; libjpeg would take the whole image's coefficients in native memory for it.
     */
    static byte[] progressiveJpegHeader(int width, int height) {
        ByteBuffer bytes = ByteBuffer.allocate(2 + 2 + 17 + 2 + 12 + 2);
        bytes.put((byte) 0xFF).put((byte) 0xD8);
        bytes.put((byte) 0xFF).put((byte) 0xC2).putShort((short) 17).put((byte) 8)
                .putShort((short) height).putShort((short) width).put((byte) 3);
        bytes.put((byte) 1).put((byte) 0x22).put((byte) 0);
        bytes.put((byte) 2).put((byte) 0x11).put((byte) 1);
        bytes.put((byte) 3).put((byte) 0x11).put((byte) 1);
        bytes.put((byte) 0xFF).put((byte) 0xDA).putShort((short) 12).put((byte) 3);
        bytes.put((byte) 1).put((byte) 0x00).put((byte) 2).put((byte) 0x11).put((byte) 3).put((byte) 0x11);
        bytes.put((byte) 0).put((byte) 63).put((byte) 0);
        bytes.put((byte) 0xFF).put((byte) 0xD9);
        return bytes.array();
    }

    /**
     * A whole OS/2 bitmap: a file header, a 12-byte BITMAPCOREHEADER (16-bit sizes) and its 24-bit
     * pixel rows, each padded to 4 bytes. JavaFX 21 does not decode this kind of bitmap.
     */
    static byte[] os2Bitmap(int width, int height) {
        int rowBytes = (width * 3 + 3) / 4 * 4;
        int offset = 14 + 12;
        ByteBuffer bytes = ByteBuffer.allocate(offset + rowBytes * height).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put((byte) 'B').put((byte) 'M').putInt(offset + rowBytes * height).putInt(0).putInt(offset);
        bytes.putInt(12).putShort((short) width).putShort((short) height).putShort((short) 1).putShort((short) 24);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < rowBytes; x++) {
                bytes.put((byte) (x < width * 3 ? (x % 3 == 0 ? 0x6f : x % 3 == 1 ? 0x4f : 0x2f) : 0));
            }
        }
        return bytes.array();
    }

    /** The colour of the first frame of {@link #animatedGif}; every later frame is another. */
    static final Color FIRST_FRAME = new Color(0xC0, 0x10, 0x10);

    /**
     * A real animated GIF from ImageIO's writer: {@code frames} frames of {@code width} x {@code height},
     * 20 ms each, the first all {@link #FIRST_FRAME}, the others blue and green in turn.
     */
    static byte[] animatedGif(int width, int height, int frames) {
        IndexColorModel palette = new IndexColorModel(2, 4,
                new byte[]{(byte) FIRST_FRAME.getRed(), 0x10, 0x10, 0}, new byte[]{(byte) FIRST_FRAME.getGreen(), 0x10, (byte) 0xA0, 0},
                new byte[]{(byte) FIRST_FRAME.getBlue(), (byte) 0xC0, 0x10, 0});
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            BufferedImage[] images = new BufferedImage[3];
            for (int colour = 0; colour < 3; colour++) {
                images[colour] = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, palette);
                Graphics2D g = images[colour].createGraphics();
                g.setColor(new Color(palette.getRGB(colour)));
                g.fillRect(0, 0, width, height);
                g.dispose();
            }
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(images[0]), param);
            String format = metadata.getNativeMetadataFormatName();
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
            IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
            control.setAttribute("disposalMethod", "none");
            control.setAttribute("userInputFlag", "FALSE");
            control.setAttribute("transparentColorFlag", "FALSE");
            control.setAttribute("delayTime", "2");
            control.setAttribute("transparentColorIndex", "0");
            root.appendChild(control);
            metadata.setFromTree(format, root);
            for (int f = 0; f < frames; f++) {
                writer.writeToSequence(new IIOImage(images[f == 0 ? 0 : 1 + f % 2], null, metadata), param);
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
