package org.storyslides.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Keeps {@link Settings} in a small properties file. A file that cannot be read costs only the
 * remembered state (the warning names it and says why); it never stops the app. Only a regular
 * file of at most {@link #MAX_BYTES} is read: a named pipe there would block the start for ever.
 * A failed save leaves nothing beside the file and is warned about once per store, as the window
 * saves each time it closes. Meant for one thread (the FX thread).
 */
public final class SettingsStore {

    /** The largest settings file read: a real one is well under 1 KB. */
    static final int MAX_BYTES = 64 * 1024;

    private final Path file;
    private final Consumer<String> warnings;
    private boolean saveFailureWarned;

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
        return defaultFile(System.getenv("XDG_CONFIG_HOME"), System.getProperty("user.home"));
    }

    static Path defaultFile(String xdgConfigHome, String userHome) {
        Path config = xdgConfigHome != null && !xdgConfigHome.isBlank() ? Path.of(xdgConfigHome) : Path.of(userHome, ".config");
        return config.resolve("storyslides").resolve("settings.properties");
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        Properties properties = read();
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
                value(properties, "reduced.motion", SettingsStore::strictBoolean, reduced -> true, "true or false").orElse(false),
                value(properties, "filmstrip.shown", SettingsStore::strictBoolean, shown -> true, "true or false"));
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
        settings.filmstripShown().ifPresent(shown -> properties.setProperty("filmstrip.shown", shown.toString()));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.createDirectories(file.getParent());
            // write aside, then move: a crash mid-write never leaves half a file. The file aside is
            // made new, so a stale one (or a link put there) is removed, never written through.
            Files.deleteIfExists(partial);
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), StandardCharsets.UTF_8)) {
                properties.store(out, "Story Slides: what the app remembers between runs (--reset forgets it)");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the window saves each time it closes: the same failure is not worth saying each time
            if (!saveFailureWarned) {
                saveFailureWarned = true;
                warnings.accept("could not save the settings to " + file + ": " + reason(e));
            }
        } finally {
            // after a move there is nothing left; after any failure the file aside goes too
            deleteQuietly(partial);
        }
    }

    /** Forgets everything remembered. */
    public void reset() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            warnings.accept("could not delete the settings in " + file + ": " + reason(e));
        }
    }

    /**
     * The file's properties; none (the defaults) on a first run (no file) and, with a warning saying
     * why, when it is not a regular file, too large or not readable.
     */
    private Properties read() {
        try {
            // before opening: opening a named pipe blocks until something writes to it
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return refused("it is not a regular file (" + (attributes.isDirectory() ? "a folder" : "a named pipe, device or socket") + ")");
            }
            if (attributes.size() > MAX_BYTES) {
                return refused("it is too large (" + attributes.size() + " bytes; at most " + MAX_BYTES + " are read)");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES);  // were it to grow since: never more than this
            }
            Properties properties = new Properties();
            properties.load(new StringReader(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString()));
            return properties;
        } catch (NoSuchFileException e) {
            return new Properties();
        } catch (IOException e) {
            return refused(reason(e));
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
    }

    private Properties refused(String why) {
        warnings.accept("could not read the settings in " + file + ": " + why + "; starting with the defaults");
        return new Properties();
    }

    /**
     * Why a file operation failed, in words: the message of most of these exceptions is only a
     * path. The path is added when it is not the settings file itself.
     */
    String reason(IOException failure) {
        String words = words(failure);
        if (failure instanceof FileSystemException fileFailure) {
            String path = fileFailure.getOtherFile() != null ? fileFailure.getOtherFile() : fileFailure.getFile();
            if (path != null && !path.equals(file.toString())) {
                return words + " (" + path + ")";
            }
        }
        return words;
    }

    private static String words(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof NotDirectoryException || failure instanceof FileAlreadyExistsException) {
            // FileAlreadyExists comes from making the folder: something else has its name
            return "not a folder";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "a folder is in the way";
        }
        if (failure instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        // a FileSystemException's message is its path(s) and its reason; other messages are the reason
        String reason = failure instanceof FileSystemException fileFailure ? fileFailure.getReason() : failure.getMessage();
        if (reason == null) {
            // the kind, in words: FileSystemLoopException -> "file system loop error"
            return failure.getClass().getSimpleName().replaceFirst("Exception$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                    .toLowerCase(Locale.ROOT) + " error";
        }
        return switch (reason) {
            case "Not a directory" -> "not a folder";
            case "Is a directory" -> "a folder is in the way";
            default -> reason;
        };
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a folder of that name full of things is not ours to empty; the save's warning said enough
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
