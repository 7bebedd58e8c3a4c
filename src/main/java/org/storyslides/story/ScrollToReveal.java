package org.storyslides.story;

/**
 * Where a scroll pane's vertical position goes to show a child whole, moving as little as it can:
 * plain arithmetic on the child's top and bottom in the content, the content's and the viewport's
 * heights, and the position now (a ScrollPane's vvalue: 0 at the top, 1 at the bottom; the content's
 * offset is {@code vvalue * (content - viewport)}).
 *
 * <p>A child already whole on screen keeps the position. One below comes up until its bottom is
 * {@link #MARGIN} above the viewport's; one above, or one taller than the viewport, comes down until
 * its top is {@link #MARGIN} below the viewport's. The position stays within 0 and 1.
 */
final class ScrollToReveal {

    /** Room left between a child scrolled to and the viewport's edge, so it does not sit on it. */
    static final double MARGIN = 16;

    private ScrollToReveal() {
    }

    static double vvalue(double top, double bottom, double contentHeight, double viewportHeight, double vvalue) {
        double scrollable = contentHeight - viewportHeight;
        if (scrollable <= 0) {
            return vvalue; // the whole content shows: nothing to scroll
        }
        double offset = vvalue * scrollable;
        if (top >= offset && bottom <= offset + viewportHeight) {
            return vvalue;
        }
        boolean tallerThanTheViewport = bottom - top > viewportHeight - 2 * MARGIN;
        double wanted = top < offset || tallerThanTheViewport ? top - MARGIN : bottom + MARGIN - viewportHeight;
        return Math.max(0, Math.min(1, wanted / scrollable));
    }
}
