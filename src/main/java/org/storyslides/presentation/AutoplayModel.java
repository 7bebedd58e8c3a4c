package org.storyslides.presentation;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.util.Duration;
import org.storyslides.gallery.CarouselModel;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Autoplay that reads: each slide is held for its {@link ReadingTime}, divided by the pace. One rule
 * says when it may advance ({@link #advancingProperty()}): while playing and nothing holds it, each
 * hold named by a {@link PauseReason}. At the gallery's end it stops, or starts the gallery again
 * when looping.
 */
public final class AutoplayModel {

    static final double PACE_STEP = 1.25;
    static final double SLOWEST = 0.25;
    static final double FASTEST = 4;

    private final CarouselModel carousel;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper looping = new ReadOnlyBooleanWrapper(this, "looping");
    private final ReadOnlyDoubleWrapper pace = new ReadOnlyDoubleWrapper(this, "pace", 1);
    private final ReadOnlyDoubleWrapper remaining = new ReadOnlyDoubleWrapper(this, "remaining", 1);
    private final BooleanProperty pointerOverPicture = new SimpleBooleanProperty(this, "pointerOverPicture");
    private final BooleanProperty keyHeld = new SimpleBooleanProperty(this, "keyHeld");
    private final Holds pauseReason = new Holds();
    private final BooleanBinding advancing = Bindings.createBooleanBinding(
            () -> playing.get() && pauseReason.get().isEmpty(), playing, pauseReason);
    private Duration held = Duration.ZERO;
    private boolean stoppedAtEnd;
    // the slide's reading time, worked out once per slide rather than on every pulse
    private Duration readingTime;

    public AutoplayModel(CarouselModel carousel, Clock clock) {
        this.carousel = carousel;
        readingTime = ReadingTime.of(carousel.slideProperty().get());
        pauseWhile(PauseReason.POINTER, pointerOverPicture);
        pauseWhile(PauseReason.KEY_HELD, keyHeld);
        clock.addListener(this::elapse);
        // a slide reached any other way starts its own full hold
        carousel.slideProperty().addListener((observable, was, now) -> restartHold());
    }

    /** Autoplay holds while {@code condition} is true, for {@code reason}; one condition a reason. */
    public void pauseWhile(PauseReason reason, ObservableBooleanValue condition) {
        pauseReason.put(reason, condition);
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
        stoppedAtEnd = false;
        playing.set(false);
        restartHold();
    }

    public void toggleLoop() {
        setLooping(!looping.get());
    }

    public void setLooping(boolean loop) {
        looping.set(loop);
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
        pointerOverPicture.set(over);
    }

    public void setKeyHeld(boolean down) {
        keyHeld.set(down);
    }

    /** Whether something holds autoplay on its slide (whether or not it is playing). */
    public boolean isPaused() {
        return pauseReason.get().isPresent();
    }

    /** Whether autoplay last stopped on its own, at the gallery's last slide, rather than by the user. */
    public boolean stoppedAtEnd() {
        return stoppedAtEnd;
    }

    /** How long the slide on show is held at the current pace. */
    public Duration holdTime() {
        return readingTime.divide(pace.get());
    }

    private void elapse(Duration elapsed) {
        if (!advancing.get()) {
            return;
        }
        held = held.add(elapsed);
        if (held.lessThan(holdTime())) {
            updateRemaining();
            return;
        }
        if (carousel.canGoNextProperty().get()) {
            carousel.showNextSlide();
        } else if (looping.get()) {
            carousel.showFirstSlide();
        } else {
            stoppedAtEnd = true;
            playing.set(false);
            restartHold();
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

    /** The first hold that applies, in {@link PauseReason} order; the app adds the ones it knows of (cover, help, grid...). */
    private static final class Holds extends ObjectBinding<Optional<PauseReason>> {
        private final Map<PauseReason, ObservableBooleanValue> holds = new EnumMap<>(PauseReason.class);

        void put(PauseReason reason, ObservableBooleanValue condition) {
            ObservableBooleanValue before = holds.put(reason, condition);
            if (before != null) {
                unbind(before);
            }
            bind(condition);
            invalidate();
        }

        @Override
        protected Optional<PauseReason> computeValue() {
            return holds.entrySet().stream().filter(hold -> hold.getValue().get()).map(Map.Entry::getKey).findFirst();
        }
    }

    // --- playing: switched on by the user

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    // --- advancing: playing and held by nothing, the one rule the clock obeys

    public ObservableBooleanValue advancingProperty() {
        return advancing;
    }

    public boolean isAdvancing() {
        return advancing.get();
    }

    // --- pauseReason: the first hold that applies now, if any

    public ObservableObjectValue<Optional<PauseReason>> pauseReasonProperty() {
        return pauseReason;
    }

    public Optional<PauseReason> getPauseReason() {
        return pauseReason.get();
    }

    // --- looping: at the gallery's end, start it again from its cover

    public ReadOnlyBooleanProperty loopingProperty() {
        return looping.getReadOnlyProperty();
    }

    public boolean isLooping() {
        return looping.get();
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
