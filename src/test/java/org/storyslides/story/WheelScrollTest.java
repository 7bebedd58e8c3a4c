package org.storyslides.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The story's wheel step: three lines a notch, from where it is going, never past either end. */
class WheelScrollTest {

    private static final double LINE = 26;

    @Test
    void aNotchDownMovesThreeLinesTowardsTheEnd() {
        assertThat(WheelScroll.target(100, -1, LINE, 5000)).isEqualTo(100 + 3 * LINE);
    }

    @Test
    void aNotchUpMovesThreeLinesTowardsTheTop() {
        assertThat(WheelScroll.target(500, 1, LINE, 5000)).isEqualTo(500 - 3 * LINE);
    }

    @Test
    void aPartNotchMovesItsShareOfThreeLines() {
        assertThat(WheelScroll.target(500, -0.5, LINE, 5000)).isCloseTo(500 + 1.5 * LINE, within(1e-9));
    }

    @Test
    void itStopsAtTheTopAndAtTheEnd() {
        assertThat(WheelScroll.target(20, 2, LINE, 5000)).isZero();
        assertThat(WheelScroll.target(4990, -2, LINE, 5000)).isEqualTo(5000);
        assertThat(WheelScroll.target(5000, -1, LINE, 5000)).isEqualTo(5000);
    }

    @Test
    void aStoryThatFitsDoesNotMove() {
        assertThat(WheelScroll.target(0, -1, LINE, 0)).isZero();
        assertThat(WheelScroll.target(40, -1, LINE, -10)).isZero();
    }

    @Test
    void notchesFromAGlideStillUnderWayAddUp() {
        double first = WheelScroll.target(0, -1, LINE, 5000);
        assertThat(WheelScroll.target(first, -1, LINE, 5000)).isEqualTo(6 * LINE);
    }
}
