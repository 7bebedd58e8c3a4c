package org.storyslides.app;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window put back where it was placed when its frame arrives with another size (openbox under
 * JavaFX 21's GTK glass). Headless there is no frame: the test stands in for the window manager,
 * resizing the stage as openbox does and then saying the frame has come.
 */
@ExtendWith(ApplicationExtension.class)
class FramedPlacementTest {

    private static final Rectangle2D PLACEMENT = new Rectangle2D(160, 140, 1280, 720);

    private Stage stage;
    private final SimpleBooleanProperty framed = new SimpleBooleanProperty(false);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.setX(PLACEMENT.getMinX());
        stage.setY(PLACEMENT.getMinY());
        stage.setWidth(PLACEMENT.getWidth());
        stage.setHeight(PLACEMENT.getHeight());
        stage.show();
        FramedPlacement.keep(stage, PLACEMENT, List.of(framed));
    }

    private Rectangle2D bounds() {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    @Test
    void aStaleSizeBeforeTheFrameIsReplacedByThePlacementWhenTheFrameArrives(FxRobot robot) {
        robot.interact(() -> {
            // what openbox does: the window at GTK's first size, then at the minimum
            stage.setWidth(880);
            stage.setHeight(560);
            framed.set(true);
        });
        assertThat(bounds()).isEqualTo(PLACEMENT);
    }

    @Test
    void aWindowAlreadyWherePlacedIsLeftAlone(FxRobot robot) {
        double[] widths = {0};
        stage.widthProperty().addListener((observable, was, now) -> widths[0]++);
        robot.interact(() -> framed.set(true));
        assertThat(bounds()).isEqualTo(PLACEMENT);
        assertThat(widths[0]).as("no resize asked for").isZero();
    }

    @Test
    void onlyTheFirstFrameCounts_aLaterSizeIsTheUsersOrTheWindowManagers(FxRobot robot) {
        robot.interact(() -> framed.set(true));
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(600);
            framed.set(false); // a frame that changes later (another theme) is no reason to undo a resize
        });
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(600);
    }
}
