package org.storyslides.presenter;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.storyslides.presentation.Clock;

import java.time.LocalTime;

/**
 * The time of day for the presenter, HH:MM. It is read from {@code wall} (a fixed clock in tests) on
 * every tick of the pulse clock, which runs while the presenter view is open.
 */
public final class WallClock {

    private final java.time.Clock wall;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text");

    public WallClock(Clock pulse, java.time.Clock wall) {
        this.wall = wall;
        update();
        pulse.addListener(elapsed -> update());
    }

    private void update() {
        text.set(TimeText.timeOfDay(LocalTime.now(wall)));
    }

    // --- text

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }
}
