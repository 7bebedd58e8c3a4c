package org.storyslides.presentation;

import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Slide;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.i18n.Messages;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Autoplay paced by reading time, driven by a hand-moved clock: no sleeping. */
class AutoplayModelTest {

    final ManualClock clock = new ManualClock();
    CarouselModel carousel;
    AutoplayModel autoplay;

    @BeforeEach
    void setUp() {
        Content content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        carousel = new CarouselModel(content, new Messages(Locale.ENGLISH), CarouselModel.GalleryOpener.reading(content));
        autoplay = new AutoplayModel(carousel, clock);
    }

    private Duration hold() {
        return ReadingTime.of(carousel.slideProperty().get());
    }

    @Test
    void readingTimeIsABaseTimePlusWordsAt230AMinuteWithinBounds() {
        Slide cover = carousel.getGallery().cover(); // "19 memorable quotes from James 'Mad Dog' Mattis": 8 words
        assertThat(ReadingTime.of(cover).toMillis()).isCloseTo(3000 + 8 * 60_000.0 / 230, within(0.01));
        Slide brutalFacts = carousel.getGallery().slides().get(1); // quote 24 words, caption 9 + 25
        assertThat(ReadingTime.of(brutalFacts).toMillis()).isCloseTo(3000 + 58 * 60_000.0 / 230, within(0.01));
        assertThat(ReadingTime.of(new Slide("a.jpg", null, List.of(), null))).as("no words").isEqualTo(ReadingTime.SHORTEST);
        Slide essay = new Slide("a.jpg", null, List.of("word ".repeat(500)), null);
        assertThat(ReadingTime.of(essay)).as("500 words").isEqualTo(ReadingTime.LONGEST);
    }

    @Test
    void holdsEachSlideForItsReadingTimeThenMovesOn() {
        autoplay.toggle();
        clock.advance(hold().subtract(Duration.millis(1)));
        assertThat(carousel.getSlideIndex()).isZero();
        assertThat(autoplay.getRemaining()).isBetween(0.0, 0.01);
        clock.advance(Duration.millis(1));
        assertThat(carousel.getSlideIndex()).isEqualTo(1);
        assertThat(autoplay.getRemaining()).isEqualTo(1.0);
        Duration secondHold = hold();
        assertThat(secondHold.greaterThan(ReadingTime.SHORTEST)).as("a slide with words is held longer than the cover").isTrue();
        clock.advance(secondHold.divide(2));
        assertThat(autoplay.getRemaining()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.001));
        clock.advance(secondHold.divide(2));
        assertThat(carousel.getSlideIndex()).isEqualTo(2);
    }

    @Test
    void pausesWhileThePointerIsOverThePictureOrAKeyIsHeld() {
        autoplay.toggle();
        autoplay.setPointerOverPicture(true);
        clock.advance(Duration.minutes(5));
        assertThat(carousel.getSlideIndex()).isZero();
        autoplay.setPointerOverPicture(false);
        autoplay.setKeyHeld(true);
        clock.advance(Duration.minutes(5));
        assertThat(carousel.getSlideIndex()).isZero();
        autoplay.setKeyHeld(false);
        clock.advance(hold());
        assertThat(carousel.getSlideIndex()).isEqualTo(1);
    }

    @Test
    void stopsAtTheGallerysEnd() {
        carousel.showSlide(12);
        autoplay.toggle();
        clock.advance(hold());
        assertThat(carousel.getSlideIndex()).isEqualTo(13);
        clock.advance(hold());
        assertThat(carousel.getSlideIndex()).isEqualTo(13);
        assertThat(autoplay.isPlaying()).isFalse();
    }

    @Test
    void paceDividesTheHoldWithinBounds() {
        autoplay.toggle();
        Duration normal = autoplay.holdTime();
        autoplay.faster();
        assertThat(autoplay.holdTime().toMillis()).isCloseTo(normal.toMillis() / 1.25, org.assertj.core.data.Offset.offset(0.01));
        for (int i = 0; i < 20; i++) {
            autoplay.faster();
        }
        assertThat(autoplay.getPace()).isEqualTo(AutoplayModel.FASTEST);
        for (int i = 0; i < 40; i++) {
            autoplay.slower();
        }
        assertThat(autoplay.getPace()).isEqualTo(AutoplayModel.SLOWEST);
        assertThat(autoplay.holdTime().toMillis()).isCloseTo(normal.toMillis() * 4, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aSlideReachedByHandGetsAFullHold() {
        autoplay.toggle();
        clock.advance(hold().subtract(Duration.millis(100)));
        carousel.showSlide(5);
        assertThat(autoplay.getRemaining()).isEqualTo(1.0);
        clock.advance(Duration.millis(200));
        assertThat(carousel.getSlideIndex()).isEqualTo(5);
    }

    @Test
    void nothingMovesWhenNotPlaying() {
        clock.advance(Duration.minutes(10));
        assertThat(carousel.getSlideIndex()).isZero();
    }

    @Test
    void eachHoldKeepsTheSlideAndNamesItselfUntilItEnds() {
        autoplay.toggle();
        for (PauseReason reason : List.of(PauseReason.COVER, PauseReason.HELP, PauseReason.TYPING, PauseReason.GRID,
                PauseReason.PROBLEMS, PauseReason.ZOOMED)) {
            javafx.beans.property.BooleanProperty condition = new javafx.beans.property.SimpleBooleanProperty(true);
            autoplay.pauseWhile(reason, condition);
            assertThat(autoplay.getPauseReason()).as("%s", reason).contains(reason);
            assertThat(autoplay.isPaused()).isTrue();
            assertThat(autoplay.isAdvancing()).isFalse();
            clock.advance(Duration.minutes(5));
            assertThat(carousel.getSlideIndex()).as("held by %s", reason).isZero();
            condition.set(false);
            assertThat(autoplay.getPauseReason()).isEmpty();
            assertThat(autoplay.isAdvancing()).isTrue();
        }
        clock.advance(hold());
        assertThat(carousel.getSlideIndex()).as("nothing holds it any more").isEqualTo(1);
    }

    @Test
    void theTimeHeldBeforeAPauseCountsAfterIt() {
        javafx.beans.property.BooleanProperty help = new javafx.beans.property.SimpleBooleanProperty();
        autoplay.pauseWhile(PauseReason.HELP, help);
        autoplay.toggle();
        clock.advance(hold().divide(2));
        help.set(true);
        clock.advance(Duration.minutes(1));
        assertThat(autoplay.getRemaining()).isCloseTo(0.5, within(0.001));
        help.set(false);
        clock.advance(hold().divide(2));
        assertThat(carousel.getSlideIndex()).isEqualTo(1);
    }

    @Test
    void theFirstHoldInReasonOrderIsTheOneNamed() {
        javafx.beans.property.BooleanProperty cover = new javafx.beans.property.SimpleBooleanProperty();
        autoplay.pauseWhile(PauseReason.COVER, cover);
        autoplay.setPointerOverPicture(true);
        autoplay.setKeyHeld(true);
        assertThat(autoplay.getPauseReason()).contains(PauseReason.POINTER);
        cover.set(true);
        assertThat(autoplay.getPauseReason()).contains(PauseReason.COVER);
        cover.set(false);
        autoplay.setPointerOverPicture(false);
        assertThat(autoplay.getPauseReason()).contains(PauseReason.KEY_HELD);
        autoplay.setKeyHeld(false);
        assertThat(autoplay.getPauseReason()).isEmpty();
        assertThat(autoplay.isPaused()).isFalse();
    }

    @Test
    void aHoldGivenAgainReplacesTheOneBefore() {
        javafx.beans.property.BooleanProperty first = new javafx.beans.property.SimpleBooleanProperty(true);
        javafx.beans.property.BooleanProperty second = new javafx.beans.property.SimpleBooleanProperty();
        autoplay.pauseWhile(PauseReason.GRID, first);
        autoplay.pauseWhile(PauseReason.GRID, second);
        assertThat(autoplay.getPauseReason()).as("the first condition no longer counts").isEmpty();
        second.set(true);
        assertThat(autoplay.getPauseReason()).contains(PauseReason.GRID);
    }

    @Test
    void advancingOnlyWhilePlayingAndHeldByNothing() {
        assertThat(autoplay.isAdvancing()).as("off").isFalse();
        autoplay.toggle();
        assertThat(autoplay.isAdvancing()).isTrue();
        assertThat(autoplay.advancingProperty().get()).isTrue();
        autoplay.setPointerOverPicture(true);
        assertThat(autoplay.advancingProperty().get()).isFalse();
        autoplay.toggle();
        autoplay.setPointerOverPicture(false);
        assertThat(autoplay.isAdvancing()).as("switched off").isFalse();
    }

    @Test
    void loopingStartsTheGalleryAgainFromItsCover() {
        autoplay.setLooping(true);
        carousel.showSlide(13);
        autoplay.toggle();
        clock.advance(hold());
        assertThat(carousel.getSlideIndex()).isZero();
        assertThat(autoplay.isPlaying()).isTrue();
        assertThat(autoplay.getRemaining()).isEqualTo(1.0);
        autoplay.toggleLoop();
        assertThat(autoplay.isLooping()).isFalse();
        autoplay.toggleLoop();
        assertThat(autoplay.loopingProperty().get()).isTrue();
    }

    @Test
    void knowsWhetherItStoppedAtTheEndOrWasStopped() {
        carousel.showSlide(13);
        autoplay.toggle();
        clock.advance(hold());
        assertThat(autoplay.isPlaying()).isFalse();
        assertThat(autoplay.stoppedAtEnd()).isTrue();
        assertThat(autoplay.getRemaining()).as("a full hold ready for the next start").isEqualTo(1.0);
        autoplay.toggle();
        autoplay.toggle();
        assertThat(autoplay.stoppedAtEnd()).isFalse();
        assertThat(autoplay.playingProperty().get()).isFalse();
    }

    @Test
    void switchingOnGivesTheSlideAFullHold() {
        autoplay.toggle();
        clock.advance(hold().divide(2));
        autoplay.toggle();
        autoplay.toggle();
        assertThat(autoplay.getRemaining()).isEqualTo(1.0);
        clock.advance(hold().subtract(Duration.millis(1)));
        assertThat(carousel.getSlideIndex()).isZero();
    }

    @Test
    void aHoldGivenAlreadyTrueHoldsAtOnce() {
        autoplay.toggle();
        assertThat(autoplay.isAdvancing()).isTrue();
        autoplay.pauseWhile(PauseReason.HELP, new javafx.beans.property.SimpleBooleanProperty(true));
        assertThat(autoplay.isAdvancing()).isFalse();
        assertThat(autoplay.pauseReasonProperty().get()).contains(PauseReason.HELP);
    }

    @Test
    void stoppingRestartsTheHold() {
        autoplay.toggle();
        clock.advance(hold().divide(2));
        autoplay.stop();
        assertThat(autoplay.getRemaining()).isEqualTo(1.0);
        assertThat(autoplay.remainingProperty().get()).isEqualTo(1.0);
        autoplay.toggle();
        clock.advance(hold().subtract(Duration.millis(1)));
        assertThat(carousel.getSlideIndex()).as("a whole hold again after the restart").isZero();
    }

    @Test
    void paceChangesTheShareRemaining() {
        autoplay.toggle();
        clock.advance(hold().divide(2));
        autoplay.slower(); // the hold grows by 1.25: half of the old hold is 0.4 of the new
        assertThat(autoplay.getRemaining()).isCloseTo(0.6, within(0.001));
        assertThat(autoplay.paceProperty().get()).isEqualTo(0.8);
        autoplay.faster();
        assertThat(autoplay.getRemaining()).isCloseTo(0.5, within(0.001));
    }
}
