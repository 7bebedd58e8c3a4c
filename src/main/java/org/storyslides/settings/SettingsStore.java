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
import java.util.function.Predicate;

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
        Optional<Double> width = value(properties, "window.width", Double::valueOf, w -> finite(w) && w > 0, "a width above 0");
        Optional<Double> height = value(properties, "window.height", Double::valueOf, h -> finite(h) && h > 0, "a height above 0");
        Optional<Double> x = value(properties, "window.x", Double::valueOf, SettingsStore::finite, "a number");
        Optional<Double> y = value(properties, "window.y", Double::valueOf, SettingsStore::finite, "a number");
        Optional<Settings.WindowBounds> window = x.flatMap(left -> y.flatMap(top -> width.flatMap(w -> height
                .map(h -> new Settings.WindowBounds(left, top, w, h)))));
        return new Settings(
                Optional.ofNullable(properties.getProperty("gallery")),
                value(properties, "slide", Integer::valueOf, slide -> slide >= 0, "a slide number from 0"),
                value(properties, "caption.visible", SettingsStore::strictBoolean, visible -> true, "true or false"),
                window,
                value(properties, "split", Double::valueOf, split -> split > 0 && split < 1, "a fraction between 0 and 1"),
                value(properties, "story.text.scale", Double::valueOf, scale -> finite(scale) && scale > 0, "a scale above 0"),
                value(properties, "reduced.motion", SettingsStore::strictBoolean, reduced -> true, "true or false").orElse(false));
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

    /** The value of {@code key}, or empty (with a warning naming it) when it is not {@code expected}. */
    private <T> Optional<T> value(Properties properties, String key, Function<String, T> parser, Predicate<T> valid,
                                  String expected) {
        String text = properties.getProperty(key);
        if (text == null) {
            return Optional.empty();
        }
        try {
            T parsed = parser.apply(text.strip());
            if (valid.test(parsed)) {
                return Optional.of(parsed);
            }
        } catch (IllegalArgumentException e) {
            // not even the right kind of value: ignored like one out of range
        }
        warnings.accept(file + ": " + key + "=" + text + " ignored (expected " + expected + ")");
        return Optional.empty();
    }

    private static boolean finite(double number) {
        return Double.isFinite(number);
    }

    private static Boolean strictBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
