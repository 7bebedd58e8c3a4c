package org.storyslides.story;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** The story text's size, in steps, relative to the default (1.0). */
public final class StoryTextSize {

    static final double[] STEPS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0};
    private static final int DEFAULT_STEP = 2;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1.0);
    private int step = DEFAULT_STEP;

    public void larger() {
        setStep(step + 1);
    }

    public void smaller() {
        setStep(step - 1);
    }

    public void reset() {
        setStep(DEFAULT_STEP);
    }

    /** Restores a remembered scale: the nearest step. */
    public void restore(double remembered) {
        int nearest = DEFAULT_STEP;
        for (int i = 0; i < STEPS.length; i++) {
            if (Math.abs(STEPS[i] - remembered) < Math.abs(STEPS[nearest] - remembered)) {
                nearest = i;
            }
        }
        setStep(nearest);
    }

    private void setStep(int wanted) {
        step = Math.max(0, Math.min(STEPS.length - 1, wanted));
        scale.set(STEPS[step]);
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double getScale() {
        return scale.get();
    }
}
