package org.storyslides.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the bundled fonts can set, and what stands in for the rest. */
class HandoutFontsTest {

    @Test
    void charactersTheFontLacksBecomeAVisibleStandIn() throws Exception {
        try (PDDocument document = new PDDocument()) {
            HandoutFonts fonts = new HandoutFonts(document);
            assertThat(fonts.printable(HandoutStyle.CAPTION, "Caf\u00e9 \u2014 \u201cquoted\u201d \u2026"))
                    .as("Latin, punctuation: all there").isEqualTo("Caf\u00e9 \u2014 \u201cquoted\u201d \u2026");
            assertThat(fonts.printable(HandoutStyle.CAPTION, "a\u0007b\u001b[31m")).isEqualTo("a?b?[31m");
            assertThat(fonts.printable(HandoutStyle.CAPTION, "\u4e2d\u6587\uD83D\uDE00")).isEqualTo("???");
            assertThat(fonts.printable(HandoutStyle.CAPTION, "tab\there\nnew\u00a0line")).isEqualTo("tab here new line");
            assertThat(fonts.printable(HandoutStyle.CAPTION, "soft\u00adhyphen \u202eevil\u202c")).isEqualTo("softhyphen evil");
            String safe = fonts.printable(HandoutStyle.FOOTER, "\u4e2d x");
            assertThat(fonts.width(HandoutStyle.FOOTER, safe)).as("a printable text measures").isPositive();
        }
    }

    @Test
    void widthsAreTheFontsOwnAtTheStylesSize() throws Exception {
        try (PDDocument document = new PDDocument()) {
            HandoutFonts fonts = new HandoutFonts(document);
            float size = HandoutStyle.PARAGRAPH.size;
            float expected = fonts.font(HandoutStyle.PARAGRAPH).getStringWidth("Mattis") / 1000 * size;
            assertThat(fonts.width(HandoutStyle.PARAGRAPH, "Mattis")).isEqualTo(expected).isBetween(2.5f * size, 4f * size);
            assertThat(fonts.width(HandoutStyle.PARAGRAPH, "MM")).isGreaterThan(fonts.width(HandoutStyle.PARAGRAPH, "ii"));
        }
    }
}
