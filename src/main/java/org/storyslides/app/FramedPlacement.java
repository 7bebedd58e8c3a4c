package org.storyslides.app;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.List;

/**
 * Puts the window back where it was placed once the window manager has framed it, when the frame
 * came with another size.
 *
 * <p>Why: JavaFX 21's GTK glass takes every ConfigureNotify as the size the window should have.
 * Openbox reports a new window at first at the size GTK realized it with (200x200), before the
 * size asked for is applied; when openbox then publishes the frame's extents ({@code _NET_FRAME_EXTENTS}),
 * glass asks again for the size it last recorded, that stale 200x200 less the frame, which the
 * minimum size turns into the minimum. Only the first decorated window of a process meets this (glass
 * caches the extents for the next ones), and only under a window manager that publishes the extents
 * after mapping the window (icewm does so before; with no window manager there is no frame).
 *
 * <p>The frame's arrival shows in JavaFX as the scene moving inside the window (its x and y become
 * the frame's left and top). At that moment the window is given its placement again, once; the
 * request reaches glass at the next pulse, after glass's own stale one, so it is the one that holds.
 * A window manager that then keeps another size (a tiling one) is left to it: there is no second try.
 */
final class FramedPlacement {

    private FramedPlacement() {
    }

    /** Listens for the frame of {@code stage} (shown, with its scene) and restores {@code placement} then. */
    static void keep(Stage stage, Rectangle2D placement) {
        Scene scene = stage.getScene();
        keep(stage, placement, List.of(scene.xProperty(), scene.yProperty()));
    }

    /** @param framed what changes when the frame arrives: the first change of any of them counts */
    static void keep(Stage stage, Rectangle2D placement, List<? extends Observable> framed) {
        InvalidationListener once = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                framed.forEach(each -> each.removeListener(this));
                if (stage.isShowing() && !stage.isFullScreen() && !stage.isMaximized() && !stage.isIconified()
                        && !placement.equals(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))) {
                    stage.setWidth(placement.getWidth());
                    stage.setHeight(placement.getHeight());
                    stage.setX(placement.getMinX());
                    stage.setY(placement.getMinY());
                }
            }
        };
        framed.forEach(each -> each.addListener(once));
    }
}
