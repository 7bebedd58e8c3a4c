package org.storyslides.presentation;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Presentation state, with a hand-moved clock. */
class PresentationModelTest {

    final ManualClock clock = new ManualClock();
    final PresentationModel presentation = new PresentationModel(clock);

    @Test
    void controlsStepAsideAfterTwoSecondsWithoutPointerMovement() {
        presentation.enter();
        clock.advance(Duration.millis(1999));
        assertThat(presentation.isControlsShown()).isTrue();
        clock.advance(Duration.millis(1));
        assertThat(presentation.isControlsShown()).isFalse();
        presentation.pointerMoved();
        assertThat(presentation.isControlsShown()).isTrue();
        clock.advance(Duration.millis(1500));
        presentation.pointerMoved();
        clock.advance(Duration.millis(1500));
        assertThat(presentation.isControlsShown()).isTrue();
    }

    @Test
    void controlsStayInTheWindow() {
        clock.advance(Duration.minutes(1));
        assertThat(presentation.isControlsShown()).isTrue();
    }

    @Test
    void leavingUncoversAndShowsTheControls() {
        presentation.enter();
        presentation.toggleCover(ScreenCover.WHITE);
        clock.advance(Duration.seconds(3));
        presentation.leave();
        assertThat(presentation.getCover()).isEqualTo(ScreenCover.NONE);
        assertThat(presentation.isControlsShown()).isTrue();
    }

    @Test
    void coversToggleAndReplaceEachOther() {
        presentation.toggleCover(ScreenCover.BLACK);
        presentation.toggleCover(ScreenCover.WHITE);
        assertThat(presentation.getCover()).isEqualTo(ScreenCover.WHITE);
        presentation.toggleCover(ScreenCover.WHITE);
        assertThat(presentation.isCovered()).isFalse();
    }

    @Test
    void toggleEntersAndLeavesAndThePropertiesSayIt() {
        presentation.toggle();
        assertThat(presentation.isPresenting()).isTrue();
        assertThat(presentation.presentingProperty().get()).isTrue();
        presentation.toggle();
        assertThat(presentation.isPresenting()).isFalse();
        assertThat(presentation.presentingProperty().get()).isFalse();
    }

    @Test
    void enteringShowsTheControlsForTheirFullTime() {
        presentation.enter();
        clock.advance(PresentationModel.CONTROLS_LINGER);
        assertThat(presentation.controlsShownProperty().get()).isFalse();
        presentation.leave();
        presentation.enter();
        assertThat(presentation.isControlsShown()).as("back on entering").isTrue();
        clock.advance(PresentationModel.CONTROLS_LINGER.subtract(Duration.millis(1)));
        assertThat(presentation.isControlsShown()).as("the idle time starts again on entering").isTrue();
    }

    @Test
    void leavingWhileTheControlsAreAwayBringsThemBackAndTheyStay() {
        presentation.enter();
        presentation.toggleCover(ScreenCover.BLACK);
        clock.advance(PresentationModel.CONTROLS_LINGER);
        presentation.leave();
        assertThat(presentation.isControlsShown()).isTrue();
        assertThat(presentation.coverProperty().get()).isEqualTo(ScreenCover.NONE);
        clock.advance(Duration.minutes(1));
        assertThat(presentation.isControlsShown()).isTrue();
    }

    @Test
    void uncoverTakesAnyCoverAway() {
        presentation.toggleCover(ScreenCover.BLACK);
        assertThat(presentation.isCovered()).isTrue();
        presentation.uncover();
        assertThat(presentation.getCover()).isEqualTo(ScreenCover.NONE);
        assertThat(presentation.isCovered()).isFalse();
    }
}
