package org.storyslides.app;

import javafx.animation.FadeTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.storyslides.presentation.MotionPreference;
import org.storyslides.presentation.PresentationModel;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Carries presentation mode out on the window: full screen with the carousel alone, controls and
 * cursor that step aside while the pointer rests, and the window exactly as it was on leaving.
 */
final class PresentationMode {

    private static final PseudoClass PRESENTING = PseudoClass.getPseudoClass("presenting");
    /**
     * The carousel's type while presenting is this fraction of the screen's height (the presenting rules
     * in slideshow.css are in em of it): a caption line of about 28 px at 1080p and 38 px at 1440p,
     * the same from the back of the room on any screen.
     */
    private static final double TYPE_SHARE_OF_HEIGHT = 1 / 38.0;

    private final Stage stage;
    private final SplitPane split;
    private final Node story;
    private final Node carousel;
    private final PresentationModel model;
    private final MotionPreference motion;
    private final List<Node> fadingControls;
    // one fade a control: a new one stops the last, so fades never pile up and fight over the opacity
    private final Map<Node, FadeTransition> fades = new HashMap<>();
    private double[] dividers;
    private final InvalidationListener fullScreenLeft;
    // where presenting puts the window (the presenter view chooses it); null: full screen where it is
    private AudiencePlace place;
    // the window's bounds and minimum size before presenting moved it, put back on leaving
    private Rectangle2D before;
    private double minWidthBefore;
    private double minHeightBefore;
    private boolean moving;

    /**
     * Where the audience view goes while presenting: full screen on the screen with these bounds, or
     * (with one screen) a window of these bounds.
     */
    record AudiencePlace(Rectangle2D bounds, boolean fullScreen) {
    }

    PresentationMode(Stage stage, SplitPane split, Node story, Node carousel, PresentationModel model, MotionPreference motion,
                     List<Node> fadingControls, String exitHint) {
        this.stage = stage;
        this.split = split;
        this.story = story;
        this.carousel = carousel;
        this.model = model;
        this.motion = motion;
        this.fadingControls = fadingControls;
        this.fullScreenLeft = observable -> {
            if (!stage.isFullScreen() && model.isPresenting() && !moving) {
                model.leave();
            }
        };
        // Esc is ours: it closes one layer at a time instead of leaving full screen at once
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(exitHint);
        model.presentingProperty().addListener((observable, was, presenting) -> {
            if (presenting) {
                enter();
            } else {
                leave();
            }
        });
        // full screen left some other way (the window manager): the model follows
        stage.fullScreenProperty().addListener(fullScreenLeft);
        model.controlsShownProperty().addListener((observable, was, shown) -> showControls(shown));
    }

    /**
     * Presents from now on at {@code place} (null: full screen wherever the window is), and moves
     * there at once when presenting. Presenting as it is goes on when it is set to null.
     */
    void placeAudience(AudiencePlace place) {
        this.place = place;
        if (place != null && model.isPresenting()) {
            moveTo(place);
        }
    }

    private void moveTo(AudiencePlace place) {
        if (before == null) {
            before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            minWidthBefore = stage.getMinWidth();
            minHeightBefore = stage.getMinHeight();
        }
        Rectangle2D bounds = place.bounds();
        moving = true;
        try {
            stage.setFullScreen(false);
            stage.setMinWidth(Math.min(minWidthBefore, bounds.getWidth()));
            stage.setMinHeight(Math.min(minHeightBefore, bounds.getHeight()));
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            // full screen goes on the screen the window is on
            stage.setFullScreen(place.fullScreen());
        } finally {
            moving = false;
        }
    }

    /** Lets go of the stage (the window is closed; the stage may be shown again with another). */
    void dispose() {
        stage.fullScreenProperty().removeListener(fullScreenLeft);
    }

    void install(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, event -> model.pointerMoved());
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> model.pointerMoved());
    }

    /** The split's divider as the user left it, also while presenting (when the story is away). */
    double storyShare() {
        return model.isPresenting() && dividers != null && dividers.length > 0 ? dividers[0] : split.getDividerPositions()[0];
    }

    private void enter() {
        dividers = split.getDividerPositions();
        split.getItems().remove(story);
        split.getScene().getRoot().pseudoClassStateChanged(PRESENTING, true);
        Scene scene = split.getScene();
        // Locale.ROOT: a decimal comma is no CSS
        carousel.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "-fx-font-size: %.2fpx;",
                scene.getHeight() * TYPE_SHARE_OF_HEIGHT), scene.heightProperty()));
        if (place == null) {
            stage.setFullScreen(true);
        } else {
            moveTo(place);
        }
        // the focus leaves with the story; the carousel takes it, so no control wears a focus ring on screen
        carousel.requestFocus();
    }

    private void leave() {
        stage.setFullScreen(false);
        if (before != null) {
            stage.setMinWidth(minWidthBefore);
            stage.setMinHeight(minHeightBefore);
            stage.setX(before.getMinX());
            stage.setY(before.getMinY());
            stage.setWidth(before.getWidth());
            stage.setHeight(before.getHeight());
            before = null;
        }
        split.getScene().getRoot().pseudoClassStateChanged(PRESENTING, false);
        carousel.styleProperty().unbind();
        carousel.setStyle("");
        if (!split.getItems().contains(story)) {
            split.getItems().add(0, story);
            split.setDividerPositions(dividers);
            // the carousel's focus goes to the story; one outside the split (the search field) stays
            Node owner = split.getScene().getFocusOwner();
            if (owner == null || isWithin(owner, split)) {
                story.requestFocus();
            }
        }
        showControls(true);
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void showControls(boolean shown) {
        split.getScene().setCursor(shown ? Cursor.DEFAULT : Cursor.NONE);
        for (Node control : fadingControls) {
            FadeTransition fade = fades.computeIfAbsent(control, node -> new FadeTransition(Duration.ZERO, node));
            fade.stop();
            if (motion.controlsFade().toMillis() == 0) {
                control.setOpacity(shown ? 1 : 0);
            } else {
                fade.setDuration(motion.controlsFade());
                fade.setFromValue(control.getOpacity());
                fade.setToValue(shown ? 1 : 0);
                fade.playFromStart();
            }
        }
    }
}
