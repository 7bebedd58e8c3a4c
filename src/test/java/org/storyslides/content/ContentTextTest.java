package org.storyslides.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Content text that cannot be shown safely, and content quoted inside messages. */
class ContentTextTest {

    private static final String ACUTE = "\u0301"; // a combining mark (Mn)

    private static String marks(int count) {
        return ACUTE.repeat(count);
    }

    // --- unsafe

    @Test
    void ordinaryTextIsSafe() {
        assertThat(ContentText.unsafe("Caf\u00E9 \u00AB quoted \u00BB, tab\tline\nreturn\r, \uD83D\uDE00 and \u0928\u093F"))
                .isEmpty();
        assertThat(ContentText.unsafe("")).isEmpty();
    }

    @Test
    void sixteenCombiningMarksOnOneCharacterAreSafe() {
        assertThat(ContentText.unsafe("a" + marks(16))).isEmpty();
    }

    @Test
    void seventeenCombiningMarksOnOneCharacterAreNamedAtTheFirstMark() {
        assertThat(ContentText.unsafe("a" + marks(17)))
                .hasValue("a character carries 17 combining marks (at most 16 are allowed), at character 2");
    }

    @Test
    void aHundredThousandCombiningMarksAreCountedWhole() {
        assertThat(ContentText.unsafe("a" + marks(100_000)))
                .hasValue("a character carries 100,000 combining marks (at most 16 are allowed), at character 2");
    }

    @Test
    void tooManyMarksInTheMiddleOfTheTextAreNamedWhereTheyStart() {
        assertThat(ContentText.unsafe("ok a" + marks(20) + " and more"))
                .hasValue("a character carries 20 combining marks (at most 16 are allowed), at character 5");
    }

    @Test
    void marksWithoutABaseCharacterAtTheStartCountToo() {
        assertThat(ContentText.unsafe(marks(17) + "a"))
                .hasValue("a character carries 17 combining marks (at most 16 are allowed), at character 1");
    }

    @Test
    void eachCharacterCarriesItsOwnMarks() {
        assertThat(ContentText.unsafe("a" + marks(16) + "b" + marks(16) + "c" + marks(16))).isEmpty();
    }

    @Test
    void spacingAndEnclosingMarksAndMarksOutsideTheBasicPlaneCountAsMarks() {
        // U+0903 is a spacing mark (Mc), U+20DD an enclosing one (Me), U+1D167 a musical mark (Mn)
        String mixed = "\u0903".repeat(6) + "\u20DD".repeat(6) + "\uD834\uDD67".repeat(5);
        assertThat(ContentText.unsafe("a" + mixed + "\u20DD"))
                .hasValue("a character carries 18 combining marks (at most 16 are allowed), at character 2");
    }

    @Test
    void aControlCharacterIsNamedWithItsPosition() {
        assertThat(ContentText.unsafe("red \u001B[31m")).hasValue("a control character (U+001B) at character 5");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x0000, 0x0008, 0x000B, 0x000C, 0x001F, 0x007F, 0x0080, 0x0085, 0x009F})
    void everyControlCharacterButTabAndLineBreaksIsUnsafe(int control) {
        assertThat(ContentText.unsafe("x" + (char) control))
                .hasValue(String.format("a control character (U+%04X) at character 2", control));
    }

    @Test
    void positionsCountCodePointsNotUtf16Units() {
        assertThat(ContentText.unsafe("\uD83D\uDE00\uD83D\uDE00\u0007")).hasValue("a control character (U+0007) at character 3");
    }

    @Test
    void aLoneHighSurrogateIsABrokenCharacter() {
        assertThat(ContentText.unsafe("ab\uD800c")).hasValue("a broken character (a lone surrogate, U+D800) at character 3");
    }

    @Test
    void aLoneLowSurrogateIsABrokenCharacter() {
        assertThat(ContentText.unsafe("\uDC00")).hasValue("a broken character (a lone surrogate, U+DC00) at character 1");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsNotMistakenForASurrogate() {
        // U+1D800 (SignWriting) ends in D800 when cut to 16 bits
        assertThat(ContentText.unsafe("\uD836\uDC00")).isEmpty();
    }

    @Test
    void theFirstProblemWins() {
        assertThat(ContentText.unsafe("a\u0007\uD800")).hasValue("a control character (U+0007) at character 2");
        assertThat(ContentText.unsafe("a\uD800\u0007")).hasValue("a broken character (a lone surrogate, U+D800) at character 2");
        assertThat(ContentText.unsafe("a" + marks(17) + "\u0007"))
                .hasValue("a character carries 17 combining marks (at most 16 are allowed), at character 2");
    }

    // --- shown

    @Test
    void ordinaryTextIsShownAsItIs() {
        assertThat(ContentText.shown("images/caf\u00E9 \uD83D\uDE00.png", 40)).isEqualTo("images/caf\u00E9 \uD83D\uDE00.png");
        assertThat(ContentText.shown("C:\\no\\escape", 40)).isEqualTo("C:\\no\\escape");
    }

    @Test
    void lineBreaksAndTabsAreShownEscapedSoTheyCannotForgeLines() {
        assertThat(ContentText.shown("a.png\nstory.json: fine\r\tx", 80)).isEqualTo("a.png\\nstory.json: fine\\r\\tx");
    }

    @Test
    void controlCharactersAreShownAsUnicodeEscapesSoTheyNeverReachTheTerminal() {
        assertThat(ContentText.shown("\u001B[31mred\u0000\u007F\u0085\u009B", 80))
                .isEqualTo("\\u001B[31mred\\u0000\\u007F\\u0085\\u009B");
    }

    @Test
    void bidiControlsAndLineSeparatorsAreShownEscaped() {
        String bidi = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029";
        assertThat(ContentText.shown(bidi, 200)).isEqualTo(
                "\\u061C\\u200E\\u200F\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069\\u2028\\u2029");
    }

    @Test
    void theirNeighboursAreShownAsTheyAre() {
        String neighbours = "\u061B\u061D\u200D\u2027\u2030\u2065\u206A\u202F"; // ZWJ stays: emoji sequences need it
        assertThat(ContentText.shown(neighbours, 200)).isEqualTo(neighbours);
    }

    @Test
    void loneSurrogatesAreShownEscaped() {
        assertThat(ContentText.shown("a\uD800b\uDFFF", 40)).isEqualTo("a\\uD800b\\uDFFF");
    }

    @Test
    void marksPastTheSixteenthOnOneCharacterAreShownEscaped() {
        assertThat(ContentText.shown("a" + marks(18) + "b" + marks(16), 200))
                .isEqualTo("a" + marks(16) + "\\u0301\\u0301b" + marks(16));
        assertThat(ContentText.shown("a" + marks(16) + "\uD834\uDD67", 200))
                .isEqualTo("a" + marks(16) + "\\uD834\\uDD67");
    }

    @Test
    void aLongValueIsCutAfterTheLimitWithAnEllipsis() {
        assertThat(ContentText.shown("abcdef", 3)).isEqualTo("abc\u2026");
        assertThat(ContentText.shown("abcd", 3)).isEqualTo("abc\u2026");
    }

    @Test
    void aValueThatFitsExactlyIsNotCut() {
        assertThat(ContentText.shown("abc", 3)).isEqualTo("abc");
        assertThat(ContentText.shown("", 0)).isEmpty();
        assertThat(ContentText.shown("a", 0)).isEqualTo("\u2026");
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        assertThat(ContentText.shown("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2)).isEqualTo("\uD83D\uDE00\uD83D\uDE00\u2026");
    }

    @Test
    void anEscapeCountsAsTheCharactersItPrintsAndIsNeverCutInTwo() {
        assertThat(ContentText.shown("a\u001Bb", 7)).isEqualTo("a\\u001B\u2026");
        assertThat(ContentText.shown("a\u001Bb", 6)).isEqualTo("a\u2026");
        assertThat(ContentText.shown("a\u001B", 7)).isEqualTo("a\\u001B");
        assertThat(ContentText.shown("\n\n\n", 5)).isEqualTo("\\n\\n\u2026");
        assertThat(ContentText.shown("\n\n\n", 6)).isEqualTo("\\n\\n\\n");
    }

    @Test
    void theResultIsBoundedWhateverTheValue() {
        String shown = ContentText.shown("\u001B".repeat(1_000_000), 40);
        assertThat(shown).isEqualTo("\\u001B".repeat(6) + "\u2026");
        assertThat(ContentText.shown("x".repeat(1_000_000), 40)).hasSize(41);
    }

    @Test
    void aNegativeLimitIsAMistakeOfTheCaller() {
        assertThatThrownBy(() -> ContentText.shown("a", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContentText.shown(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
