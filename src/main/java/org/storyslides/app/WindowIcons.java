package org.storyslides.app;

import javafx.scene.image.Image;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The app icon at each size a window manager may ask for (title bar, task switcher, dock); it picks
 * the nearest, so none is scaled from a far size. Drawn by tools/IconGenerator (mvn -Pimages).
 * Decoded once (40-50 ms measured at start-up): the launcher asks for them on a background thread
 * while JavaFX starts, so the window, which needs them before it is shown, finds them ready.
 */
final class WindowIcons {

    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    /** The icons, decoded by the first caller (any thread, once JavaFX runs); a later one waits for them or finds them. */
    static List<Image> load() {
        return Decoded.ICONS;
    }

    // the class is initialised once, by the first thread to ask, and others wait for it (JLS 12.4.2)
    private static final class Decoded {
        static final List<Image> ICONS = SIZES.stream().map(WindowIcons::load).toList();
    }

    private static Image load(int size) {
        String name = "icons/storyslides-" + size + ".png";
        URL url = Objects.requireNonNull(WindowIcons.class.getResource(name), "missing resource: " + name);
        return new Image(url.toExternalForm());
    }
}
