package org.storyslides.presenter;

import javafx.geometry.Rectangle2D;

import java.util.List;
import java.util.Optional;

/**
 * Which screen the audience view and the presenter view go on, from the screens' bounds (plain
 * arithmetic on {@link Rectangle2D}s, which need no running toolkit).
 *
 * <ul>
 *   <li>Two screens or more: the presenter view stays on the screen the window is on (the one it
 *       overlaps most; the first on a tie or with no overlap) and the audience view goes full screen on
 *       another: the one asked for ({@code --screen}), else the first other screen. Asked for the
 *       presenter's own screen, the audience gets it and the presenter view takes the first other one.</li>
 *   <li>One screen: both are windows side by side on it, the audience's on the left half, the
 *       presenter's on the right.</li>
 *   <li>{@link #withAudienceOnNextScreen()} moves the audience view to the next screen, round; onto
 *       the presenter's screen, the two swap.</li>
 * </ul>
 *
 * @param screens         the screens' visual bounds, the primary first
 * @param audienceScreen  the audience's screen, 0-based
 * @param presenterScreen the presenter's screen, 0-based; the same as the audience's only with one screen
 */
public record ScreenChoice(List<Rectangle2D> screens, int audienceScreen, int presenterScreen) {

    /** With no screen known (never in the app): one of the usual size. */
    static final Rectangle2D NO_SCREEN = new Rectangle2D(0, 0, 1280, 720);

    public ScreenChoice {
        screens = screens.isEmpty() ? List.of(NO_SCREEN) : List.copyOf(screens);
    }

    /**
     * @param window the audience window's bounds now
     * @param wanted the audience's screen asked for, 0-based; ignored when there is no such screen
     */
    public static ScreenChoice of(List<Rectangle2D> screens, Rectangle2D window, Optional<Integer> wanted) {
        if (screens.size() < 2) {
            return new ScreenChoice(screens, 0, 0);
        }
        int here = screenOf(window, screens);
        Optional<Integer> asked = wanted.filter(index -> index >= 0 && index < screens.size());
        if (asked.isPresent()) {
            int audience = asked.get();
            return new ScreenChoice(screens, audience, here != audience ? here : firstOtherThan(audience));
        }
        return new ScreenChoice(screens, firstOtherThan(here), here);
    }

    private static int firstOtherThan(int screen) {
        return screen == 0 ? 1 : 0;
    }

    /** The screen {@code window} overlaps most: the first on a tie, the first when it overlaps none. */
    static int screenOf(Rectangle2D window, List<Rectangle2D> screens) {
        int best = 0;
        for (int i = 1; i < screens.size(); i++) {
            if (overlap(window, screens.get(i)) > overlap(window, screens.get(best))) {
                best = i;
            }
        }
        return best;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, width) * Math.max(0, height);
    }

    /** The audience view on the next screen, after the last the first; landing on the presenter's, the two swap. */
    public ScreenChoice withAudienceOnNextScreen() {
        int next = (audienceScreen + 1) % screens.size();
        return new ScreenChoice(screens, next, next == presenterScreen ? audienceScreen : presenterScreen);
    }

    /** One screen: both views are windows on it, side by side. */
    public boolean sideBySide() {
        return audienceScreen == presenterScreen;
    }

    /** The audience's screen (it goes full screen there), or with one screen the left half of it. */
    public Rectangle2D audienceBounds() {
        Rectangle2D screen = screens.get(audienceScreen);
        return sideBySide() ? half(screen, 0) : screen;
    }

    /** The presenter's screen (the window fills it), or with one screen the right half of it. */
    public Rectangle2D presenterBounds() {
        Rectangle2D screen = screens.get(presenterScreen);
        return sideBySide() ? half(screen, 1) : screen;
    }

    private static Rectangle2D half(Rectangle2D screen, int which) {
        double width = Math.floor(screen.getWidth() / 2);
        return new Rectangle2D(screen.getMinX() + which * width, screen.getMinY(), which == 0 ? width : screen.getWidth() - width,
                screen.getHeight());
    }
}
