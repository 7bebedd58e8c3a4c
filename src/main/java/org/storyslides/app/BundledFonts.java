package org.storyslides.app;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The fonts the stylesheet names (Noto Serif and Noto Sans, OFL), bundled so the app reads the same
 * on every machine. Loading them takes a quarter of a second, so the launcher loads them on a
 * background thread while the window is being built; {@link #load()} is idempotent.
 */
final class BundledFonts {

    private static final List<String> FILES = List.of("NotoSerif-Regular.ttf", "NotoSerif-Italic.ttf", "NotoSerif-Bold.ttf",
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf");
    private static boolean loaded;

    private BundledFonts() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            String resource = "fonts/" + file;
            try (InputStream in = Objects.requireNonNull(BundledFonts.class.getResourceAsStream(resource),
                    "missing resource: " + resource)) {
                Font.loadFont(in, 12);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }
}
