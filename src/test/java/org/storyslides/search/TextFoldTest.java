package org.storyslides.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldTest {

    @Test
    void lowerCasesPlainText() {
        assertThat(TextFold.fold("Jim MATTIS")).isEqualTo("jim mattis");
    }

    @Test
    void dropsAccentsSoAnUnaccentedWordFindsAnAccentedOne() {
        assertThat(TextFold.fold("González, Čapek, Ångström, naïve")).isEqualTo("gonzalez, capek, angstrom, naive");
    }

    @Test
    void spellsLettersWithoutADecompositionAsTheyAreTyped() {
        assertThat(TextFold.fold("Søren Łukasz Straße Æsir Œuvre Đorđe ı")).isEqualTo("soren lukasz strasse aesir oeuvre dorde i");
    }

    @Test
    void readsTypographicQuotesAsPlainOnes() {
        assertThat(TextFold.fold("\u2018Mad Dog\u2019 said \u201Cno\u201D")).isEqualTo("'mad dog' said \"no\"");
    }

    @Test
    void readsAnyWhiteSpaceAsASpace() {
        assertThat(TextFold.fold("a\nb\tc\u00A0d\u2028e")).isEqualTo("a b c d e");
        assertThat(TextFold.fold("A\nB")).isEqualTo("a b");
    }

    @Test
    void decomposesCompatibilityForms() {
        assertThat(TextFold.fold("\uFB01ve")).isEqualTo("five"); // the "fi" ligature
    }

    @Test
    void anAccentWrittenAfterItsLetterFoldsAsAPrecomposedOneDoes() {
        assertThat(TextFold.fold("Gonza\u0301lez")).isEqualTo(TextFold.fold("Gonz\u00E1lez")).isEqualTo("gonzalez");
        assertThat(TextFold.fold("\u0301")).isEmpty();
    }

    @Test
    void aMatchEndingOnALetterEndsAfterTheAccentsOnIt() {
        TextFold.Folded folded = TextFold.folded("Gonza\u0301\u0327lez");
        assertThat(folded.text()).isEqualTo("gonzalez");
        assertThat(folded.end(5)).isEqualTo(7); // "gonza" ends after both marks on the a
        assertThat(folded.start(5)).isEqualTo(7); // the l
        assertThat(folded.end(8)).isEqualTo(10);
    }

    @Test
    void foldsTextOutsideTheBasicPlaneWithoutSplittingIt() {
        assertThat(TextFold.fold("A\uD83D\uDE00B")).isEqualTo("a\uD83D\uDE00b");
    }

    @Test
    void foldedTextMapsEachCharBackToWhereItCameFrom() {
        TextFold.Folded folded = TextFold.folded("Straße Né");
        assertThat(folded.text()).isEqualTo("strasse ne");
        // "ss" both come from the ß at 4
        assertThat(folded.start(4)).isEqualTo(4);
        assertThat(folded.start(5)).isEqualTo(4);
        assertThat(folded.start(6)).isEqualTo(5);
        assertThat(folded.start(8)).isEqualTo(7);
        assertThat(folded.end(10)).isEqualTo(9);
        assertThat(folded.end(0)).isZero();
    }

    @Test
    void aMatchEndingInACharOutsideTheBasicPlaneEndsAfterBothItsHalves() {
        TextFold.Folded folded = TextFold.folded("x\uD83D\uDE00y");
        assertThat(folded.end(3)).isEqualTo(3); // x + both halves of the emoji
        assertThat(folded.start(3)).isEqualTo(3);
        assertThat(folded.end(4)).isEqualTo(4);
    }

    @Test
    void foldedTextLongerThanTheOriginalMapsBackToo() {
        TextFold.Folded folded = TextFold.folded("\u00DF\u00DF\u00DF\u00DFx");
        assertThat(folded.text()).isEqualTo("ssssssssx");
        assertThat(folded.start(7)).isEqualTo(3);
        assertThat(folded.start(8)).isEqualTo(4);
        assertThat(folded.end(9)).isEqualTo(5);
    }

    @Test
    void theFastAndTheMappedFoldAgree() {
        for (String text : new String[]{"Plain ASCII Text", "Tab\tand\nline", "Ünïcödé ß", ""}) {
            assertThat(TextFold.folded(text).text()).isEqualTo(TextFold.fold(text));
        }
    }
}
