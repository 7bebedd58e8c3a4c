package org.storyslides.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps image paths inside the content folder: content may come from anyone, so a slide must not
 * reach for an absolute path, a parent folder or a URL.
 */
final class ImagePathRule {

    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path folder;
    private Path realFolder; // resolved once: a gallery may have 10,000 slides

    ImagePathRule(Path folder) {
        this.folder = folder;
    }

    /** Why {@code image} is not an acceptable image path, or empty when it is. */
    Optional<String> check(String image) {
        if (URL_SCHEME.matcher(image).find()) {
            return Optional.of("must be a path inside the content folder, not a URL or drive: " + image);
        }
        if (image.startsWith("/") || image.startsWith("\\")) {
            return Optional.of("must be relative to the content folder, not absolute: " + image);
        }
        if (image.contains("\\")) {
            return Optional.of("use / between folder names, not \\: " + image);
        }
        for (String part : image.split("/")) {
            if (part.equals("..")) {
                return Optional.of("must stay inside the content folder (no ..): " + image);
            }
        }
        Path file;
        try {
            file = folder.resolve(image).normalize();
        } catch (InvalidPathException e) {
            return Optional.of("not a valid path: " + image);
        }
        // one call both finds the file and resolves links, so a link leading outside is caught
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            return Optional.of("file not found: " + image);
        } catch (IOException e) {
            return Optional.of("cannot be read: " + image);
        }
        if (!real.startsWith(realFolder())) {
            return Optional.of("must stay inside the content folder (it links outside): " + image);
        }
        if (!Files.isRegularFile(real)) {
            return Optional.of("not a file: " + image);
        }
        return Optional.empty();
    }

    private Path realFolder() {
        if (realFolder == null) {
            try {
                realFolder = folder.toRealPath();
            } catch (IOException e) {
                realFolder = folder.toAbsolutePath().normalize();
            }
        }
        return realFolder;
    }
}
