package org.storyslides.newshow;

import org.storyslides.content.ContentFolder;
import org.storyslides.content.ContentLimits;
import org.storyslides.content.ContentText;
import org.storyslides.content.FileRefusedException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A folder of photos, as a new show reads it: the pictures at its top (not in its folders), by the
 * endings of the formats the app shows; hidden files and folders are passed over; other files are
 * counted as skipped. Each picture goes through the same guard as content does ({@link ContentFolder}):
 * a named pipe, a device or a link leading outside the folder is refused, with a warning naming it,
 * so nothing outside the photos folder is ever read.
 */
final class PhotoFolder {

    static final Set<String> PICTURE_ENDINGS = Set.of("jpg", "jpeg", "png", "gif", "bmp");

    /** The pictures found (file names, in name order), the other files skipped, and the pictures refused with why. */
    record Scan(List<String> pictures, List<String> skipped, List<String> refused) {
    }

    private PhotoFolder() {
    }

    static boolean isPictureName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && PICTURE_ENDINGS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static Scan scan(Path folder) throws IOException {
        ContentFolder guard = new ContentFolder(folder);
        List<String> pictures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (!isPictureName(name)) {
                    skipped.add(name);
                    continue;
                }
                try {
                    guard.check(name, ContentLimits.MAX_PICTURE_BYTES);
                    pictures.add(name);
                } catch (FileRefusedException e) {
                    refused.add(ContentText.shown(name, 120) + " skipped: " + e.getMessage());
                }
            }
        }
        pictures.sort(null);
        skipped.sort(null);
        refused.sort(null);
        return new Scan(pictures, skipped, refused);
    }
}
