package org.storyslides.handout;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PaperSizeTest {

    @Test
    void letterWhereTheCountryUsesItElseA4() {
        assertThat(PaperSize.of(Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.of(Locale.CANADA_FRENCH)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.of(new Locale("es", "MX"))).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.of(new Locale("en", "PH"))).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.of(Locale.UK)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.of(Locale.GERMANY)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.of(Locale.ENGLISH)).as("no country: the world's usual paper").isEqualTo(PaperSize.A4);
    }

    @Test
    void namedOnTheCommandLineInAnyCase() {
        assertThat(PaperSize.named("a4")).contains(PaperSize.A4);
        assertThat(PaperSize.named("Letter")).contains(PaperSize.LETTER);
        assertThat(PaperSize.named("legal")).isEmpty();
    }

    @Test
    void sizesInPoints() {
        assertThat(Math.round(PaperSize.A4.width())).isEqualTo(595);
        assertThat(Math.round(PaperSize.A4.height())).isEqualTo(842);
        assertThat(PaperSize.LETTER.width()).isEqualTo(612);
        assertThat(PaperSize.LETTER.height()).isEqualTo(792);
    }
}
