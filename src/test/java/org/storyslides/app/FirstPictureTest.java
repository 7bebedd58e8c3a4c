package org.storyslides.app;

import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.presentation.ManualClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moment start-up ends for a person, which the packaging's training run and the start-up
 * benchmark wait for: it comes only once the first slide's picture is in the window.
 */
@ExtendWith(ApplicationExtension.class)
class FirstPictureTest {

    @TempDir
    static Path folder;
    private SlideshowWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.open(stage, folder.resolve("settings.properties"), new ManualClock());
    }

    @Test
    void itComesOnlyOnceTheFirstSlidesPictureIsInTheView(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> pictureWhenCalled = new CompletableFuture<>();
        robot.interact(() -> FirstPicture.whenOnScreen(window, () -> pictureWhenCalled.complete(
                ((ImageView) robot.lookup("#slide-image .image-view").query()).getImage() != null)));
        assertThat(pictureWhenCalled.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void askedWhenThePictureIsThereAlreadyItStillComes(FxRobot robot) throws Exception {
        assertThat(TestWindows.awaitPicture(robot)).isNotNull();
        CompletableFuture<Void> called = new CompletableFuture<>();
        robot.interact(() -> FirstPicture.whenOnScreen(window, () -> called.complete(null)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, called::isDone);
        assertThat(called).isDone();
    }
}
