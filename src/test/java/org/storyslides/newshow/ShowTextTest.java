package org.storyslides.newshow;

import org.junit.jupiter.api.Test;
import org.storyslides.content.ContentLimits;
import org.storyslides.content.ContentText;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Metadata text made fit for content: trimmed, no control or broken characters, within the limits. */
class ShowTextTest {

    @Test
    void aLineIsTrimmedAndItsSpacesRunTogether() {
        assertThat(ShowText.line("  a \t b\n\nc  ")).contains("a b c");
        assertThat(ShowText.line("a\u00A0\u00A0b")).contains("a b");
    }

    @Test
    void nothingOrBlankIsNoText() {
        assertThat(ShowText.line(null)).isEmpty();
        assertThat(ShowText.line(" \t\n ")).isEmpty();
        assertThat(ShowText.line("\u0000\u0007")).isEmpty();
        assertThat(ShowText.paragraphs(null)).isEmpty();
        assertThat(ShowText.paragraphs("\n \n")).isEmpty();
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreDropped() {
        assertThat(ShowText.line("a\u0000b\u001B[0mc\u007Fd\u0085e")).contains("ab[0mcde");
        assertThat(ShowText.line("x\uD800y\uDC00z")).contains("xyz");
        assertThat(ShowText.line("pair \uD83D\uDCF7 kept")).contains("pair \uD83D\uDCF7 kept");
    }

    @Test
    void aLetterKeepsSixteenCombiningMarks() {
        String marked = "e" + "\u0301".repeat(40) + "f" + "\u0301".repeat(3);
        String cleaned = ShowText.line(marked).orElseThrow();
        assertThat(cleaned).isEqualTo("e" + "\u0301".repeat(ShowText.MAX_MARKS) + "f" + "\u0301".repeat(3));
        assertThat(ContentText.unsafe(cleaned)).isEmpty();
        assertThat(ShowText.line("\u0301".repeat(17) + " " + "\u0301".repeat(17)).orElseThrow())
                .as("a space starts the count again").hasSize(2 * ShowText.MAX_MARKS + 1);
    }

    @Test
    void aLineIsCutAtItsLimitNeverInsideAPair() {
        assertThat(ShowText.line("abcdef", 4)).contains("abcd");
        assertThat(ShowText.line("abc\uD83D\uDCF7", 4)).contains("abc");
        assertThat(ShowText.line("abc\uD83D\uDCF7", 5)).contains("abc\uD83D\uDCF7");
        assertThat(ShowText.line("x".repeat(1 << 20)).orElseThrow()).hasSize(ContentLimits.MAX_TEXT_CHARS);
    }

    @Test
    void aCaptionIsAParagraphALine() {
        assertThat(ShowText.paragraphs("One.\r\nTwo.\rThree.\nFour.\u2028Five.\u2029Six.\n\n  \nSeven. "))
                .containsExactly("One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.");
    }

    @Test
    void aCaptionsParagraphsShareTheTextLimit() {
        String line = "y".repeat(60_000);
        List<String> paragraphs = ShowText.paragraphs(line + "\n" + line + "\n" + line);
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0)).hasSize(60_000);
        assertThat(paragraphs.get(1)).hasSize(ContentLimits.MAX_TEXT_CHARS - 60_000);
        assertThat(ShowText.paragraphs("z".repeat(ContentLimits.MAX_TEXT_CHARS) + "\nmore")).hasSize(1);
    }
}
