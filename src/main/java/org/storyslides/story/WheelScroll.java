package org.storyslides.story;

/**
 * How far the story moves for the mouse wheel: three lines of its body text a notch, as a browser
 * scrolls (JavaFX's own step, the wheel's 40 px, was under two lines: a crawl through 17 paragraphs).
 * Notches that come while the story is still gliding to the last one's place add to that place, so a
 * quick spin loses no distance. Pixels from the top of what can be scrolled; no toolkit needed.
 */
final class WheelScroll {

    static final int LINES_PER_NOTCH = 3;

    private WheelScroll() {
    }

    /**
     * @param from       where the story is, or is gliding to, in px from the top
     * @param notches    the wheel's turn: positive towards the top (JavaFX's deltaY over its multiplier)
     * @param lineHeight one line of body text, in px
     * @param scrollable how far the story can scroll at all, in px (its height less the viewport's)
     * @return where it goes, never past either end (0 for a story that fits)
     */
    static double target(double from, double notches, double lineHeight, double scrollable) {
        double to = from - notches * LINES_PER_NOTCH * lineHeight;
        return Math.max(0, Math.min(scrollable, to));
    }
}
