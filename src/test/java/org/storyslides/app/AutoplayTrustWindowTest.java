package org.storyslides.app;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyslides.presentation.NoticeModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** Autoplay a presenter can trust: it holds under every cover and overlay, says so, and its notices go. */
class AutoplayTrustWindowTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @BeforeEach
    void startAutoplayWithThePointerAway(FxRobot robot) {
        robot.moveTo("#story");
        robot.type(KeyCode.A);
        verifyThat("#autoplay-state", hasText("Autoplay ×1"));
    }

    /** Minutes on the clock, in pulses of a second: what a presenter talking over a held slide would see. */
    private void talk(FxRobot robot, int seconds) {
        robot.interact(() -> {
            for (int i = 0; i < seconds; i++) {
                clock.advance(Duration.seconds(1));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void holdsUnder(FxRobot robot, Consumer<FxRobot> open, String line, Consumer<FxRobot> close) {
        open.accept(robot);
        talk(robot, 120);
        assertThat(window.carousel().getSlideIndex()).as("held under: %s", line).isZero();
        assertThat(window.autoplay().isPlaying()).as("still on under: %s", line).isTrue();
        close.accept(robot);
        talk(robot, 6);
        assertThat(window.carousel().getSlideIndex()).as("moves on once %s ends", line).isEqualTo(1);
    }

    @Test
    void theBlackScreenHoldsTheSlide(FxRobot robot) {
        holdsUnder(robot, r -> r.type(KeyCode.B), "black screen", r -> r.type(KeyCode.B));
    }

    @Test
    void theWhiteScreenHoldsTheSlide(FxRobot robot) {
        holdsUnder(robot, r -> r.type(KeyCode.W), "white screen", r -> r.type(KeyCode.W));
    }

    @Test
    void theHelpHoldsTheSlide(FxRobot robot) {
        holdsUnder(robot, r -> r.type(KeyCode.F1), "help", r -> r.type(KeyCode.ESCAPE));
    }

    @Test
    void theGridHoldsTheSlide(FxRobot robot) {
        holdsUnder(robot, r -> r.type(KeyCode.G), "grid", r -> r.type(KeyCode.ESCAPE));
    }

    @Test
    void aZoomedPictureHoldsTheSlide(FxRobot robot) throws Exception {
        TestWindows.awaitPicture(robot);
        holdsUnder(robot, r -> r.type(KeyCode.I), "zoom", r -> r.type(KeyCode.ESCAPE));
    }

    @Test
    void thePointerOnThePictureHoldsTheSlideAndSaysSo(FxRobot robot) {
        robot.moveTo("#slide-image");
        verifyThat("#notice", hasText("Autoplay paused: pointer on the picture"));
        verifyThat("#autoplay-state", hasText("Paused: pointer on the picture"));
        talk(robot, 120);
        assertThat(window.carousel().getSlideIndex()).isZero();
        robot.moveTo("#story");
        verifyThat("#notice", hasText("Autoplay playing again"));
        talk(robot, 6);
        assertThat(window.carousel().getSlideIndex()).isEqualTo(1);
    }

    @Test
    void aNumberBeingTypedHoldsTheSlideUntilItIsDropped(FxRobot robot) {
        robot.type(KeyCode.DIGIT1);
        talk(robot, 4);
        assertThat(window.carousel().getSlideIndex()).as("held while the number is up").isZero();
        verifyThat("#slide-number", isVisible());
        talk(robot, 2);
        verifyThat("#slide-number", isInvisible());
        talk(robot, 6);
        assertThat(window.carousel().getSlideIndex()).as("a dropped number lets autoplay go on").isEqualTo(1);
    }

    @Test
    void aHeldKeyHoldsTheSlideItReached(FxRobot robot) {
        robot.press(KeyCode.RIGHT);
        try {
            talk(robot, 120);
            assertThat(window.carousel().getSlideIndex()).isEqualTo(1);
        } finally {
            robot.release(KeyCode.RIGHT);
        }
    }

    @Test
    void thePaceKeysSayThePaceAndTheNoticeGoes(FxRobot robot) {
        robot.type(KeyCode.ADD);
        verifyThat("#notice", hasText("Autoplay ×1.25"));
        verifyThat("#notice", isVisible());
        verifyThat("#autoplay-state", hasText("Autoplay ×1.25"));
        robot.moveTo("#slide-image"); // held, so the clock below moves only the notice
        robot.interact(() -> window.notices().show("Autoplay ×1.25"));
        talk(robot, (int) NoticeModel.SHOWN_FOR.toSeconds());
        verifyThat("#notice", isInvisible());
    }

    @Test
    void aRefusedNumberGoesOnItsOwn(FxRobot robot) {
        robot.type(KeyCode.A); // autoplay off: only the refusal is on the clock
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.ENTER);
        verifyThat("#slide-number", hasText("There is no slide 25: this gallery has slides 1 to 14"));
        talk(robot, 3);
        verifyThat("#slide-number", isInvisible());
    }

    @Test
    void loopRunsTheGalleryRound(FxRobot robot) {
        robot.type(KeyCode.L);
        verifyThat("#autoplay-state", hasText("Autoplay ×1 · loop"));
        robot.type(KeyCode.END);
        robot.interact(() -> clock.advance(window.autoplay().holdTime()));
        assertThat(window.carousel().getSlideIndex()).as("back at the cover").isZero();
        assertThat(window.autoplay().isPlaying()).isTrue();
    }
}
