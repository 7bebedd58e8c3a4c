package org.storyslides.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text as search compares it: lower case, without accents ("González" reads "gonzalez"), typographic
 * quotes as plain ones, and the letters that have no decomposition spelled as a reader types them
 * ("ø" as "o", "ß" as "ss"), and any white space as a space. Each code point folds on its own, so a match in folded text maps back to
 * the original text for highlighting ({@link Folded#start}).
 */
final class TextFold {

    private TextFold() {
    }

    /** The folded text (what is searched). */
    static String fold(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // most text: no decomposition needed
        }
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> folded.append(foldCodePoint(codePoint)));
        return folded.toString();
    }

    /** The folded text with, for each of its chars, where it came from in the original. */
    static Folded folded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 1];
        int length = 0;
        for (int at = 0; at < text.length(); ) {
            int codePoint = text.codePointAt(at);
            String piece = foldCodePoint(codePoint);
            for (int i = 0; i < piece.length(); i++) {
                if (length == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[length++] = at;
            }
            folded.append(piece);
            at += Character.charCount(codePoint);
        }
        starts = Arrays.copyOf(starts, length + 1);
        starts[length] = text.length();
        return new Folded(folded.toString(), starts, text);
    }

    /**
     * Folded text and the way back.
     *
     * @param starts for each folded char, the index in the original of the char it came from; one more at
     *               the end: the original's length
     */
    record Folded(String text, int[] starts, String original) {

        /** Where folded index {@code folded} begins in the original. */
        int start(int folded) {
            return starts[folded];
        }

        /**
         * Where a match ending before folded index {@code foldedEnd} ends in the original: after the last char it
         * came from and the marks on it (a highlight never parts a letter from its accent).
         */
        int end(int foldedEnd) {
            if (foldedEnd == 0) {
                return 0;
            }
            int last = starts[foldedEnd - 1];
            int end = last + Character.charCount(original.codePointAt(last));
            while (end < original.length() && isMark(original.codePointAt(end))) {
                end += Character.charCount(original.codePointAt(end));
            }
            return end;
        }
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c < 0x20) {
                return false;
            }
        }
        return true;
    }

    private static String foldCodePoint(int codePoint) {
        if (codePoint < 0x80) {
            // a line break or a tab reads as a space: a phrase matches however the text was wrapped
            return Character.isWhitespace(codePoint) ? " " : String.valueOf((char) Character.toLowerCase(codePoint));
        }
        String special = spelled(codePoint);
        if (special != null) {
            return special;
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(c -> {
            String again = spelled(c);
            kept.append(again != null ? again : Character.toString(c).toLowerCase(Locale.ROOT));
        });
        // a mark on its own (an accent typed after its letter, as macOS writes names) goes as a precomposed
        // letter's does: "Gonza\u0301lez" reads "gonzalez" too
        return kept.toString();
    }

    /** Letters and marks a reader types differently, which no Unicode decomposition turns into plain ones. */
    private static String spelled(int codePoint) {
        return switch (codePoint) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> "\"";
            case '\u00A0', '\u2028', '\u2029' -> " ";
            case '\u00DF' -> "ss";
            case '\u00C6', '\u00E6' -> "ae";
            case '\u0152', '\u0153' -> "oe";
            case '\u00D8', '\u00F8' -> "o";
            case '\u0141', '\u0142' -> "l";
            case '\u0110', '\u0111' -> "d";
            case '\u0131' -> "i";
            default -> null;
        };
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
