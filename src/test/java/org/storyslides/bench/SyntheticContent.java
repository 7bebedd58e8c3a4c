package org.storyslides.bench;

import javax.imageio.ImageIO;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A content folder with one big gallery for the benchmarks: N slides of 1920x1080 JPEGs. Twenty
 * distinct pictures are drawn; the other files are hard links to them, so 10,000 slides cost no
 * disk, while every slide is still a file of its own that the app must decode.
 */
public final class SyntheticContent {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    private static final int DISTINCT = 20;

    private SyntheticContent() {
    }

    public static Path write(Path folder, int slides) throws IOException {
        return write(folder, slides, java.util.Optional.empty());
    }

    /** The same, and {@code lastPhoto}, when given, linked in as one more slide at the end. */
    public static Path write(Path folder, int slides, java.util.Optional<Path> lastPhoto) throws IOException {
        Path images = Files.createDirectories(folder.resolve("images/big"));
        for (int i = 0; i < Math.min(DISTINCT, slides); i++) {
            ImageIO.write(picture(i), "jpg", images.resolve(name(i)).toFile());
        }
        for (int i = DISTINCT; i < slides; i++) {
            Files.createLink(images.resolve(name(i)), images.resolve(name(i % DISTINCT)));
        }
        Files.createDirectories(folder.resolve("galleries"));
        try (Writer out = Files.newBufferedWriter(folder.resolve("galleries/big.json"), StandardCharsets.UTF_8)) {
            out.write("{\"id\": \"big\", \"title\": \"A big gallery\", \"slides\": [\n");
            for (int i = 0; i < slides; i++) {
                out.write(String.format("{\"image\": \"images/big/%s\", %s\"caption\": [\"Slide %d of a synthetic gallery: "
                                + "a caption of about the length the bundled galleries have, so that text layout costs what it costs "
                                + "there. Seen from the deck, the horizon is a thin grey line.\"], \"credit\": \"Benchmark photo %d\"}%s%n",
                        name(i), i == 0 ? "\"headline\": \"A big gallery\", " : "", i + 1, i + 1,
                        i + 1 < slides || lastPhoto.isPresent() ? "," : ""));
            }
            if (lastPhoto.isPresent()) {
                Files.createLink(images.resolve("photo.jpg"), lastPhoto.get());
                out.write("{\"image\": \"images/big/photo.jpg\", \"caption\": [\"A 24-megapixel photo.\"], \"credit\": \"Benchmark photo\"}\n");
            }
            out.write("]}\n");
        }
        Files.writeString(folder.resolve("story.json"), """
                {"headline": "A story with a big gallery", "source": "Bench", "dateline": "HERE", "published": "2026-11-26",
                 "body": [{"type": "paragraph", "text": "A paragraph."},
                          {"type": "gallery", "text": "RELATED: A big gallery", "gallery": "big"}]}
                """);
        return folder;
    }

    private static String name(int index) {
        return String.format("%05d.jpg", index + 1);
    }

    private static BufferedImage picture(int index) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = index / (float) DISTINCT;
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.5f, 0.35f), WIDTH, HEIGHT, Color.getHSBColor(hue + 0.3f, 0.6f, 0.8f)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        // some detail, so the JPEG is as heavy to decode as a photo rather than a flat gradient
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(Color.HSBtoRGB(hue + i * 0.01f, 0.4f, 0.9f) & 0x00ffffff | 0x40000000, true));
            int x = (i * 7919) % WIDTH;
            int y = (i * 104729) % HEIGHT;
            g.fillOval(x, y, 40 + i % 160, 40 + (i * 3) % 120);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 160));
        g.drawString("Picture " + (index + 1), 120, HEIGHT / 2);
        g.dispose();
        return image;
    }
}
