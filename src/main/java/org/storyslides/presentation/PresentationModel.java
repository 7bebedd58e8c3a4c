package org.storyslides.presentation;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * Presentation mode: full screen with the carousel alone, controls that step aside after a while
 * without pointer movement, and black or white screens.
 */
public final class PresentationModel {

    /** How long the controls stay after the pointer last moved. */
    public static final Duration CONTROLS_LINGER = Duration.seconds(2);

    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper controlsShown = new ReadOnlyBooleanWrapper(this, "controlsShown", true);
    private final ReadOnlyObjectWrapper<ScreenCover> cover = new ReadOnlyObjectWrapper<>(this, "cover", ScreenCover.NONE);
    private Duration idle = Duration.ZERO;

    public PresentationModel(Clock clock) {
        clock.addListener(this::elapse);
    }

    public void enter() {
        presenting.set(true);
        pointerMoved();
    }

    public void leave() {
        presenting.set(false);
        cover.set(ScreenCover.NONE);
        controlsShown.set(true);
    }

    public void toggle() {
        if (presenting.get()) {
            leave();
        } else {
            enter();
        }
    }

    /** The pointer moved: the controls come back and stay for {@link #CONTROLS_LINGER}. */
    public void pointerMoved() {
        idle = Duration.ZERO;
        controlsShown.set(true);
    }

    public void toggleCover(ScreenCover wanted) {
        cover.set(cover.get() == wanted ? ScreenCover.NONE : wanted);
    }

    public void uncover() {
        cover.set(ScreenCover.NONE);
    }

    public boolean isCovered() {
        return cover.get() != ScreenCover.NONE;
    }

    private void elapse(Duration elapsed) {
        if (!presenting.get() || !controlsShown.get()) {
            return;
        }
        idle = idle.add(elapsed);
        if (!idle.lessThan(CONTROLS_LINGER)) {
            controlsShown.set(false);
        }
    }

    // --- presenting

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    // --- controlsShown

    public ReadOnlyBooleanProperty controlsShownProperty() {
        return controlsShown.getReadOnlyProperty();
    }

    public boolean isControlsShown() {
        return controlsShown.get();
    }

    // --- cover

    public ReadOnlyObjectProperty<ScreenCover> coverProperty() {
        return cover.getReadOnlyProperty();
    }

    public ScreenCover getCover() {
        return cover.get();
    }
}
