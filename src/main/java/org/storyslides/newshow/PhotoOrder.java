package org.storyslides.newshow;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * The order of a new show's slides: by capture time, earliest first; photos without a time after
 * those with one, in file-name order; photos taken at the same time by file name.
 */
final class PhotoOrder {

    /** File names compared as text (code point by code point), the same on every system. */
    static final Comparator<PhotoFacts> BY_NAME = Comparator.comparing(PhotoFacts::fileName);

    static final Comparator<PhotoFacts> SLIDES = Comparator
            .comparing(PhotoFacts::taken, PhotoOrder::compareTimes)
            .thenComparing(BY_NAME);

    private PhotoOrder() {
    }

    private static int compareTimes(Optional<LocalDateTime> a, Optional<LocalDateTime> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
        }
        return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
}
