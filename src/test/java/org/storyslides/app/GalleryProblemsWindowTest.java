package org.storyslides.app;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.BundledCopy;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * A gallery is loaded when it is first shown; one whose file turns out to have problems then is not
 * shown: the window lists its problems over the gallery on show, and Esc closes the list.
 */
@ExtendWith(ApplicationExtension.class)
class GalleryProblemsWindowTest {

    @TempDir
    Path folder;
    @TempDir
    Path settings;

    final ManualClock clock = new ManualClock();
    SlideshowWindow window;

    @Start
    void start(Stage stage) {
        Content content = TestWindows.offTheJavaFxThread(
                () -> ((LoadResult.Loaded) new ContentLoader().open(BundledCopy.withMissingMilitaryPicture(folder))).content());
        window = new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), clock,
                new SettingsStore(settings.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    @Test
    void autoplayHoldsWhileTheProblemsAreListed(FxRobot robot) throws TimeoutException {
        robot.moveTo("#story");
        robot.write("]");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gallery-problems").query().isVisible());
        robot.type(KeyCode.A);
        robot.interact(() -> {
            for (int second = 0; second < 60; second++) {
                clock.advance(Duration.seconds(1));
            }
        });
        verifyThat("#counter", hasText("1 of 14"));
        verifyThat("#autoplay-state", hasText("Paused: the gallery's problems are listed"));
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> clock.advance(window.autoplay().holdTime()));
        verifyThat("#counter", hasText("2 of 14"));
    }

    @Test
    void aGalleryWhoseFileHasProblemsListsThemAndTheGalleryOnShowStays(FxRobot robot) throws TimeoutException {
        verifyThat("#gallery-problems", isInvisible());

        robot.write("]");

        // the gallery is read in the background; the window goes on meanwhile
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#gallery-problems").query().isVisible());
        verifyThat("#gallery-problems", isVisible());
        assertThat(robot.lookup(".gallery-problems-title").queryAs(Label.class).getText())
                .isEqualTo("This gallery cannot be shown: 1 problem in its file");
        assertThat(robot.lookup(".gallery-problems-line").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(
                "galleries/military-photos-2016.json: $.slides[5].image (slide 6): file not found: " + BundledCopy.MISSING_IMAGE);
        verifyThat("#gallery-title", hasText("19 memorable quotes from James 'Mad Dog' Mattis"));
        verifyThat("#counter", hasText("1 of 14"));

        robot.type(KeyCode.ESCAPE);

        verifyThat("#gallery-problems", isInvisible());
        verifyThat("#counter", hasText("1 of 14"));
    }
}
