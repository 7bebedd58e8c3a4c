package org.storyslides.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines no wider than a measure, greedily: as many words on a line as fit.
 * PDFBox sets a line where it is told and never wraps, so the handout breaks its own lines, measured
 * with the font's own widths. A word wider than the line by itself is broken between its characters
 * (a URL in a caption, a hostile 10,000-letter word), so no line ever runs off the page.
 */
final class LineBreaker {

    /** The width of a text as it will be set. */
    @FunctionalInterface
    interface Measure {
        float width(String text);
    }

    private final Measure measure;

    LineBreaker(Measure measure) {
        this.measure = measure;
    }

    /**
     * The lines of {@code text}, each at most {@code maxWidth} wide (but for a single character wider than
     * the line, which is a line by itself). Runs of white space count as one space and are never at a line's
     * start or end; a text of white space alone has no lines.
     */
    List<String> lines(String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String joined = line.isEmpty() ? word : line + " " + word;
            if (measure.width(joined) <= maxWidth) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            // a word too long for a line of its own: as many characters a line as fit
            while (measure.width(line) > maxWidth) {
                int cut = longestFit(line, maxWidth);
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** How many chars of {@code word} fit in {@code maxWidth}: at least one code point (or nothing would move on), never half a pair. */
    private int longestFit(String word, float maxWidth) {
        int fit = word.offsetByCodePoints(0, 1);
        while (fit < word.length()) {
            int next = word.offsetByCodePoints(fit, 1);
            if (measure.width(word.substring(0, next)) > maxWidth) {
                break;
            }
            fit = next;
        }
        return fit;
    }
}
