package org.storyslides.app;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.gallery.RehearsalModel;
import org.storyslides.presentation.ManualClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's idle-time rehearsal of slide changes: it begins once the first picture is on screen,
 * changes nothing the reader sees, and gives way at the reader's first key.
 */
@ExtendWith(ApplicationExtension.class)
class RehearsalWindowTest {

    @TempDir
    static Path folder;
    private final ManualClock clock = new ManualClock();
    private SlideshowWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, folder.resolve("settings.properties"), clock);
        window.rehearseWhenIdle();
    }

    private RehearsalModel.State state(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.rehearsalProperty().get();
    }

    private void awaitRunning() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.rehearsalProperty().get() == RehearsalModel.State.RUNNING).get());
    }

    private String counter(FxRobot robot) {
        return robot.lookup("#counter").queryAs(Label.class).getText();
    }

    @Test
    void itRunsOnceThePictureIsOnScreenToItsEndAndTheWindowStaysOnItsSlide(FxRobot robot) throws Exception {
        TestWindows.awaitPicture(robot);
        String before = counter(robot);
        awaitRunning();
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.needsClock().get()).get()).as("the clock ticks for the rehearsal").isTrue();

        robot.interact(() -> {
            for (int tick = 0; tick < SlideshowWindow.REHEARSAL_STEPS; tick++) {
                clock.advance(Duration.millis(16));
            }
        });

        assertThat(state(robot)).isEqualTo(RehearsalModel.State.DONE);
        assertThat(counter(robot)).isEqualTo(before);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.needsClock().get()).get()).as("nothing is left for the clock to tick for").isFalse();
    }

    @Test
    void theReadersFirstKeyStopsItAndDoesWhatItAlwaysDoes(FxRobot robot) throws Exception {
        TestWindows.awaitPicture(robot);
        awaitRunning();
        robot.interact(() -> clock.advance(Duration.millis(16)));
        String before = counter(robot);

        robot.type(KeyCode.RIGHT);
        robot.interact(() -> clock.advance(Duration.millis(16)));

        assertThat(state(robot)).isEqualTo(RehearsalModel.State.STOPPED);
        assertThat(counter(robot)).isNotEqualTo(before);
    }
}
