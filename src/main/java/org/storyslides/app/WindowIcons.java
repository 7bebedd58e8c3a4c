package org.storyslides.app;

import javafx.scene.image.Image;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The app icon at each size a window manager may ask for (title bar, task switcher, dock); it picks
 * the nearest, so none is scaled from a far size. Drawn by tools/IconGenerator (mvn -Pimages).
 */
final class WindowIcons {

    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    static List<Image> load() {
        return SIZES.stream().map(WindowIcons::load).toList();
    }

    private static Image load(int size) {
        String name = "icons/storyslides-" + size + ".png";
        URL url = Objects.requireNonNull(WindowIcons.class.getResource(name), "missing resource: " + name);
        return new Image(url.toExternalForm());
    }
}
