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
}
