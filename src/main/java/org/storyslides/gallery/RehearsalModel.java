package org.storyslides.gallery;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.storyslides.presentation.Clock;

import java.util.function.Supplier;

/**
 * When the window's idle-time rehearsal of a slide change ({@link CarouselRehearsal}) runs: once
 * started (the first picture is on screen), one step a tick of the clock, until it has made its steps
 * or it is stopped (the reader acts, the window closes); either way it ends once, for good, and what it
 * built is closed. Its rehearsal is built at its first step, never before it is needed.
 */
public final class RehearsalModel {

    public enum State {
        WAITING, RUNNING, DONE, STOPPED
    }

    /** What a rehearsal does: a step, and its end. */
    public interface Rehearsal {
        void step();

        void close();
    }

    private final int steps;
    private final Supplier<? extends Rehearsal> builder;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final BooleanBinding running = Bindings.createBooleanBinding(() -> state.get() == State.RUNNING, state);
    private Rehearsal rehearsal;
    private int stepsDone;

    public RehearsalModel(int steps, Clock clock, Supplier<? extends Rehearsal> builder) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative: " + steps);
        }
        this.steps = steps;
        this.builder = builder;
        clock.addListener(elapsed -> tick());
    }

    /** The window is idle after its first frame: the steps begin (only from WAITING). */
    public void start() {
        if (state.get() == State.WAITING) {
            state.set(steps == 0 ? State.DONE : State.RUNNING);
        }
    }

    /** The reader acted or the window goes: no further step, now or later. */
    public void stop() {
        if (state.get() == State.WAITING || state.get() == State.RUNNING) {
            end(State.STOPPED);
        }
    }

    private void tick() {
        if (state.get() != State.RUNNING) {
            return;
        }
        if (rehearsal == null) {
            rehearsal = builder.get();
        }
        rehearsal.step();
        stepsDone++;
        if (stepsDone == steps) {
            end(State.DONE);
        }
    }

    private void end(State ended) {
        if (rehearsal != null) {
            rehearsal.close();
            rehearsal = null;
        }
        state.set(ended);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while steps are to come: the clock must tick for them. */
    public ObservableBooleanValue runningProperty() {
        return running;
    }

    public int stepsDone() {
        return stepsDone;
    }
}
