package org.storyslides.content;

/**
 * One thing wrong with a content folder, phrased for the person who wrote it.
 *
 * @param file     the file, relative to the content folder ("galleries/mattis-quotes.json")
 * @param location where in the file: a JSON path ("$.slides[7].image") or "line 3, column 5"
 * @param message  what is wrong
 */
public record Problem(String file, String location, String message) {

    @Override
    public String toString() {
        return location.isEmpty() ? file + ": " + message : file + ": " + location + ": " + message;
    }
}
