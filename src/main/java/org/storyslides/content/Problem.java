package org.storyslides.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with a content folder, phrased for the person who wrote it.
 *
 * @param file     the file, relative to the content folder ("galleries/mattis-quotes.json")
 * @param location where in the file: a JSON path ("$.slides[7].image") or "line 3, column 5"
 * @param message  what is wrong
 */
public record Problem(String file, String location, String message) {

    // a gallery's slide by its JSON index, which counts from 0 where the window's counter counts from 1
    private static final Pattern SLIDE = Pattern.compile("^\\$\\.slides\\[(\\d{1,9})]");

    /**
     * The location as a person reads it: a slide's JSON path keeps its index, for the file, and adds
     * the number the window shows for it ("$.slides[7].image (slide 8)").
     */
    public String shownLocation() {
        Matcher slide = SLIDE.matcher(location);
        return slide.find() ? location + " (slide " + (Integer.parseInt(slide.group(1)) + 1) + ")" : location;
    }

    @Override
    public String toString() {
        return location.isEmpty() ? file + ": " + message : file + ": " + shownLocation() + ": " + message;
    }
}
