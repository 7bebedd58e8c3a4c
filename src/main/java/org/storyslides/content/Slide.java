package org.storyslides.content;

import java.util.List;
import java.util.Optional;

/**
 * One slide of a gallery.
 *
 * @param image    the picture, a path relative to the content folder
 * @param headline the quote on a quote slide, the gallery's title on a cover; may be null
 * @param caption  the caption's paragraphs, possibly none
 * @param credit   the photo credit as printed, without its parentheses; may be null
 */
public record Slide(String image, String headline, List<String> caption, String credit) {

    public Slide {
        caption = caption == null ? List.of() : List.copyOf(caption);
    }

    public Optional<String> headlineText() {
        return Optional.ofNullable(headline);
    }

    public Optional<String> creditText() {
        return Optional.ofNullable(credit);
    }
}
