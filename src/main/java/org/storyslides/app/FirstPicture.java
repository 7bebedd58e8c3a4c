package org.storyslides.app;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * When a window's first slide has its picture on screen: the moment start-up is over for a person.
 * The packaging's training run and the start-up benchmark wait for it ({@code --verbose} logs it).
 */
public final class FirstPicture {

    private FirstPicture() {
    }

    /**
     * Runs {@code action} on the pulse after the one that rendered the slide's picture (the view is
     * given its picture once it is decoded; until then it has none).
     */
    static void whenOnScreen(SlideshowWindow window, Runnable action) {
        Node slide = window.stage().getScene().lookup("#slide-image");
        ImageView view = (ImageView) slide.lookup(".image-view");
        if (view.getImage() != null) {
            afterNextFrame(action);
            return;
        }
        view.imageProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Image> observable, Image was, Image now) {
                if (now != null) {
                    view.imageProperty().removeListener(this);
                    afterNextFrame(action);
                }
            }
        });
    }

    /** The same rule for the app and the benchmark's bare window: the first pulse after the one that rendered the frame. */
    public static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
