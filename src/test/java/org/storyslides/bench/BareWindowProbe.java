package org.storyslides.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Child process of the start-up benchmark, the baseline: a Stage with one Label; prints FIRST_FRAME on
 * the pulse after the one that rendered it (the app's rule, FirstPicture), then exits. It uses no
 * class of the app's, so that it can be packaged alone.
 */
public final class BareWindowProbe {

    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("Hello"), 1280, 720));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        System.out.println("FIRST_FRAME");
                        System.exit(0);
                    }
                }
            }.start();
        });
    }
}
