package org.storyslides.presentation;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.util.Duration;
import org.storyslides.gallery.CarouselModel;

/**
 * Autoplay that reads: each slide is held for its {@link ReadingTime}, divided by the pace; it
 * pauses while the pointer is over the picture or a key is held, and stops at the gallery's end.
 */
public final class AutoplayModel {

    static final double PACE_STEP = 1.25;
    static final double SLOWEST = 0.25;
    static final double FASTEST = 4;

    private final CarouselModel carousel;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper pace = new ReadOnlyDoubleWrapper(this, "pace", 1);
    private final ReadOnlyDoubleWrapper remaining = new ReadOnlyDoubleWrapper(this, "remaining", 1);
    private boolean pointerOverPicture;
    private boolean keyHeld;
    private Duration held = Duration.ZERO;
    // the slide's reading time, worked out once per slide rather than on every pulse
    private Duration readingTime;

    public AutoplayModel(CarouselModel carousel, Clock clock) {
        this.carousel = carousel;
        readingTime = ReadingTime.of(carousel.slideProperty().get());
        clock.addListener(this::elapse);
        // a slide reached any other way starts its own full hold
        carousel.slideProperty().addListener((observable, was, now) -> restartHold());
    }

    public void toggle() {
        if (playing.get()) {
            stop();
        } else {
            restartHold();
            playing.set(true);
        }
    }

    public void stop() {
        playing.set(false);
        restartHold();
    }

    public void faster() {
        pace.set(Math.min(FASTEST, pace.get() * PACE_STEP));
        updateRemaining();
    }

    public void slower() {
        pace.set(Math.max(SLOWEST, pace.get() / PACE_STEP));
        updateRemaining();
    }

    public void setPointerOverPicture(boolean over) {
        pointerOverPicture = over;
    }

    public void setKeyHeld(boolean held) {
        keyHeld = held;
    }

    public boolean isPaused() {
        return pointerOverPicture || keyHeld;
    }

    /** How long the slide on show is held at the current pace. */
    public Duration holdTime() {
        return readingTime.divide(pace.get());
    }

    private void elapse(Duration elapsed) {
        if (!playing.get() || isPaused()) {
            return;
        }
        held = held.add(elapsed);
        if (held.lessThan(holdTime())) {
            updateRemaining();
            return;
        }
        if (carousel.canGoNextProperty().get()) {
            carousel.showNextSlide();
        } else {
            stop();
        }
    }

    private void restartHold() {
        readingTime = ReadingTime.of(carousel.slideProperty().get());
        held = Duration.ZERO;
        updateRemaining();
    }

    private void updateRemaining() {
        remaining.set(Math.max(0, 1 - held.toMillis() / holdTime().toMillis()));
    }

    // --- playing

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    // --- pace: 1 is reading pace, 2 twice as fast

    public ReadOnlyDoubleProperty paceProperty() {
        return pace.getReadOnlyProperty();
    }

    public double getPace() {
        return pace.get();
    }

    // --- remaining: the share of the hold still to go, 1 down to 0 (the progress line)

    public ReadOnlyDoubleProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public double getRemaining() {
        return remaining.get();
    }
}
