package org.storyslides.presentation;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The real clock: the JavaFX animation pulse. It runs only while something waits (autoplay
 * playing, presentation controls about to fade), so an idle window costs no frames.
 */
public final class PulseClock implements Clock {

    private final List<Consumer<Duration>> listeners = new ArrayList<>();
    private long last = -1;
    // held here: a binding that only listeners know of would be garbage collected
    private ObservableBooleanValue needed;
    private final ChangeListener<Boolean> follow = (observable, was, now) -> run(now);
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last >= 0) {
                Duration elapsed = Duration.millis((now - last) / 1_000_000.0);
                List.copyOf(listeners).forEach(listener -> listener.accept(elapsed));
            }
            last = now;
        }
    };

    @Override
    public void addListener(Consumer<Duration> listener) {
        listeners.add(listener);
    }

    /** Runs the clock exactly while {@code needed} is true. */
    public void runWhile(ObservableBooleanValue needed) {
        this.needed = needed;
        needed.addListener(follow);
        run(needed.get());
    }

    /** Stops for good: the window it ran for is gone (a content folder opened in its place). */
    public void stop() {
        if (needed != null) {
            needed.removeListener(follow);
        }
        timer.stop();
    }

    private void run(boolean running) {
        if (running) {
            last = -1;
            timer.start();
        } else {
            timer.stop();
        }
    }
}
