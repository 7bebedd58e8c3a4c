package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presentation controls with their real fade (300 ms, as a reader sees it; the other window tests
 * run without motion). Each change of the controls must stop the fade before it: two fades left
 * running fight over the opacity, and the bar flickers down while it is being shown.
 */
class ControlsFadeWindowTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.open(stage, settings.resolve("settings.properties"), clock,
                new WindowOptions(Optional.empty(), Optional.empty(), false, false, Duration.millis(180)));
    }

    @Test
    void controlsShownAgainAsTheyStartToFadeRiseWithoutADipAndEndFullyShown(FxRobot robot) throws Exception {
        robot.type(KeyCode.F11);
        assertThat(window.presentation().isPresenting()).isTrue();
        Node bar = robot.lookup(".carousel-bar").query();
        List<Node> controls = List.of(bar, robot.lookup("#previous").query(), robot.lookup("#next").query());
        assertThat(bar.getOpacity()).isEqualTo(1.0);

        // the pointer rests: the controls start to fade out
        robot.interact(() -> clock.advance(Duration.seconds(2)));
        assertThat(window.presentation().isControlsShown()).isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> bar.getOpacity() < 1.0).get());

        // and moves again at once: from here on the bar's opacity only rises
        List<Double> afterShow = new ArrayList<>();
        robot.interact(() -> {
            afterShow.add(bar.getOpacity());
            bar.opacityProperty().addListener((observable, was, now) -> afterShow.add(now.doubleValue()));
            window.presentation().pointerMoved();
        });
        assertThat(window.presentation().isControlsShown()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> controls.stream().allMatch(control -> control.getOpacity() == 1.0)).get());
        // (the fade-in started last, so a fade-out left running would have ended, pulling the bar down, before it)
        List<Double> values = WaitForAsyncUtils.asyncFx(() -> List.copyOf(afterShow)).get();
        assertThat(values.get(0)).as("the fade-out had begun").isLessThan(1.0);
        assertThat(values).as("the bar's opacity from the show on").isSorted().last().isEqualTo(1.0);
        assertThat(controls).allMatch(control -> control.getOpacity() == 1.0);
        robot.type(KeyCode.ESCAPE);
    }
}
