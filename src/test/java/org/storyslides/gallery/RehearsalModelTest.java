package org.storyslides.gallery;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.storyslides.presentation.ManualClock;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the idle-time rehearsal steps, and that it ends once, closing what it built. */
class RehearsalModelTest {

    private final ManualClock clock = new ManualClock();
    private final List<String> log = new ArrayList<>();
    private int built;

    private RehearsalModel model(int steps) {
        return new RehearsalModel(steps, clock, () -> {
            built++;
            return new RehearsalModel.Rehearsal() {
                @Override
                public void step() {
                    log.add("step");
                }

                @Override
                public void close() {
                    log.add("close");
                }
            };
        });
    }

    private void ticks(int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.millis(16));
        }
    }

    @Test
    void nothingIsBuiltOrSteppedBeforeItStarts() {
        RehearsalModel model = model(3);
        ticks(5);

        assertThat(built).isZero();
        assertThat(log).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.WAITING);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void startedItIsBuiltAtItsFirstTickNotBefore() {
        RehearsalModel model = model(3);
        model.start();

        assertThat(built).isZero();
        assertThat(model.runningProperty().get()).isTrue();
        ticks(1);
        assertThat(built).isEqualTo(1);
        assertThat(log).containsExactly("step");
    }

    @Test
    void itStepsOnceATickMakesItsStepsClosesOnceAndIsDone() {
        RehearsalModel model = model(3);
        model.start();
        ticks(2);
        assertThat(model.stepsDone()).isEqualTo(2);
        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.RUNNING);

        ticks(4);
        assertThat(log).containsExactly("step", "step", "step", "close");
        assertThat(model.stepsDone()).isEqualTo(3);
        assertThat(built).isEqualTo(1);
        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.DONE);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void stoppedWhileRunningItClosesAtOnceAndNeverStepsAgain() {
        RehearsalModel model = model(10);
        model.start();
        ticks(2);
        model.stop();

        assertThat(log).containsExactly("step", "step", "close");
        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.STOPPED);
        assertThat(model.runningProperty().get()).isFalse();
        model.start();
        ticks(3);
        model.stop();
        assertThat(log).containsExactly("step", "step", "close");
        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.STOPPED);
    }

    @Test
    void stoppedBeforeItStartsItIsNeverBuiltNorStarted() {
        RehearsalModel model = model(3);
        model.stop();
        model.start();
        ticks(3);

        assertThat(built).isZero();
        assertThat(log).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.STOPPED);
    }

    @Test
    void stoppedAfterItIsDoneItStaysDoneAndClosesNothingMore() {
        RehearsalModel model = model(1);
        model.start();
        ticks(1);
        model.stop();
        model.start();
        ticks(2);

        assertThat(log).containsExactly("step", "close");
        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.DONE);
    }

    @Test
    void stoppedStartedButNotYetBuiltThereIsNothingToClose() {
        RehearsalModel model = model(3);
        model.start();
        model.stop();

        assertThat(built).isZero();
        assertThat(log).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.STOPPED);
    }

    @Test
    void withNoStepsItIsDoneAsItStartsAndNothingIsBuilt() {
        RehearsalModel model = model(0);
        model.start();
        ticks(2);

        assertThat(model.stateProperty().get()).isEqualTo(RehearsalModel.State.DONE);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(built).isZero();
    }

    @Test
    void aNegativeNumberOfStepsIsRefused() {
        assertThatThrownBy(() -> model(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
