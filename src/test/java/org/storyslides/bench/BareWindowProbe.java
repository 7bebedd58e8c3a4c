package org.storyslides.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Child process of the start-up benchmark, the baseline: a Stage with one Label; prints FIRST_FRAME. */
public final class BareWindowProbe {

    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("Hello"), 1280, 720));
            stage.show();
            StartupProbe.FirstFrame.afterNextFrame(() -> {
                System.out.println("FIRST_FRAME");
                System.exit(0);
            });
        });
    }
}
