package org.storyslides.newshow;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a new show takes from one photo: its file, when it was taken (the camera's local time, as
 * EXIF keeps it) and its caption's paragraphs, headline and credit, already cleaned (ShowText);
 * {@code warning} says why its metadata could not be read, when it could not.
 */
record PhotoFacts(Path file, Optional<LocalDateTime> taken, List<String> caption, Optional<String> headline,
                  Optional<String> credit, Optional<String> warning) {

    PhotoFacts {
        caption = List.copyOf(caption);
    }

    /** A photo whose metadata could not be read: a slide all the same, without a caption. */
    static PhotoFacts unread(Path file, String warning) {
        return new PhotoFacts(file, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.of(warning));
    }

    String fileName() {
        return file.getFileName().toString();
    }
}
