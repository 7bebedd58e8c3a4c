package org.storyslides.presenter;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.util.Duration;
import org.storyslides.content.Gallery;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.Clock;
import org.storyslides.presentation.ReadingTime;

/**
 * The talk's time: how long it has run (paused, resumed and reset by the presenter), and its pace
 * against a plan made of reading times. The plan of a gallery is the sum of {@link ReadingTime#of}
 * over its slides; slide {@code i} is planned from the sum over the slides before it to that plus its
 * own. The time spent in the gallery on show starts at zero when another gallery comes on show (and
 * on a reset) and runs with the elapsed time; it is counted from the planned start of the slide on
 * show then, so a talk that takes up a gallery at its fifth slide (or resets the timer there) is on
 * time there, not "ahead" by four slides. The talk is behind by how far its place in the plan is past
 * the current slide's planned end, ahead by how far it is before its planned start, on time between.
 * Time comes from the injected {@link Clock} only, so tests move it by hand.
 */
public final class PacingModel {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Duration> elapsed = new ReadOnlyObjectWrapper<>(this, "elapsed", Duration.ZERO);
    private final ReadOnlyObjectWrapper<Duration> galleryTime = new ReadOnlyObjectWrapper<>(this, "galleryTime", Duration.ZERO);
    private final ReadOnlyObjectWrapper<Duration> galleryPlan = new ReadOnlyObjectWrapper<>(this, "galleryPlan", Duration.ZERO);
    private final ReadOnlyObjectWrapper<Duration> plannedStart = new ReadOnlyObjectWrapper<>(this, "plannedStart", Duration.ZERO);
    private final ReadOnlyObjectWrapper<Duration> plannedEnd = new ReadOnlyObjectWrapper<>(this, "plannedEnd", Duration.ZERO);
    private final ReadOnlyObjectWrapper<Pace> pace = new ReadOnlyObjectWrapper<>(this, "pace", Pace.ON_TIME);
    private final ReadOnlyObjectWrapper<Duration> paceAmount = new ReadOnlyObjectWrapper<>(this, "paceAmount", Duration.ZERO);

    private final ObservableObjectValue<CarouselModel.Position> position;
    private final ObservableStringValue elapsedText;
    private final ObservableStringValue planText;
    private final ObservableStringValue paceText;
    private String galleryId;
    // the planned start of the slide on show when the gallery's time began: the plan is counted from there
    private Duration planFrom = Duration.ZERO;
    // planned start of each slide of the gallery on show, and the gallery's end last
    private Duration[] starts = new Duration[0];

    /** Starts paused at 0:00; {@link #resume()} starts the clock. */
    public PacingModel(Clock clock, ObservableObjectValue<CarouselModel.Position> position, Messages messages) {
        this.position = position;
        elapsedText = Bindings.createStringBinding(() -> TimeText.span(elapsed.get()), elapsed);
        planText = Bindings.createStringBinding(() -> messages.format("presenter.planned", TimeText.spanRounded(galleryPlan.get())),
                galleryPlan);
        paceText = Bindings.createStringBinding(() -> switch (pace.get()) {
            case ON_TIME -> messages.get("presenter.onTime");
            case AHEAD -> messages.format("presenter.ahead", TimeText.spanRoundedUp(paceAmount.get()));
            case BEHIND -> messages.format("presenter.behind", TimeText.spanRoundedUp(paceAmount.get()));
        }, pace, paceAmount);
        position.addListener(observable -> moved());
        moved();
        clock.addListener(this::elapse);
    }

    // --- commands

    public void pause() {
        running.set(false);
    }

    public void resume() {
        running.set(true);
    }

    public void togglePause() {
        running.set(!running.get());
    }

    /** Back to 0:00, for the talk and for the gallery on show; running or paused as it was. */
    public void reset() {
        elapsed.set(Duration.ZERO);
        galleryTime.set(Duration.ZERO);
        planFrom = plannedStart.get();
        updatePace();
    }

    private void elapse(Duration time) {
        if (running.get()) {
            elapsed.set(elapsed.get().add(time));
            galleryTime.set(galleryTime.get().add(time));
            updatePace();
        }
    }

    private void moved() {
        CarouselModel.Position here = position.get();
        Gallery gallery = here.gallery();
        if (!gallery.id().equals(galleryId)) {
            galleryId = gallery.id();
            galleryTime.set(Duration.ZERO);
            starts = new Duration[gallery.size() + 1];
            starts[0] = Duration.ZERO;
            for (int i = 0; i < gallery.size(); i++) {
                starts[i + 1] = starts[i].add(ReadingTime.of(gallery.slides().get(i)));
            }
            galleryPlan.set(starts[gallery.size()]);
            planFrom = starts[here.slide()];
        }
        plannedStart.set(starts[here.slide()]);
        plannedEnd.set(starts[here.slide() + 1]);
        updatePace();
    }

    private void updatePace() {
        Duration spent = planFrom.add(galleryTime.get());
        if (spent.greaterThan(plannedEnd.get())) {
            paceAmount.set(spent.subtract(plannedEnd.get()));
            pace.set(Pace.BEHIND);
        } else if (spent.lessThan(plannedStart.get())) {
            paceAmount.set(plannedStart.get().subtract(spent));
            pace.set(Pace.AHEAD);
        } else {
            paceAmount.set(Duration.ZERO);
            pace.set(Pace.ON_TIME);
        }
    }

    // --- running: the clock counts (false: paused)

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    // --- elapsed: the talk's time, paused spans left out

    public ReadOnlyObjectProperty<Duration> elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public Duration getElapsed() {
        return elapsed.get();
    }

    // --- galleryTime: the time spent in the gallery on show

    public ReadOnlyObjectProperty<Duration> galleryTimeProperty() {
        return galleryTime.getReadOnlyProperty();
    }

    public Duration getGalleryTime() {
        return galleryTime.get();
    }

    // --- galleryPlan: the reading times of the gallery's slides, added up

    public ReadOnlyObjectProperty<Duration> galleryPlanProperty() {
        return galleryPlan.getReadOnlyProperty();
    }

    public Duration getGalleryPlan() {
        return galleryPlan.get();
    }

    // --- plannedStart / plannedEnd: the current slide's place in the plan, from the gallery's start

    public ReadOnlyObjectProperty<Duration> plannedStartProperty() {
        return plannedStart.getReadOnlyProperty();
    }

    public Duration getPlannedStart() {
        return plannedStart.get();
    }

    public ReadOnlyObjectProperty<Duration> plannedEndProperty() {
        return plannedEnd.getReadOnlyProperty();
    }

    public Duration getPlannedEnd() {
        return plannedEnd.get();
    }

    // --- pace and its amount (zero when on time)

    public ReadOnlyObjectProperty<Pace> paceProperty() {
        return pace.getReadOnlyProperty();
    }

    public Pace getPace() {
        return pace.get();
    }

    public ReadOnlyObjectProperty<Duration> paceAmountProperty() {
        return paceAmount.getReadOnlyProperty();
    }

    public Duration getPaceAmount() {
        return paceAmount.get();
    }

    // --- texts: "12:03", "12:40 planned", "1:20 behind" / "0:35 ahead" / "On time"

    public ObservableStringValue elapsedTextProperty() {
        return elapsedText;
    }

    public ObservableStringValue planTextProperty() {
        return planText;
    }

    public ObservableStringValue paceTextProperty() {
        return paceText;
    }
}
