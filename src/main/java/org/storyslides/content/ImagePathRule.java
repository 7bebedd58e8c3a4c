package org.storyslides.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps image paths inside the content folder: content may come from anyone, so a slide must not
 * reach for an absolute path, a parent folder or a URL, and its picture must be a regular file
 * there ({@link ContentFolder#check}). A path is written one way only ("images/a.jpg", never
 * "images/./a.jpg" or "images//a.jpg"), so what is checked is what the window opens.
 */
final class ImagePathRule {

    private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final int SHOWN = 120;

    private final ContentFolder folder;

    ImagePathRule(ContentFolder folder) {
        this.folder = folder;
    }

    /** Why {@code image} is not an acceptable image path, or empty when it is. */
    Optional<String> check(String image) {
        String shown = ContentText.shown(image, SHOWN);
        if (URL_SCHEME.matcher(image).find()) {
            return Optional.of("must be a path inside the content folder, not a URL or drive: " + shown);
        }
        if (image.startsWith("/") || image.startsWith("\\")) {
            return Optional.of("must be relative to the content folder, not absolute: " + shown);
        }
        if (image.contains("\\")) {
            return Optional.of("use / between folder names, not \\: " + shown);
        }
        for (String part : image.split("/", -1)) {
            if (part.equals("..")) {
                return Optional.of("must stay inside the content folder (no ..): " + shown);
            }
            if (part.isEmpty() || part.equals(".")) {
                return Optional.of("write the path without empty or \".\" parts (as folder/file.jpg): " + shown);
            }
        }
        try {
            folder.check(image, ContentLimits.MAX_PICTURE_BYTES);
            return Optional.empty();
        } catch (FileRefusedException e) {
            return Optional.of(e.getMessage() + ": " + shown);
        }
    }
}
