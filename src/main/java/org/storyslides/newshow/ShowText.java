package org.storyslides.newshow;

import org.storyslides.content.ContentLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text from a photo's metadata made fit for a content folder. Anyone may have written it, so it is
 * taken as hostile: lines are trimmed, control characters and broken characters (lone surrogates)
 * dropped, a letter keeps at most {@value #MAX_MARKS} combining marks (as the loader allows,
 * ContentText), and a text is cut at {@link ContentLimits#MAX_TEXT_CHARS} characters. What is left
 * blank is no text at all.
 */
final class ShowText {

    /** The combining marks one letter may carry in content (ContentText.MAX_COMBINING_MARKS). */
    static final int MAX_MARKS = 16;

    private ShowText() {
    }

    /** A caption's paragraphs: one per line of {@code raw}, each cleaned; blank lines dropped; all of them within the text limit together. */
    static List<String> paragraphs(String raw) {
        List<String> paragraphs = new ArrayList<>();
        if (raw == null) {
            return paragraphs;
        }
        int left = ContentLimits.MAX_TEXT_CHARS;
        for (String line : raw.split("\r\n|\r|\n|\u2028|\u2029", -1)) {
            Optional<String> cleaned = line(line, left);
            if (cleaned.isPresent()) {
                paragraphs.add(cleaned.get());
                left -= cleaned.get().length();
                if (left <= 0) {
                    break;
                }
            }
        }
        return paragraphs;
    }

    /** One line of text (a headline, a credit): line breaks and tabs as spaces, runs of spaces as one, cleaned; empty when nothing is left. */
    static Optional<String> line(String raw) {
        return line(raw, ContentLimits.MAX_TEXT_CHARS);
    }

    /** As {@link #line(String)}, at most {@code maxChars} characters (never half a pair). */
    static Optional<String> line(String raw, int maxChars) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), maxChars));
        int marks = 0;
        for (int i = 0; i < raw.length(); ) {
            int codePoint = raw.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                marks = 0;
                continue;
            }
            if (type == Character.CONTROL || type == Character.SURROGATE) {
                continue;
            }
            if (isMark(type)) {
                marks++;
                if (marks > MAX_MARKS) {
                    continue;
                }
            } else {
                marks = 0;
            }
            if (out.length() + Character.charCount(codePoint) > maxChars) {
                break;
            }
            out.appendCodePoint(codePoint);
        }
        String text = out.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
