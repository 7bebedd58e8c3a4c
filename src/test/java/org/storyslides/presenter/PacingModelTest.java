package org.storyslides.presenter;

import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.storyslides.content.Gallery;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.ManualClock;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The talk's clock and its pace against the reading-time plan, without a toolkit. */
class PacingModelTest {

    // reading times 4 s, 9 s, 15 s: slide 1 is planned from 0:04 to 0:13, the gallery 0:28 in all
    final Gallery first = TestSlides.gallery("first", 0, 23, 46);
    // 9 s, 9 s
    final Gallery second = TestSlides.gallery("second", 23, 23);
    final ManualClock clock = new ManualClock();
    final SimpleObjectProperty<CarouselModel.Position> position = new SimpleObjectProperty<>(new CarouselModel.Position(first, 0));
    final PacingModel pacing = new PacingModel(clock, position, new Messages(Locale.ENGLISH));

    private void pass(double seconds) {
        clock.advance(Duration.seconds(seconds));
    }

    private void showSlide(int slide) {
        position.set(new CarouselModel.Position(position.get().gallery(), slide));
    }

    @Test
    void startsPausedAtZeroAndCountsNothingUntilResumed() {
        assertThat(pacing.isRunning()).isFalse();
        pass(5);
        assertThat(pacing.getElapsed()).isEqualTo(Duration.ZERO);
        assertThat(pacing.getGalleryTime()).isEqualTo(Duration.ZERO);
        assertThat(pacing.elapsedTextProperty().get()).isEqualTo("0:00");
    }

    @Test
    void countsWhileRunningAndHoldsWhilePaused() {
        pacing.resume();
        pass(60);
        pass(15);
        assertThat(pacing.elapsedTextProperty().get()).isEqualTo("1:15");
        pacing.pause();
        pass(30);
        assertThat(pacing.getElapsed()).isEqualTo(Duration.seconds(75));
        assertThat(pacing.getGalleryTime()).isEqualTo(Duration.seconds(75));
        assertThat(pacing.runningProperty().get()).isFalse();
        pacing.resume();
        pass(1);
        assertThat(pacing.getElapsed()).isEqualTo(Duration.seconds(76));
    }

    @Test
    void togglePauseStopsAndStartsTheClock() {
        pacing.togglePause();
        assertThat(pacing.isRunning()).isTrue();
        pass(2);
        pacing.togglePause();
        assertThat(pacing.isRunning()).isFalse();
        pass(2);
        assertThat(pacing.getElapsed()).isEqualTo(Duration.seconds(2));
    }

    @Test
    void resetGoesBackToZeroAndKeepsTheClockRunningOrPaused() {
        pacing.resume();
        pass(20);
        pacing.reset();
        assertThat(pacing.getElapsed()).isEqualTo(Duration.ZERO);
        assertThat(pacing.getGalleryTime()).isEqualTo(Duration.ZERO);
        assertThat(pacing.isRunning()).isTrue();
        pass(3);
        assertThat(pacing.getElapsed()).isEqualTo(Duration.seconds(3));

        pacing.pause();
        pacing.reset();
        assertThat(pacing.isRunning()).isFalse();
        assertThat(pacing.elapsedTextProperty().get()).isEqualTo("0:00");
    }

    @Test
    void resetCountsThePlanFromTheSlideOnShow() {
        showSlide(2);
        pacing.resume();
        pass(40);
        assertThat(pacing.getPace()).isEqualTo(Pace.BEHIND);
        pacing.reset();
        assertThat(pacing.getPace()).as("at slide 3's planned start").isEqualTo(Pace.ON_TIME);
        showSlide(1);
        assertThat(pacing.getPace()).as("at 13 s in the plan: slide 2's planned end").isEqualTo(Pace.ON_TIME);
        pass(17);
        showSlide(2);
        assertThat(pacing.getPace()).isEqualTo(Pace.BEHIND);
        assertThat(pacing.getPaceAmount()).isEqualTo(Duration.seconds(2));
    }

    @Test
    void aGalleryTakenUpMidwayIsPlannedFromTheSlideItWasTakenUpAt() {
        pacing.resume();
        position.set(new CarouselModel.Position(second, 1));
        assertThat(pacing.getPace()).isEqualTo(Pace.ON_TIME);
        pass(9.5);
        assertThat(pacing.getPace()).as("slide 2 of second is planned for 9 s").isEqualTo(Pace.BEHIND);
        assertThat(pacing.getPaceAmount()).isEqualTo(Duration.seconds(0.5));
    }

    @Test
    void theGalleryIsPlannedAsTheSumOfItsReadingTimes() {
        assertThat(pacing.getGalleryPlan()).isEqualTo(Duration.seconds(28));
        assertThat(pacing.planTextProperty().get()).isEqualTo("0:28 planned");
        position.set(new CarouselModel.Position(second, 1));
        assertThat(pacing.getGalleryPlan()).isEqualTo(Duration.seconds(18));
        assertThat(pacing.galleryPlanProperty().get()).isEqualTo(Duration.seconds(18));
        assertThat(pacing.planTextProperty().get()).isEqualTo("0:18 planned");
    }

    @Test
    void eachSlideIsPlannedAfterTheSlidesBeforeIt() {
        assertThat(pacing.getPlannedStart()).isEqualTo(Duration.ZERO);
        assertThat(pacing.getPlannedEnd()).isEqualTo(Duration.seconds(4));
        showSlide(1);
        assertThat(pacing.plannedStartProperty().get()).isEqualTo(Duration.seconds(4));
        assertThat(pacing.plannedEndProperty().get()).isEqualTo(Duration.seconds(13));
        showSlide(2);
        assertThat(pacing.getPlannedStart()).isEqualTo(Duration.seconds(13));
        assertThat(pacing.getPlannedEnd()).isEqualTo(Duration.seconds(28));
    }

    @Test
    void beforeTheSlidesPlannedStartTheTalkIsAheadByTheDifference() {
        showSlide(1);
        pacing.resume();
        pass(1.5);
        assertThat(pacing.getPace()).isEqualTo(Pace.AHEAD);
        assertThat(pacing.getPaceAmount()).isEqualTo(Duration.seconds(2.5));
        assertThat(pacing.paceTextProperty().get()).isEqualTo("0:03 ahead");
    }

    @Test
    void fromTheSlidesPlannedStartToItsEndTheTalkIsOnTime() {
        showSlide(1);
        pacing.resume();
        pass(4);
        assertThat(pacing.getPace()).isEqualTo(Pace.ON_TIME);
        assertThat(pacing.getPaceAmount()).isEqualTo(Duration.ZERO);
        assertThat(pacing.paceTextProperty().get()).isEqualTo("On time");
        pass(9);
        assertThat(pacing.paceProperty().get()).isEqualTo(Pace.ON_TIME);
    }

    @Test
    void pastTheSlidesPlannedEndTheTalkIsBehindByTheDifference() {
        showSlide(1);
        pacing.resume();
        pass(13.2);
        assertThat(pacing.getPace()).isEqualTo(Pace.BEHIND);
        assertThat(pacing.paceAmountProperty().get().toMillis()).isCloseTo(200, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(pacing.paceTextProperty().get()).isEqualTo("0:01 behind");
        pass(79.8);
        assertThat(pacing.paceTextProperty().get()).isEqualTo("1:20 behind");
    }

    @Test
    void movingToAnotherSlideJudgesThePaceAgainstThatSlide() {
        pacing.resume();
        pass(10);
        assertThat(pacing.getPace()).isEqualTo(Pace.BEHIND);
        showSlide(1);
        assertThat(pacing.getPace()).isEqualTo(Pace.ON_TIME);
        showSlide(2);
        assertThat(pacing.getPace()).isEqualTo(Pace.AHEAD);
        assertThat(pacing.getPaceAmount()).isEqualTo(Duration.seconds(3));
        showSlide(0);
        assertThat(pacing.getPace()).isEqualTo(Pace.BEHIND);
        assertThat(pacing.getPaceAmount()).isEqualTo(Duration.seconds(6));
    }

    @Test
    void theTimeInTheGalleryStartsAgainInAnotherGalleryButNotOnAnotherSlide() {
        pacing.resume();
        pass(10);
        showSlide(2);
        assertThat(pacing.getGalleryTime()).isEqualTo(Duration.seconds(10));
        position.set(new CarouselModel.Position(second, 0));
        assertThat(pacing.galleryTimeProperty().get()).isEqualTo(Duration.ZERO);
        assertThat(pacing.getElapsed()).isEqualTo(Duration.seconds(10));
        assertThat(pacing.getPace()).isEqualTo(Pace.ON_TIME);
        pass(5);
        assertThat(pacing.getGalleryTime()).isEqualTo(Duration.seconds(5));
        assertThat(pacing.elapsedProperty().get()).isEqualTo(Duration.seconds(15));
    }

    @Test
    void theSameGalleryShownAgainAsANewValueKeepsItsTime() {
        pacing.resume();
        pass(10);
        position.set(new CarouselModel.Position(TestSlides.gallery("first", 0, 23, 46), 1));
        assertThat(pacing.getGalleryTime()).isEqualTo(Duration.seconds(10));
    }
}
