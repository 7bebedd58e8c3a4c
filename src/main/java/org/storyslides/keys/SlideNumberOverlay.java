package org.storyslides.keys;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;

/** Shows the slide number being typed ("Go to slide 12"), or why it was refused. */
public final class SlideNumberOverlay extends Label {

    public SlideNumberOverlay(SlideNumberEntry entry) {
        setId("slide-number");
        getStyleClass().add("slide-number");
        setAccessibleRole(AccessibleRole.TEXT);
        setMouseTransparent(true);
        textProperty().bind(entry.promptProperty());
        visibleProperty().bind(entry.openProperty());
        managedProperty().bind(visibleProperty());
    }
}
