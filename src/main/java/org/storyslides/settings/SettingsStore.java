package org.storyslides.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps {@link Settings} in a small properties file. A file that cannot be read costs only the
 * remembered state (the warning names it); it never stops the app.
 */
public final class SettingsStore {

    private final Path file;
    private final Consumer<String> warnings;

    /**
     * @param file     where the settings live
     * @param warnings where to say that the file could not be read or written
     */
    public SettingsStore(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** The usual place: $XDG_CONFIG_HOME/storyslides (or ~/.config/storyslides)/settings.properties. */
    public static Path defaultFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("storyslides").resolve("settings.properties");
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return Settings.NONE;
        } catch (IOException | IllegalArgumentException e) {
            warnings.accept("could not read the settings in " + file + " (" + e.getMessage() + "); starting with the defaults");
            return Settings.NONE;
        }
        Optional<Settings.WindowBounds> window = number(properties, "window.x").flatMap(x -> number(properties, "window.y")
                .flatMap(y -> number(properties, "window.width").flatMap(w -> number(properties, "window.height")
                        .filter(h -> w > 0 && h > 0)
                        .map(h -> new Settings.WindowBounds(x, y, w, h)))));
        return new Settings(
                Optional.ofNullable(properties.getProperty("gallery")),
                parse(properties, "slide", Integer::valueOf).filter(slide -> slide >= 0),
                parse(properties, "caption.visible", Boolean::valueOf),
                window,
                number(properties, "split").filter(split -> split > 0 && split < 1),
                number(properties, "story.text.scale").filter(scale -> scale > 0),
                Boolean.parseBoolean(properties.getProperty("reduced.motion", "false")));
    }

    public void save(Settings settings) {
        Properties properties = new Properties();
        settings.gallery().ifPresent(gallery -> properties.setProperty("gallery", gallery));
        settings.slide().ifPresent(slide -> properties.setProperty("slide", slide.toString()));
        settings.captionVisible().ifPresent(visible -> properties.setProperty("caption.visible", visible.toString()));
        settings.window().ifPresent(window -> {
            properties.setProperty("window.x", Double.toString(window.x()));
            properties.setProperty("window.y", Double.toString(window.y()));
            properties.setProperty("window.width", Double.toString(window.width()));
            properties.setProperty("window.height", Double.toString(window.height()));
        });
        settings.split().ifPresent(split -> properties.setProperty("split", split.toString()));
        settings.storyTextScale().ifPresent(scale -> properties.setProperty("story.text.scale", scale.toString()));
        properties.setProperty("reduced.motion", Boolean.toString(settings.reducedMotion()));
        try {
            Files.createDirectories(file.getParent());
            // write aside, then move: a crash mid-write never leaves half a file
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(out, "Story Slides: what the app remembers between runs (--reset forgets it)");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            warnings.accept("could not save the settings to " + file + " (" + e.getMessage() + ")");
        }
    }

    /** Forgets everything remembered. */
    public void reset() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            warnings.accept("could not delete the settings in " + file + " (" + e.getMessage() + ")");
        }
    }

    private static Optional<Double> number(Properties properties, String key) {
        return parse(properties, key, Double::valueOf).filter(Double::isFinite);
    }

    private static <T> Optional<T> parse(Properties properties, String key, Function<String, T> parser) {
        String value = properties.getProperty(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
