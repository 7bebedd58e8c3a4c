package org.storyslides.presentation;

import javafx.animation.FadeTransition;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * A notice over the slide that shows while its message is not empty and then fades out, keeping
 * its last words while it fades; under reduced motion it simply goes.
 */
public class FadingNotice extends Label {

    /** How much slower a notice fades than the controls do: it is read, not just seen. */
    private static final double FADE_SHARE = 2;

    private final FadeTransition fade = new FadeTransition(Duration.ZERO, this);
    private final ObservableStringValue message;
    private final MotionPreference motion;

    public FadingNotice(ObservableStringValue message, MotionPreference motion) {
        this.message = message;
        this.motion = motion;
        setAccessibleRole(AccessibleRole.TEXT);
        setMouseTransparent(true);
        setWrapText(true);
        managedProperty().bind(visibleProperty());
        fade.setOnFinished(event -> setVisible(!message.get().isEmpty()));
        message.addListener((observable, was, now) -> update());
        update();
    }

    private void update() {
        fade.stop();
        String now = message.get();
        if (!now.isEmpty()) {
            setText(now);
            setOpacity(1);
            setVisible(true);
            return;
        }
        Duration out = motion.controlsFade().multiply(FADE_SHARE);
        if (out.equals(Duration.ZERO) || !isVisible()) {
            setVisible(false);
            return;
        }
        fade.setDuration(out);
        fade.setFromValue(getOpacity());
        fade.setToValue(0);
        fade.playFromStart();
    }
}
