package org.storyslides.tools;

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws the app icon ({@link AppIcon}) at the usual desktop sizes. Usage:
 * {@code IconGenerator <packaging icons folder> <stage icons folder>}: every size goes to the first
 * (the .deb and the app image take theirs from there), the sizes a window uses to the second, which is
 * on the class path. Deterministic: running it again rewrites the same pictures.
 */
public final class IconGenerator {

    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
    /** What window managers ask a window for: title bar, task switcher, dock. 512 would only add weight to the jar. */
    static final List<Integer> STAGE_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IconGenerator <packaging icons folder> <stage icons folder>");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Path packaging = Path.of(args[0]);
        Path stage = Path.of(args[1]);
        Files.createDirectories(packaging);
        Files.createDirectories(stage);
        for (int size : SIZES) {
            BufferedImage icon = AppIcon.draw(size);
            write(icon, packaging.resolve(fileName(size)));
            if (STAGE_SIZES.contains(size)) {
                write(icon, stage.resolve(fileName(size)));
            }
        }
        System.out.println("wrote icons at " + SIZES + " px to " + packaging + ", " + STAGE_SIZES + " px to " + stage);
    }

    static String fileName(int size) {
        return "storyslides-" + size + ".png";
    }

    private static void write(BufferedImage image, Path target) throws IOException {
        if (!ImageIO.write(image, "png", target.toFile())) {
            throw new IOException("no PNG writer");
        }
    }
}
