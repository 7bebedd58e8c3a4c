package org.storyslides.app;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

import java.util.List;
import java.util.Optional;

/**
 * Where the main window opens, from the bounds remembered last time and the screens there are now.
 * Plain arithmetic on {@link Rectangle2D}s (which need no running toolkit), so a remembered
 * {@code window.width=1e9} or a screen unplugged since the last run is tested without a window.
 *
 * <p>The rules:
 * <ul>
 *   <li>The window goes on the screen the remembered bounds overlap most (by area; on a tie the
 *       earlier screen in the list). Bounds that overlap no screen, or only touch one at an edge,
 *       count as nothing remembered.</li>
 *   <li>Nothing remembered: the default size, centred on the primary (first) screen.</li>
 *   <li>The size is clamped to that screen: never larger than the screen, and not below the
 *       minimum unless the screen itself is smaller.</li>
 *   <li>The position is moved just enough for the whole window to lie on that screen.</li>
 *   <li>Screens with no area are left out; with no screens left the default size opens at 0,0.</li>
 * </ul>
 */
final class WindowPlacement {

    /** The smallest window the layout is made for. */
    static final Dimension2D MINIMUM_SIZE = new Dimension2D(880, 560);
    /** The size of a window opened with nothing remembered. */
    static final Dimension2D DEFAULT_SIZE = new Dimension2D(1280, 720);

    private WindowPlacement() {
    }

    /** {@link #place(Optional, List, Dimension2D, Dimension2D)} with {@link #MINIMUM_SIZE} and {@link #DEFAULT_SIZE}. */
    static Rectangle2D place(Optional<Rectangle2D> remembered, List<Rectangle2D> screens) {
        return place(remembered, screens, MINIMUM_SIZE, DEFAULT_SIZE);
    }

    /**
     * @param remembered  the window's bounds from the last run (finite, width and height above 0), if any
     * @param screens     the screens' visual bounds, the primary screen first
     * @param minimum     the smallest size the window should have where the screen allows it
     * @param defaultSize the size when nothing usable is remembered
     * @return the window's position and size
     */
    static Rectangle2D place(Optional<Rectangle2D> remembered, List<Rectangle2D> screens, Dimension2D minimum,
                             Dimension2D defaultSize) {
        List<Rectangle2D> usable = screens.stream().filter(screen -> screen.getWidth() > 0 && screen.getHeight() > 0).toList();
        if (usable.isEmpty()) {
            return new Rectangle2D(0, 0, defaultSize.getWidth(), defaultSize.getHeight());
        }
        if (remembered.isPresent()) {
            Rectangle2D window = remembered.get();
            Rectangle2D screen = mostOverlapped(window, usable);
            if (overlap(window, screen) > 0) {
                double width = clampedSize(window.getWidth(), minimum.getWidth(), screen.getWidth());
                double height = clampedSize(window.getHeight(), minimum.getHeight(), screen.getHeight());
                return new Rectangle2D(
                        clampedPosition(window.getMinX(), screen.getMinX(), screen.getMaxX() - width),
                        clampedPosition(window.getMinY(), screen.getMinY(), screen.getMaxY() - height),
                        width, height);
            }
        }
        return centred(defaultSize, usable.get(0), minimum);
    }

    private static Rectangle2D centred(Dimension2D size, Rectangle2D screen, Dimension2D minimum) {
        double width = clampedSize(size.getWidth(), minimum.getWidth(), screen.getWidth());
        double height = clampedSize(size.getHeight(), minimum.getHeight(), screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    /** The first screen with the largest overlap (which may be none). */
    private static Rectangle2D mostOverlapped(Rectangle2D window, List<Rectangle2D> screens) {
        Rectangle2D best = screens.get(0);
        for (Rectangle2D screen : screens) {
            if (overlap(window, screen) > overlap(window, best)) {
                best = screen;
            }
        }
        return best;
    }

    /** The area the two share; 0 when they are apart or only touch. */
    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, width) * Math.max(0, height);
    }

    /** At least the minimum, at most what the screen has: the screen wins when it is the smaller. */
    private static double clampedSize(double wanted, double minimum, double screen) {
        return Math.min(screen, Math.max(minimum, wanted));
    }

    private static double clampedPosition(double wanted, double lowest, double highest) {
        return Math.max(lowest, Math.min(highest, wanted));
    }
}
