package org.storyslides.app;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {

    /** A primary screen away from the origin (a panel on the left and a bar on top), so offsets show. */
    static final Rectangle2D PRIMARY = new Rectangle2D(100, 40, 1820, 1040);
    /** A bigger second screen to the primary's right. */
    static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 2560, 1440);
    static final List<Rectangle2D> TWO_SCREENS = List.of(PRIMARY, RIGHT);

    private static Rectangle2D place(Rectangle2D remembered, List<Rectangle2D> screens) {
        return WindowPlacement.place(Optional.of(remembered), screens);
    }

    @Test
    void nothingRememberedOpensTheDefaultSizeCentredOnThePrimaryScreen() {
        assertThat(WindowPlacement.place(Optional.empty(), TWO_SCREENS))
                .isEqualTo(new Rectangle2D(100 + (1820 - 1280) / 2.0, 40 + (1040 - 720) / 2.0, 1280, 720));
    }

    @Test
    void nothingRememberedOnAScreenSmallerThanTheDefaultFillsThatScreen() {
        Rectangle2D netbook = new Rectangle2D(0, 24, 1024, 576);
        assertThat(WindowPlacement.place(Optional.empty(), List.of(netbook))).isEqualTo(netbook);
    }

    @Test
    void aRememberedWindowThatFitsOpensExactlyWhereItWas() {
        Rectangle2D window = new Rectangle2D(300, 200, 1100, 700);
        assertThat(place(window, TWO_SCREENS)).isEqualTo(window);
    }

    @Test
    void aHugeRememberedWindowIsCutDownToItsScreen() {
        // window.width=1e9 in the settings file: the window the toolkit would give is 32767 wide
        assertThat(place(new Rectangle2D(100, 40, 1e9, 1e9), List.of(PRIMARY))).isEqualTo(PRIMARY);
    }

    @Test
    void aRememberedWindowTooSmallForTheLayoutGrowsToTheMinimum() {
        assertThat(place(new Rectangle2D(300, 200, 400, 300), TWO_SCREENS))
                .isEqualTo(new Rectangle2D(300, 200, 880, 560));
    }

    @Test
    void onAScreenSmallerThanTheMinimumTheWindowFillsTheScreen() {
        Rectangle2D tiny = new Rectangle2D(0, 0, 800, 500);
        assertThat(place(new Rectangle2D(0, 0, 900, 600), List.of(tiny))).isEqualTo(tiny);
    }

    @Test
    void aWindowHangingOffTheTopLeftIsMovedOntoTheScreen() {
        assertThat(place(new Rectangle2D(-500, -300, 1100, 700), List.of(PRIMARY)))
                .isEqualTo(new Rectangle2D(100, 40, 1100, 700));
    }

    @Test
    void aWindowHangingOffTheBottomRightIsMovedOntoTheScreen() {
        assertThat(place(new Rectangle2D(1500, 900, 1100, 700), List.of(PRIMARY)))
                .isEqualTo(new Rectangle2D(1920 - 1100, 1080 - 700, 1100, 700));
    }

    @Test
    void aWindowAcrossTwoScreensGoesWhollyOntoTheOneItCoversMost() {
        // 300 wide on the primary, 800 on the right one
        assertThat(place(new Rectangle2D(1620, 100, 1100, 700), TWO_SCREENS))
                .isEqualTo(new Rectangle2D(1920, 100, 1100, 700));
        // 800 on the primary, 300 on the right one
        assertThat(place(new Rectangle2D(1120, 100, 1100, 700), TWO_SCREENS))
                .isEqualTo(new Rectangle2D(1920 - 1100, 100, 1100, 700));
    }

    @Test
    void theMostCoveredScreenIsChosenByAreaNotByListOrder() {
        Rectangle2D left = new Rectangle2D(-1920, 0, 1920, 1080);
        // covers 100 x 700 of the primary and 900 x 700 of the screen on its left
        assertThat(place(new Rectangle2D(-900, 100, 1100, 700), List.of(PRIMARY, left)))
                .isEqualTo(new Rectangle2D(-1100, 100, 1100, 700));
    }

    @Test
    void aWindowCoveringTwoScreensEquallyGoesToTheEarlierOne() {
        Rectangle2D first = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D second = new Rectangle2D(1920, 0, 1920, 1080);
        assertThat(place(new Rectangle2D(1370, 100, 1100, 700), List.of(first, second)))
                .isEqualTo(new Rectangle2D(1920 - 1100, 100, 1100, 700));
        assertThat(place(new Rectangle2D(1370, 100, 1100, 700), List.of(second, first)))
                .isEqualTo(new Rectangle2D(1920, 100, 1100, 700));
    }

    @Test
    void aWindowOnAScreenUnpluggedSinceOpensAsIfNothingWereRemembered() {
        assertThat(place(new Rectangle2D(-90_000, -90_000, 900, 600), TWO_SCREENS))
                .isEqualTo(WindowPlacement.place(Optional.empty(), TWO_SCREENS));
    }

    @Test
    void aWindowBesideTheScreenOrBelowItDoesNotCountAsOnIt() {
        Rectangle2D nothingRemembered = WindowPlacement.place(Optional.empty(), List.of(PRIMARY));
        // in the screen's columns but below it, in its rows but to its right
        assertThat(place(new Rectangle2D(300, 1200, 900, 600), List.of(PRIMARY))).isEqualTo(nothingRemembered);
        assertThat(place(new Rectangle2D(2000, 200, 900, 600), List.of(PRIMARY))).isEqualTo(nothingRemembered);
    }

    @Test
    void aWindowThatOnlyTouchesTheScreensEdgeDoesNotCountAsOnIt() {
        Rectangle2D nothingRemembered = WindowPlacement.place(Optional.empty(), List.of(PRIMARY));
        assertThat(place(new Rectangle2D(1920, 200, 900, 600), List.of(PRIMARY))).isEqualTo(nothingRemembered);
        assertThat(place(new Rectangle2D(300, 40 - 600, 900, 600), List.of(PRIMARY))).isEqualTo(nothingRemembered);
    }

    @Test
    void withNoScreensTheDefaultSizeOpensAtTheOrigin() {
        Rectangle2D atOrigin = new Rectangle2D(0, 0, 1280, 720);
        assertThat(WindowPlacement.place(Optional.empty(), List.of())).isEqualTo(atOrigin);
        assertThat(place(new Rectangle2D(300, 200, 1100, 700), List.of())).isEqualTo(atOrigin);
    }

    @Test
    void screensWithoutAreaAreLeftOut() {
        Rectangle2D noWidth = new Rectangle2D(0, 0, 0, 1080);
        Rectangle2D noHeight = new Rectangle2D(0, 0, 1920, 0);
        assertThat(WindowPlacement.place(Optional.empty(), List.of(noWidth, PRIMARY)))
                .isEqualTo(WindowPlacement.place(Optional.empty(), List.of(PRIMARY)));
        assertThat(WindowPlacement.place(Optional.empty(), List.of(noHeight, PRIMARY)))
                .isEqualTo(WindowPlacement.place(Optional.empty(), List.of(PRIMARY)));
        assertThat(WindowPlacement.place(Optional.empty(), List.of(Rectangle2D.EMPTY)))
                .isEqualTo(new Rectangle2D(0, 0, 1280, 720));
    }

    @Test
    void theMinimumAndDefaultSizesCanBeGiven() {
        Dimension2D minimum = new Dimension2D(600, 400);
        Dimension2D defaultSize = new Dimension2D(1000, 600);
        assertThat(WindowPlacement.place(Optional.empty(), List.of(PRIMARY), minimum, defaultSize))
                .isEqualTo(new Rectangle2D(100 + 410, 40 + 220, 1000, 600));
        assertThat(WindowPlacement.place(Optional.of(new Rectangle2D(300, 200, 100, 100)), List.of(PRIMARY), minimum,
                defaultSize)).isEqualTo(new Rectangle2D(300, 200, 600, 400));
        assertThat(WindowPlacement.place(Optional.empty(), List.of(), minimum, defaultSize))
                .isEqualTo(new Rectangle2D(0, 0, 1000, 600));
    }

    @Test
    void theDefaultsAreTheLayoutsMinimumAndUsualSize() {
        assertThat(WindowPlacement.MINIMUM_SIZE).isEqualTo(new Dimension2D(880, 560));
        assertThat(WindowPlacement.DEFAULT_SIZE).isEqualTo(new Dimension2D(1280, 720));
    }
}
