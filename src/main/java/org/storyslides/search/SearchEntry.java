package org.storyslides.search;

import java.util.List;

/**
 * One place search can find: its texts as printed, and all of them folded ({@link TextFold}) into one
 * string, each text ending in a newline (folded text holds no other newline, so no match spans two texts).
 */
record SearchEntry(SearchPlace place, List<String> texts, String folded) {

    static SearchEntry of(SearchPlace place, List<String> texts) {
        StringBuilder folded = new StringBuilder();
        for (String text : texts) {
            folded.append(TextFold.fold(text)).append('\n');
        }
        return new SearchEntry(place, List.copyOf(texts), folded.toString());
    }

    /** The characters this entry holds in memory, its texts and their folded copy. */
    long chars() {
        return folded.length() * 2L;
    }
}
