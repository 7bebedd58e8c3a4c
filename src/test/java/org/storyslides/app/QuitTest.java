package org.storyslides.app;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyslides.settings.Settings;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** Ctrl+Q quits from every mode, and the window remembers where it was; Esc never quits. */
class QuitTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void ctrlQ(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
    }

    private Settings saved() {
        return new SettingsStore(settings.resolve("settings.properties"), warning -> { }).load();
    }

    @Test
    void ctrlQWhilePresentingClosesTheWindowAndTheSettingsHoldTheSlideOnShow(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.F);
        assertThat(window.presentation().isPresenting()).isTrue();
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("4 of 14"));

        ctrlQ(robot);

        assertThat(stage.isShowing()).isFalse();
        assertThat(saved().slide()).isEqualTo(Optional.of(3));
        assertThat(saved().gallery()).isEqualTo(Optional.of(window.carousel().getGallery().id()));
    }

    /** What is on screen when Ctrl+Q is pressed, and the keys that bring it there. */
    enum Mode {
        GRID(KeyCode.G),
        HELP(KeyCode.F1),
        NUMBER_BEING_TYPED(KeyCode.DIGIT1),
        BLACK_SCREEN(KeyCode.B),
        PRESENTING_WITH_THE_HELP_OPEN(KeyCode.F, KeyCode.F1);

        final KeyCode[] keys;

        Mode(KeyCode... keys) {
            this.keys = keys;
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void ctrlQQuitsFromEveryModeAndTheSettingsHoldTheSlideOnShow(Mode mode, FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        robot.type(mode.keys);
        assertThat(stage.isShowing()).isTrue();

        ctrlQ(robot);

        assertThat(stage.isShowing()).as("closed from " + mode).isFalse();
        assertThat(saved().slide()).isEqualTo(Optional.of(1));
    }

    @Test
    void escNeverQuitsHoweverOftenItIsPressed(FxRobot robot) {
        robot.type(KeyCode.F, KeyCode.G, KeyCode.F1);
        robot.type(KeyCode.ESCAPE, 6);
        assertThat(stage.isShowing()).isTrue();
        verifyThat("#counter", isVisible());
    }
}
