package org.storyslides.content;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The galleries read so far, kept while their text fits a budget (the story's first gallery, which the
 * window falls back on, and the one last read always stay), least recently used out first; and the
 * galleries that failed, with the stamp their file had, so a failure is not read again until the file
 * changes. Thread-safe; never held during a read.
 */
final class GalleryCache {

    /**
     * Room for two galleries of the largest size the limits allow (an 8 MB file is about 9 MB as strings
     * and records): the first and the one on show, within the app's 128 MB heap (README, Content format).
     */
    static final long BUDGET_BYTES = 18L << 20;
    private static final int BYTES_PER_SLIDE = 120; // the record, its list and the strings' headers

    private final long budgetBytes;
    private final LinkedHashMap<String, Gallery> galleries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Long> weights = new HashMap<>();
    private final Map<String, Failure> failures = new HashMap<>();
    private long usedBytes;
    private String pinned = "";

    GalleryCache() {
        this(BUDGET_BYTES);
    }

    GalleryCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    record Failure(Optional<ContentFolder.FileStamp> stamp, GalleryLoad.Failed load) {
    }

    synchronized Optional<Gallery> get(String id) {
        return Optional.ofNullable(galleries.get(id));
    }

    /** Keeps {@code gallery} whatever else is read (it counts in the budget). */
    synchronized void pin(Gallery gallery) {
        put(gallery);
        pinned = gallery.id();
    }

    synchronized void put(Gallery gallery) {
        failures.remove(gallery.id());
        Long old = weights.put(gallery.id(), weight(gallery));
        if (old != null) {
            usedBytes -= old;
        }
        galleries.put(gallery.id(), gallery);
        usedBytes += weights.get(gallery.id());
        Iterator<String> eldest = galleries.keySet().iterator();
        while (usedBytes > budgetBytes && eldest.hasNext()) {
            String id = eldest.next();
            if (!id.equals(gallery.id()) && !id.equals(pinned)) {
                eldest.remove();
                usedBytes -= weights.remove(id);
            }
        }
    }

    synchronized Optional<Failure> failure(String id) {
        return Optional.ofNullable(failures.get(id));
    }

    synchronized void putFailure(String id, Failure failure) {
        failures.put(id, failure);
    }

    synchronized long usedBytes() {
        return usedBytes;
    }

    /** About what the gallery's records take in memory: its text at two bytes a character, and each slide's overhead. */
    static long weight(Gallery gallery) {
        long chars = gallery.id().length() + gallery.title().length();
        for (Slide slide : gallery.slides()) {
            chars += slide.image().length() + length(slide.headline()) + length(slide.credit());
            for (String paragraph : slide.caption()) {
                chars += paragraph.length();
            }
        }
        return chars * 2 + (long) gallery.slides().size() * BYTES_PER_SLIDE;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
