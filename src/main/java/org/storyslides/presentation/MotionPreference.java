package org.storyslides.presentation;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/** Whether motion is reduced (no slide transitions, controls appear and go without fading). */
public final class MotionPreference {

    private final Duration slideTransition;
    private final BooleanProperty reduced = new SimpleBooleanProperty(this, "reduced");

    /** @param slideTransition the fade between slides when motion is not reduced ({@link Duration#ZERO} in tests) */
    public MotionPreference(Duration slideTransition, boolean reduced) {
        this.slideTransition = slideTransition;
        this.reduced.set(reduced);
    }

    public Duration slideTransition() {
        return reduced.get() ? Duration.ZERO : slideTransition;
    }

    /** How long controls take to fade in presentation mode. */
    public Duration controlsFade() {
        return reduced.get() || slideTransition.equals(Duration.ZERO) ? Duration.ZERO : Duration.millis(300);
    }

    /** How long the story takes to scroll to the card of the gallery on show; zero: it jumps. */
    public Duration storyScroll() {
        return reduced.get() || slideTransition.equals(Duration.ZERO) ? Duration.ZERO : Duration.millis(250);
    }

    /** How long the story glides for a notch of the wheel; zero: it jumps. */
    public Duration wheelScroll() {
        return reduced.get() || slideTransition.equals(Duration.ZERO) ? Duration.ZERO : Duration.millis(120);
    }

    // --- reduced: a user setting, so writable (the help overlay's check box binds to it)

    public BooleanProperty reducedProperty() {
        return reduced;
    }

    public boolean isReduced() {
        return reduced.get();
    }
}
