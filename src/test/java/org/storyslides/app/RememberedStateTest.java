package org.storyslides.app;

import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.Settings;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the window remembers between runs, and the command line's say over it. */
@ExtendWith(ApplicationExtension.class)
class RememberedStateTest {

    @TempDir
    Path folder;
    Path settingsFile;
    Stage first;

    @Start
    void start(Stage stage) {
        first = stage;
    }

    private SlideshowWindow open(FxRobot robot, WindowOptions options) {
        SlideshowWindow[] window = new SlideshowWindow[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            window[0] = TestWindows.open(stage, settingsFile, new ManualClock(), options);
        });
        return window[0];
    }

    private void closeAll(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != first).toList()
                .forEach(javafx.stage.Window::hide));
    }

    private Stage shownStage() {
        return (Stage) javafx.stage.Window.getWindows().stream().filter(w -> w != first && w.isShowing()).findFirst().orElseThrow();
    }

    @Test
    void galleryslideCaptionWindowSplitAndTextSizeComeBack(FxRobot robot) {
        settingsFile = folder.resolve("settings.properties");
        open(robot, WindowOptions.defaults(Duration.ZERO));
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.C);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        Stage stage = shownStage();
        robot.interact(() -> {
            stage.setX(60);
            stage.setY(50);
            stage.setWidth(1100);
            stage.setHeight(680);
            ((SplitPane) stage.getScene().lookup("#split")).setDividerPositions(0.3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        closeAll(robot);

        SlideshowWindow again = open(robot, WindowOptions.defaults(Duration.ZERO));
        assertThat(again.carousel().getGallery().id()).isEqualTo("military-photos-2016");
        assertThat(again.carousel().counterTextProperty().get()).isEqualTo("5 of 20");
        assertThat(again.carousel().isCaptionVisible()).isFalse();
        assertThat(again.storyText().getScale()).isGreaterThan(1.0);
        Stage restored = shownStage();
        assertThat(restored.getX()).isEqualTo(60);
        assertThat(restored.getY()).isEqualTo(50);
        assertThat(restored.getWidth()).isEqualTo(1100);
        assertThat(restored.getHeight()).isEqualTo(680);
        assertThat(((SplitPane) restored.getScene().lookup("#split")).getDividerPositions()[0]).isCloseTo(0.3, within(0.01));
        closeAll(robot);
    }

    @Test
    void theFilmstripComesBackShownWithTheSlideOnShowInView(FxRobot robot) {
        settingsFile = folder.resolve("settings.properties");
        SlideshowWindow window = open(robot, WindowOptions.defaults(Duration.ZERO));
        assertThat(window.filmstrip().isShown()).as("hidden on a first run").isFalse();
        robot.type(KeyCode.T, KeyCode.END);
        closeAll(robot);

        SlideshowWindow again = open(robot, WindowOptions.defaults(Duration.ZERO));
        assertThat(again.filmstrip().isShown()).isTrue();
        assertThat(again.carousel().counterTextProperty().get()).isEqualTo("14 of 14");
        assertThat(shownStage().getScene().lookup("#filmstrip").isVisible()).isTrue();
        // shown from the first frame: the last slide's cell is made and scrolled to, not the first ones
        FilmstripWindowTest.currentCellIsMarkedAndOnScreen(robot, 13);
        robot.type(KeyCode.T);
        closeAll(robot);

        assertThat(open(robot, WindowOptions.defaults(Duration.ZERO)).filmstrip().isShown()).isFalse();
        assertThat(shownStage().getScene().lookup("#filmstrip").isVisible()).isFalse();
        closeAll(robot);
    }

    @Test
    void aRememberedPlaceThatNoLongerExistsFallsBackToTheFirstSlideSilently(FxRobot robot) {
        settingsFile = folder.resolve("settings.properties");
        java.util.List<String> warnings = new java.util.ArrayList<>();
        SettingsStore store = new SettingsStore(settingsFile, warnings::add);
        store.save(new Settings(Optional.of("mattis-quotes"), Optional.of(40), Optional.empty(),
                Optional.of(new Settings.WindowBounds(-90_000, -90_000, 900, 600)), Optional.empty(), Optional.empty(), false));
        SlideshowWindow window = open(robot, WindowOptions.defaults(Duration.ZERO));
        assertThat(window.carousel().counterTextProperty().get()).isEqualTo("1 of 14");
        Stage stage = shownStage();
        assertThat(stage.getX()).as("off every screen: not restored").isGreaterThan(-1000);
        closeAll(robot);

        store.save(new Settings(Optional.of("a-gallery-since-removed"), Optional.of(3), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false));
        window = open(robot, WindowOptions.defaults(Duration.ZERO));
        assertThat(window.carousel().getGallery().id()).isEqualTo("mattis-quotes");
        assertThat(window.carousel().getSlideIndex()).isZero();
        assertThat(warnings).isEmpty();
        closeAll(robot);
    }

    @Test
    void theCommandLineWinsOverWhatWasRemembered(FxRobot robot) {
        settingsFile = folder.resolve("settings.properties");
        new SettingsStore(settingsFile, warning -> { }).save(new Settings(Optional.of("mattis-quotes"), Optional.of(9),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false));
        SlideshowWindow window = open(robot, new WindowOptions(Optional.of("military-photos-2016"), Optional.of(12), true, true,
                Duration.millis(180)));
        assertThat(window.carousel().counterTextProperty().get()).isEqualTo("12 of 20");
        assertThat(window.presentation().isPresenting()).isTrue();
        assertThat(shownStage().isFullScreen()).isTrue();
        assertThat(window.motion().slideTransition()).isEqualTo(Duration.ZERO);
        closeAll(robot);

        window = open(robot, new WindowOptions(Optional.empty(), Optional.of(3), false, false, Duration.ZERO));
        assertThat(window.carousel().getGallery().id()).as("--slide alone: the first gallery").isEqualTo("mattis-quotes");
        assertThat(window.carousel().counterTextProperty().get()).isEqualTo("3 of 14");
        closeAll(robot);
    }

    @Test
    void aRememberedWindowLargerThanTheScreenOpensOnTheScreenAndIsSavedSo(FxRobot robot) {
        settingsFile = folder.resolve("settings.properties");
        SettingsStore store = new SettingsStore(settingsFile, warning -> { });
        store.save(new Settings(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Settings.WindowBounds(10, 10, 1e9, 1e9)), Optional.empty(), Optional.empty(), false));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();

        open(robot, WindowOptions.defaults(Duration.ZERO));

        Stage stage = shownStage();
        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        closeAll(robot);
        Settings.WindowBounds saved = store.load().window().orElseThrow();
        assertThat(saved.width()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(saved.height()).isLessThanOrEqualTo(screen.getHeight());
    }
}
