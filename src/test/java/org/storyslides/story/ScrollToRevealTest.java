package org.storyslides.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A story 2000 px tall in a 500 px viewport: it scrolls 1500 px, so vvalue 0.2 is an offset of 300. */
class ScrollToRevealTest {

    private static final double CONTENT = 2000;
    private static final double VIEWPORT = 500;
    private static final double MARGIN = ScrollToReveal.MARGIN;

    private static double offsetFor(double top, double bottom, double vvalue) {
        return ScrollToReveal.vvalue(top, bottom, CONTENT, VIEWPORT, vvalue) * (CONTENT - VIEWPORT);
    }

    @Test
    void aChildWholeOnScreenKeepsThePosition() {
        assertThat(ScrollToReveal.vvalue(350, 700, CONTENT, VIEWPORT, 0.2)).isEqualTo(0.2);
        assertThat(ScrollToReveal.vvalue(300, 800, CONTENT, VIEWPORT, 0.2)).as("edge to edge").isEqualTo(0.2);
    }

    @Test
    void aChildBelowComesUpUntilItsBottomIsAMarginAboveTheViewportsBottom() {
        assertThat(offsetFor(1200, 1400, 0.2)).isCloseTo(1400 + MARGIN - VIEWPORT, within(1e-9));
    }

    @Test
    void aChildCutByTheViewportsBottomComesUpJustAsFar() {
        assertThat(offsetFor(700, 900, 0.2)).isCloseTo(900 + MARGIN - VIEWPORT, within(1e-9));
    }

    @Test
    void aChildAboveComesDownUntilItsTopIsAMarginBelowTheViewportsTop() {
        assertThat(offsetFor(100, 250, 0.2)).isCloseTo(100 - MARGIN, within(1e-9));
        assertThat(offsetFor(250, 400, 0.2)).as("cut by the top").isCloseTo(250 - MARGIN, within(1e-9));
    }

    @Test
    void aChildTallerThanTheViewportShowsFromItsTop() {
        assertThat(offsetFor(1000, 1600, 0.0)).isCloseTo(1000 - MARGIN, within(1e-9));
    }

    @Test
    void thePositionStaysWithinTheContent() {
        assertThat(ScrollToReveal.vvalue(5, 100, CONTENT, VIEWPORT, 0.5)).as("near the top").isEqualTo(0);
        assertThat(ScrollToReveal.vvalue(1900, 1995, CONTENT, VIEWPORT, 0.0)).as("near the end").isEqualTo(1);
    }

    @Test
    void contentThatFitsTheViewportIsNotScrolled() {
        assertThat(ScrollToReveal.vvalue(300, 450, 480, VIEWPORT, 0.0)).isEqualTo(0.0);
    }

    @Test
    void contentExactlyAsTallAsTheViewportIsNotScrolled() {
        assertThat(ScrollToReveal.vvalue(300, 520, VIEWPORT, VIEWPORT, 0.3)).isEqualTo(0.3);
    }

    @Test
    void aChildOnePixelOverAnEdgeIsBroughtIn() {
        assertThat(offsetFor(299, 700, 0.2)).as("a pixel above the top").isCloseTo(299 - MARGIN, within(1e-9));
        assertThat(offsetFor(350, 801, 0.2)).as("a pixel below the bottom").isCloseTo(801 + MARGIN - VIEWPORT, within(1e-9));
    }

    @Test
    void aChildBelowAsTallAsTheViewportLessItsMarginsShowsWhole() {
        double tall = VIEWPORT - 2 * MARGIN;
        assertThat(offsetFor(1000, 1000 + tall, 0.0)).isCloseTo(1000 - MARGIN, within(1e-9));
        assertThat(offsetFor(1000, 1480, 0.0)).as("taller than that, shorter than the viewport: from its top")
                .isCloseTo(1000 - MARGIN, within(1e-9));
        assertThat(offsetFor(1000, 1000 + tall - 10, 0.0)).as("shorter: its bottom a margin above the viewport's")
                .isCloseTo(1000 + tall - 10 + MARGIN - VIEWPORT, within(1e-9));
    }
}
