package org.storyslides.search;

/** Where a search result is: a part of the story, or a slide of a gallery. */
public sealed interface SearchPlace {

    /**
     * A part of the story.
     *
     * @param block  its index in the story's body, or -1 for the headline
     * @param number the paragraph's number among the story's paragraphs (1 is the first), 0 for other parts
     */
    record StoryPart(Kind kind, int block, int number) implements SearchPlace {
        public enum Kind { HEADLINE, PARAGRAPH, SEE_ALSO }
    }

    /**
     * A slide of a gallery.
     *
     * @param slide the slide's index (0 is the cover), shown to people as {@code slide + 1}
     */
    record Slide(String galleryId, String galleryTitle, int slide) implements SearchPlace {
    }
}
