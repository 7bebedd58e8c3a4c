package org.storyslides.presentation;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each motion takes: its own time, and none when motion is reduced or there is no slide transition (tests). */
class MotionPreferenceTest {

    private static final Duration TRANSITION = Duration.millis(180);

    @Test
    void withMotionEachMovementTakesItsTime() {
        MotionPreference motion = new MotionPreference(TRANSITION, false);

        assertThat(motion.slideTransition()).isEqualTo(TRANSITION);
        assertThat(motion.controlsFade()).isEqualTo(Duration.millis(300));
        assertThat(motion.storyScroll()).isEqualTo(Duration.millis(250));
        assertThat(motion.wheelScroll()).isEqualTo(Duration.millis(120));
        assertThat(motion.isReduced()).isFalse();
    }

    @Test
    void reducedMotionMakesEveryMovementAJump() {
        MotionPreference motion = new MotionPreference(TRANSITION, true);

        assertThat(motion.slideTransition()).isEqualTo(Duration.ZERO);
        assertThat(motion.controlsFade()).isEqualTo(Duration.ZERO);
        assertThat(motion.storyScroll()).isEqualTo(Duration.ZERO);
        assertThat(motion.wheelScroll()).isEqualTo(Duration.ZERO);
        assertThat(motion.isReduced()).isTrue();
    }

    @Test
    void noSlideTransitionMakesEveryMovementAJump() {
        MotionPreference motion = new MotionPreference(Duration.ZERO, false);

        assertThat(motion.controlsFade()).isEqualTo(Duration.ZERO);
        assertThat(motion.storyScroll()).isEqualTo(Duration.ZERO);
        assertThat(motion.wheelScroll()).isEqualTo(Duration.ZERO);
    }

    @Test
    void reducingMotionLaterTakesEffectAtOnce() {
        MotionPreference motion = new MotionPreference(TRANSITION, false);
        motion.reducedProperty().set(true);

        assertThat(motion.wheelScroll()).isEqualTo(Duration.ZERO);
        assertThat(motion.slideTransition()).isEqualTo(Duration.ZERO);
    }
}
