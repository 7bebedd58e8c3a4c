package org.storyslides.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What search has read so far: the places it can find, in page order (the story, then each gallery in
 * the order the story embeds them), and how far reading the galleries has got. Immutable: the builder
 * hands out a new one as each gallery is read.
 *
 * @param entries       the places, in order
 * @param galleries     the galleries the story embeds
 * @param read          how many of them have been read (searched or not)
 * @param unreadable    how many could not be read (their file has problems)
 * @param leftOut       how many were left out because the text kept would pass {@link #BUDGET_CHARS}
 */
public record SearchIndex(List<SearchEntry> entries, int galleries, int read, int unreadable, int leftOut) {

    /**
     * The text search keeps in memory, counted as its folded text twice (the folded copy, and the originals,
     * which it holds once a gallery leaves the gallery cache): ten galleries of 1,000 slides with 300-character
     * captions count 6,530,000 and took 9.2 MB of heap (benchmark). At that rate the budget is about 11 MB;
     * text outside Latin-1 takes up to twice that, about 23 MB, within the app's heap with every content limit at once (README,
     * Content format).
     */
    public static final long BUDGET_CHARS = 8_000_000;

    public static final SearchIndex EMPTY = new SearchIndex(List.of(), 0, 0, 0, 0);

    public SearchIndex {
        entries = List.copyOf(entries);
    }

    /** Whether every gallery has been read. */
    public boolean complete() {
        return read == galleries;
    }

    /** How many galleries search covers. */
    public int searched() {
        return read - unreadable - leftOut;
    }

    SearchIndex with(List<SearchEntry> more, boolean unreadableOne, boolean leftOutOne) {
        List<SearchEntry> all = new ArrayList<>(entries.size() + more.size());
        all.addAll(entries);
        all.addAll(more);
        return new SearchIndex(all, galleries, read + 1, unreadable + (unreadableOne ? 1 : 0), leftOut + (leftOutOne ? 1 : 0));
    }
}
