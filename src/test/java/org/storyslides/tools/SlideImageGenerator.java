package org.storyslides.tools;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.storyslides.tools.Gallery.Slide;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Draws the designed stand-in image of every slide of every gallery, since the story's real
 * photos are not ours to ship. Usage: {@code SlideImageGenerator <assets folder>}; for each slide
 * of each {@code galleries/*.json} it writes the JPEG at {@code <assets>/<slide.image>}.
 * Deterministic: running it again rewrites the same pictures.
 */
public final class SlideImageGenerator {

    private static final float JPEG_QUALITY = 0.88f;

    private SlideImageGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SlideImageGenerator <assets folder>");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Path assets = Path.of(args[0]);
        List<Path> galleryFiles;
        try (Stream<Path> files = Files.list(assets.resolve("galleries"))) {
            galleryFiles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int written = 0;
        for (Path file : galleryFiles) {
            Gallery gallery = Gallery.read(file);
            for (int index = 0; index < gallery.slides().size(); index++) {
                Path target = assets.resolve(gallery.slides().get(index).image());
                BufferedImage image = draw(gallery, index);
                numberMark(image, gallery.numberMark(index));
                writeJpeg(image, target);
                written++;
            }
        }
        System.out.println("wrote " + written + " slide images under " + assets.resolve("images"));
    }

    /** Each gallery has its own visual language; a gallery without one is an error, not a blank. */
    private static BufferedImage draw(Gallery gallery, int index) {
        Slide slide = gallery.slides().get(index);
        return switch (gallery.id()) {
            case "mattis-quotes" -> index == 0
                    ? QuotePortrait.cover(gallery.photoSlides())
                    : QuotePortrait.draw(index);
            case "military-photos-2016" -> index == 0
                    ? Covers.military(gallery)
                    : MilitaryCard.draw(slide, index);
            default -> throw new IllegalArgumentException("no image design for gallery '" + gallery.id() + "'");
        };
    }

    /**
     * Every stand-in prints its slide's number as the window counts (the cover is 1), so a person
     * replacing the pictures sees which slide each file is, and it agrees with the counter below it.
     */
    private static void numberMark(BufferedImage image, String mark) {
        Graphics2D g = Design.graphics(image);
        Design.text(g, mark, Design.label(19), Design.alpha(Design.IVORY, 0.85), Design.MARGIN, Design.TOP_LINE);
        g.dispose();
    }

    private static void writeJpeg(BufferedImage image, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        // Files.newOutputStream truncates, so a rerun never leaves bytes of a longer old file behind.
        try (OutputStream out = Files.newOutputStream(target);
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
