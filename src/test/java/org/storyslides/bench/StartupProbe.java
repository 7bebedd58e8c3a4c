package org.storyslides.bench;

import javafx.animation.AnimationTimer;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.storyslides.app.Launcher;

/**
 * Child process of the start-up benchmark: starts the app as its launcher does and prints
 * FIRST_FRAME once a frame showing the first slide's image has been rendered, then exits.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        Launcher.start(args, window -> {
            // the view is given its picture once it is decoded (until then it has none)
            ImageView view = (ImageView) window.stage().getScene().lookup("#slide-image").lookup(".image-view");
            Runnable whenDecoded = () -> FirstFrame.afterNextFrame(() -> {
                System.out.println("FIRST_FRAME");
                System.exit(0);
            });
            if (view.getImage() != null) {
                whenDecoded.run();
            } else {
                view.imageProperty().addListener(new javafx.beans.value.ChangeListener<Image>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Image> observable, Image was, Image now) {
                        if (now != null) {
                            view.imageProperty().removeListener(this);
                            whenDecoded.run();
                        }
                    }
                });
            }
        });
    }

    /** The same rule for the app and the baseline: the first pulse after the one that rendered the frame. */
    static final class FirstFrame {
        private FirstFrame() {
        }

        static void afterNextFrame(Runnable action) {
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
}
