package org.storyslides.gallery;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;
import org.storyslides.presentation.Clock;

/**
 * What a click on the picture means. A double-click toggles fit and 100 % at its point; a single
 * click on the left or right third of a fitted picture steps to the previous or next slide, once no
 * second click has come within {@link #DOUBLE_CLICK} (otherwise the first click of every
 * double-click would step away from the picture to be zoomed). A second click that comes after its
 * first has stepped is a step of its own: someone clicking "next" twice, not a double-click. Timed
 * by the app's {@link Clock}, so tests move time by hand.
 */
public final class PictureClicks {

    /** How long a click waits for a second one: a quick double-click is well inside it. */
    public static final Duration DOUBLE_CLICK = Duration.millis(250);

    private final CarouselModel carousel;
    private final ZoomModel zoom;
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private int step;
    private Duration waited = Duration.ZERO;
    // the last click stepped (after its wait): a click that follows it is no double-click
    private boolean stepped;

    public PictureClicks(CarouselModel carousel, ZoomModel zoom, Clock clock) {
        this.carousel = carousel;
        this.zoom = zoom;
        clock.addListener(this::elapse);
    }

    /**
     * A click at ({@code x}, {@code y}) of a picture area {@code width} wide.
     *
     * @param count the click's count in a quick run (2 for the second of a double-click)
     */
    public void click(double x, double y, double width, int count) {
        if (count % 2 == 0 && !stepped) {
            cancel();
            zoom.toggleActualSize(x, y);
        } else if (zoom.isFitted()) {
            step = x < width / 3 ? -1 : x > 2 * width / 3 ? 1 : 0;
            waited = Duration.ZERO;
            waiting.set(step != 0);
        }
        stepped = false;
    }

    private void elapse(Duration elapsed) {
        if (!waiting.get()) {
            return;
        }
        waited = waited.add(elapsed);
        if (waited.greaterThanOrEqualTo(DOUBLE_CLICK)) {
            int direction = step;
            cancel();
            stepped = true;
            if (direction > 0) {
                carousel.showNextSlide();
            } else {
                carousel.showPreviousSlide();
            }
        }
    }

    private void cancel() {
        step = 0;
        waiting.set(false);
    }

    // --- waiting

    /** True while a click waits to see whether it is a double-click: the clock must run. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public boolean isWaiting() {
        return waiting.get();
    }
}
