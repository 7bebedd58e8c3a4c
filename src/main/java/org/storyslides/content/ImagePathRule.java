package org.storyslides.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
        if (!Files.isRegularFile(file)) {
            return Optional.of("file not found: " + image);
        }
        if (escapesThroughLink(file)) {
            return Optional.of("must stay inside the content folder (it links outside): " + image);
        }
        return Optional.empty();
    }

    private boolean escapesThroughLink(Path file) {
        try {
            return !file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }
}
