package org.storyslides.handout;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The handout's own line breaking, measured here in whole units so every width is exact. */
class LineBreakerTest {

    // every character one unit wide, but for 'm' (3) and 'i' (0.5): widths as a proportional font has them
    private final LineBreaker breaker = new LineBreaker(text -> (float) text.chars()
            .mapToDouble(c -> c == 'm' ? 3 : c == 'i' ? 0.5 : 1).sum());
    private final LineBreaker monospace = new LineBreaker(text -> text.codePointCount(0, text.length()));

    @Test
    void putsAsManyWordsOnALineAsFit() {
        assertThat(monospace.lines("the quick brown fox jumps over the lazy dog", 15))
                .containsExactly("the quick brown", "fox jumps over", "the lazy dog");
    }

    @Test
    void aLineExactlyAsWideAsTheMeasureFits() {
        assertThat(monospace.lines("abcde fghij", 11)).containsExactly("abcde fghij");
        assertThat(monospace.lines("abcde fghij", 10.99f)).containsExactly("abcde", "fghij");
    }

    @Test
    void measuresWithTheFontsOwnWidths() {
        // "mm mm" is 3+3+1+3+3 = 13 wide: over 12, so two lines; "ii ii ii" is 0.5 * 6 + 2 = 5
        assertThat(breaker.lines("mm mm", 12)).containsExactly("mm", "mm");
        assertThat(breaker.lines("mm mm", 13)).containsExactly("mm mm");
        assertThat(breaker.lines("ii ii ii", 5)).containsExactly("ii ii ii");
    }

    @Test
    void aWordLongerThanTheLineIsBrokenBetweenItsCharacters() {
        assertThat(monospace.lines("a abcdefghijkl b", 5)).containsExactly("a", "abcde", "fghij", "kl b");
    }

    @Test
    void aCharacterWiderThanTheLineStillMovesOn() {
        assertThat(breaker.lines("mmm", 2)).containsExactly("m", "m", "m");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        List<String> lines = monospace.lines(emoji.repeat(5), 2);
        assertThat(lines).containsExactly(emoji.repeat(2), emoji.repeat(2), emoji);
    }

    @Test
    void whiteSpaceRunsAreOneSpaceAndNeverAtALinesEnds() {
        assertThat(monospace.lines("  one \t two\n\nthree  ", 7)).containsExactly("one two", "three");
    }

    @Test
    void anEmptyOrBlankParagraphHasNoLines() {
        assertThat(monospace.lines("", 10)).isEmpty();
        assertThat(monospace.lines(" \n\t ", 10)).isEmpty();
    }

    @Test
    void noLineIsWiderThanTheMeasureAndNoWordCouldHaveGoneUp() {
        String text = "Mattis has often talked to Marine leaders about staying sharp, and the dream world he mentioned is a "
                + "reference to a complacent attitude, one that can cost lives if troops are not vigilant.";
        float width = 40;
        List<String> lines = breaker.lines(text, width);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(width(lines.get(i))).isLessThanOrEqualTo(width);
            if (i + 1 < lines.size()) {
                String nextWord = lines.get(i + 1).split(" ")[0];
                assertThat(width(lines.get(i) + " " + nextWord)).as("greedy: the next word did not fit").isGreaterThan(width);
            }
        }
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    private static double width(String text) {
        return text.chars().mapToDouble(c -> c == 'm' ? 3 : c == 'i' ? 0.5 : 1).sum();
    }
}
