package org.storyslides.presentation;

import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * Time for what waits: autoplay and the presentation controls that fade. The app runs it on the
 * JavaFX pulse; tests advance a {@link ManualClock} by hand, so nothing in a test sleeps.
 */
public interface Clock {

    /** Calls {@code listener} on the JavaFX thread with the time elapsed since its previous call. */
    void addListener(Consumer<Duration> listener);
}
