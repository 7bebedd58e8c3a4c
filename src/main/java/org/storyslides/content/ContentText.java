package org.storyslides.content;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Text from a content folder, which may come from anyone: whether it can be shown safely, and how
 * to quote it inside a message.
 *
 * <p>Public because the gallery package prints content paths in its log (a picture not shown), and
 * those need {@link #shown} as much as the loader's problems do.
 */
public final class ContentText {

    /**
     * The most combining marks one character may carry. Shaping one character's marks (Pango and
     * HarfBuzz, inside JavaFX) costs far more than their number: here a letter with 10,000 of them
     * left the window blank for seconds and one with 99,999 held the JavaFX thread in pango_shape
     * for over ten minutes (elsewhere it was seen to kill the JVM). Real text (Vietnamese, Hindi,
     * Hebrew with points) carries a handful.
     */
    static final int MAX_COMBINING_MARKS = 16;

    private static final char ELLIPSIS = '…';

    private ContentText() {
    }

    /**
     * Why {@code text} cannot be displayed safely, or empty when it can. The first problem wins.
     * Positions are 1-based code-point indexes.
     */
    public static Optional<String> unsafe(String text) {
        int index = 0;
        int marks = 0;
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            index++;
            if (isCombiningMark(codePoint)) {
                if (marks == 0) {
                    runStart = index;
                }
                marks++;
                continue;
            }
            if (marks > MAX_COMBINING_MARKS) {
                return Optional.of(tooManyMarks(marks, runStart));
            }
            marks = 0;
            if (isSurrogate(codePoint)) {
                return Optional.of(format("a broken character (a lone surrogate, U+%04X) at character %,d", codePoint, index));
            }
            if (isControl(codePoint)) {
                return Optional.of(format("a control character (U+%04X) at character %,d", codePoint, index));
            }
        }
        return marks > MAX_COMBINING_MARKS ? Optional.of(tooManyMarks(marks, runStart)) : Optional.empty();
    }

    /**
     * {@code value} as it may appear inside a message printed to a terminal or shown in a window:
     * line breaks and tabs as {@code \n}, {@code \r}, {@code \t}; other control characters, bidi
     * controls, line and paragraph separators, lone surrogates and the combining marks past the
     * 16th on one character as {@code \}{@code uXXXX}; at most {@code maxCodePoints} code points
     * (an escape counts as the characters it prints), followed by "…" when cut.
     */
    public static String shown(String value, int maxCodePoints) {
        Objects.requireNonNull(value, "value");
        if (maxCodePoints < 0) {
            throw new IllegalArgumentException("maxCodePoints must not be negative: " + maxCodePoints);
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxCodePoints) + 1);
        int used = 0;
        int marks = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            marks = isCombiningMark(codePoint) ? marks + 1 : 0;
            String escape = marks > MAX_COMBINING_MARKS ? unicodeEscape(codePoint) : escape(codePoint);
            int cost = escape == null ? 1 : escape.length();
            if (used + cost > maxCodePoints) {
                return out.append(ELLIPSIS).toString();
            }
            if (escape == null) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(escape);
            }
            used += cost;
        }
        return out.toString();
    }

    /** How a character that must not appear as itself is written, or null when it may. */
    private static String escape(int codePoint) {
        switch (codePoint) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (Character.getType(codePoint) == Character.CONTROL || isBidiControl(codePoint)
                || codePoint == '\u2028' || codePoint == '\u2029' || isSurrogate(codePoint)) {
            return unicodeEscape(codePoint);
        }
        return null;
    }

    // The characters that reorder text around them (Unicode's Bidi_Control property).
    private static boolean isBidiControl(int codePoint) {
        return codePoint == '\u061C' || codePoint == '\u200E' || codePoint == '\u200F'
                || (codePoint >= '\u202A' && codePoint <= '\u202E')
                || (codePoint >= '\u2066' && codePoint <= '\u2069');
    }

    private static String unicodeEscape(int codePoint) {
        StringBuilder escape = new StringBuilder(12);
        for (char unit : Character.toChars(codePoint)) {
            escape.append(format("\\u%04X", (int) unit));
        }
        return escape.toString();
    }

    private static boolean isCombiningMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    // A surrogate that is not half of a pair: codePointAt gives such a one back by itself.
    private static boolean isSurrogate(int codePoint) {
        return Character.getType(codePoint) == Character.SURROGATE;
    }

    private static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }

    private static String tooManyMarks(int marks, int runStart) {
        return format("a character carries %,d combining marks (at most %d are allowed), at character %,d",
                marks, MAX_COMBINING_MARKS, runStart);
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
