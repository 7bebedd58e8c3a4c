package org.storyslides.presentation;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;

/** A black or white screen over everything, for when the room should look at the presenter. */
public final class ScreenCoverLayer extends Region {

    private static final PseudoClass WHITE = PseudoClass.getPseudoClass("white");

    public ScreenCoverLayer(PresentationModel presentation) {
        setId("screen-cover");
        getStyleClass().add("screen-cover");
        setAccessibleRole(AccessibleRole.TEXT);
        presentation.coverProperty().addListener((observable, was, cover) -> show(cover));
        show(presentation.getCover());
    }

    private void show(ScreenCover cover) {
        setVisible(cover != ScreenCover.NONE);
        pseudoClassStateChanged(WHITE, cover == ScreenCover.WHITE);
        setAccessibleText(cover == ScreenCover.NONE ? null : cover == ScreenCover.WHITE ? "White screen" : "Black screen");
    }
}
