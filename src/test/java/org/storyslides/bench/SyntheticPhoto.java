package org.storyslides.bench;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A content folder for the zoom benchmark: one gallery whose photo is a 24-megapixel (6000x4000)
 * JPEG drawn to compress and decode like a camera's: a sky and ground of gradients, a sun, hills,
 * thousands of translucent shapes, a facade of fine grid lines and windows, small print, and
 * sensor-like grain over all of it, written as a baseline JPEG at quality 0.9 with 4:2:0 chroma, as
 * cameras write them (several MB). Drawn in the benchmark's own JVM, once, not in the app's heap.
 */
final class SyntheticPhoto {

    static final int WIDTH = 6000;
    static final int HEIGHT = 4000;

    private SyntheticPhoto() {
    }

    /** Writes story.json, galleries/zoom.json (a cover, then the photo) and both pictures; returns the folder. */
    static Path write(Path folder) throws IOException {
        Path images = Files.createDirectories(folder.resolve("images/zoom"));
        BufferedImage photo = photo();
        writeJpeg(photo, images.resolve("photo.jpg"), 0.9f);
        BufferedImage cover = new BufferedImage(1920, 1280, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = cover.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, cover.getWidth(), cover.getHeight(), null);
        g.dispose();
        writeJpeg(cover, images.resolve("cover.jpg"), 0.9f);
        Files.createDirectories(folder.resolve("galleries"));
        Files.writeString(folder.resolve("galleries/zoom.json"), """
                {"id": "zoom", "title": "A big photo", "slides": [
                  {"image": "images/zoom/cover.jpg", "headline": "A big photo", "caption": []},
                  {"image": "images/zoom/photo.jpg", "caption": ["A 24-megapixel photo, 6000 by 4000 pixels, to zoom into."],
                   "credit": "Benchmark photo"}
                ]}
                """);
        Files.writeString(folder.resolve("story.json"), """
                {"headline": "A story with a big photo", "source": "Bench", "dateline": "HERE", "published": "2026-12-01",
                 "body": [{"type": "paragraph", "text": "A paragraph."},
                          {"type": "gallery", "text": "RELATED: A big photo", "gallery": "zoom"}]}
                """);
        return folder;
    }

    /** The photo's index in its gallery (after the cover). */
    static final int SLIDE = 1;

    static BufferedImage photo() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Random random = new Random(24);
        int horizon = HEIGHT * 11 / 20;
        // sky and ground
        g.setPaint(new GradientPaint(0, 0, new Color(38, 84, 150), 0, horizon, new Color(214, 196, 170)));
        g.fillRect(0, 0, WIDTH, horizon);
        g.setPaint(new GradientPaint(0, horizon, new Color(88, 104, 52), WIDTH, HEIGHT, new Color(52, 40, 28)));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        // a sun with its glow
        g.setPaint(new RadialGradientPaint(new Point2D.Float(4300, 1300), 900, new float[]{0f, 0.15f, 1f},
                new Color[]{new Color(255, 250, 220), new Color(255, 220, 150, 200), new Color(255, 200, 120, 0)}));
        g.fillOval(3400, 400, 1800, 1800);
        // clouds: many soft translucent blobs
        for (int i = 0; i < 1500; i++) {
            int x = random.nextInt(WIDTH);
            int y = random.nextInt(horizon * 3 / 4);
            int w = 60 + random.nextInt(400);
            g.setColor(new Color(255, 255, 255, 10 + random.nextInt(40)));
            g.fillOval(x, y, w, w / 2 + random.nextInt(w / 2 + 1));
        }
        // hills, far to near
        for (int layer = 0; layer < 6; layer++) {
            Polygon hill = new Polygon();
            hill.addPoint(0, HEIGHT);
            int base = horizon - 300 + layer * 220;
            for (int x = 0; x <= WIDTH; x += 40) {
                hill.addPoint(x, base + (int) (120 * Math.sin(x / (300.0 + layer * 90) + layer) + random.nextInt(40)));
            }
            hill.addPoint(WIDTH, HEIGHT);
            int shade = 40 + layer * 12;
            g.setColor(new Color(shade + 20, shade + 40 - layer * 4, shade, 150 + layer * 15));
            g.fillPolygon(hill);
        }
        // foliage and stones: thousands of small shapes of many colours
        for (int i = 0; i < 30_000; i++) {
            int x = random.nextInt(WIDTH);
            int y = horizon + random.nextInt(HEIGHT - horizon);
            int w = 6 + random.nextInt(60);
            float hue = 0.15f + random.nextFloat() * 0.2f;
            g.setColor(new Color(Color.HSBtoRGB(hue, 0.3f + random.nextFloat() * 0.5f, 0.2f + random.nextFloat() * 0.6f) & 0xffffff
                    | (80 + random.nextInt(150)) << 24, true));
            if (i % 3 == 0) {
                g.fillRect(x, y, w, 2 + random.nextInt(w));
            } else {
                g.fillOval(x, y, w, 2 + random.nextInt(w));
            }
        }
        // a building: a facade of fine grid lines (brickwork), windows and small print on signs
        int left = 700;
        int top = horizon - 900;
        g.setColor(new Color(150, 120, 100));
        g.fillRect(left, top, 1800, 1700);
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(new Color(110, 85, 70));
        for (int y = top; y < top + 1700; y += 9) {
            g.drawLine(left, y, left + 1800, y);
            for (int x = left + (y / 9 % 2) * 12; x < left + 1800; x += 24) {
                g.drawLine(x, y, x, y + 9);
            }
        }
        for (int row = 0; row < 8; row++) {
            for (int column = 0; column < 10; column++) {
                int x = left + 60 + column * 172;
                int y = top + 60 + row * 200;
                g.setPaint(new GradientPaint(x, y, new Color(60, 80, 110), x + 110, y + 140, new Color(180, 200, 220)));
                g.fillRect(x, y, 110, 140);
                g.setColor(new Color(230, 230, 225));
                g.setStroke(new BasicStroke(4));
                g.drawRect(x, y, 110, 140);
                g.drawLine(x + 55, y, x + 55, y + 140);
                g.setStroke(new BasicStroke(1.2f));
            }
        }
        // small print: a notice board and a newspaper stand of 9-14 px text
        String words = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore "
                + "magna aliqua Ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo ";
        for (int board = 0; board < 6; board++) {
            int x = 3000 + (board % 3) * 950;
            int y = horizon + 250 + (board / 3) * 800;
            g.setColor(new Color(235, 230, 215));
            g.fillRect(x, y, 850, 650);
            g.setColor(new Color(30, 30, 30));
            g.setClip(x + 8, y + 4, 834, 642);
            for (int line = 0; line < 48; line++) {
                int size = 9 + (line + board) % 6;
                g.setFont(new Font(Font.SERIF, line % 12 == 0 ? Font.BOLD : Font.PLAIN, size));
                int start = (line * 17 + board * 31) % (words.length() / 2);
                g.drawString(words.substring(start) + words, x + 12, y + 20 + line * 13);
            }
            g.setClip(null);
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 220));
        g.drawString("24 MEGAPIXELS", 900, HEIGHT - 300);
        g.dispose();
        grain(image, random);
        return image;
    }

    /** Sensor grain: every sample moved by a little noise, as no real photo has flat areas. */
    private static void grain(BufferedImage image, Random random) {
        byte[] samples = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        long state = random.nextLong() | 1;
        for (int i = 0; i < samples.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int noise = (int) ((state & 15) + (state >>> 8 & 15)) - 15; // -15..15, mostly small
            int value = (samples[i] & 0xFF) + noise / 2;
            samples[i] = (byte) Math.max(0, Math.min(255, value));
        }
    }

    static void writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
