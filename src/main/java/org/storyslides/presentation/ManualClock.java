package org.storyslides.presentation;

import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A clock that moves only when told to: for tests, and for any place that must be deterministic. */
public final class ManualClock implements Clock {

    private final List<Consumer<Duration>> listeners = new ArrayList<>();

    @Override
    public void addListener(Consumer<Duration> listener) {
        listeners.add(listener);
    }

    /** Lets {@code elapsed} pass for every listener. Call it on the JavaFX thread when views listen. */
    public void advance(Duration elapsed) {
        List.copyOf(listeners).forEach(listener -> listener.accept(elapsed));
    }
}
