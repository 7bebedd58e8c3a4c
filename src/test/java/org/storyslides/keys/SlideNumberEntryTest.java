package org.storyslides.keys;

import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.ManualClock;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Digits then Enter, and nothing left up on the audience's screen, on a hand-moved clock. */
class SlideNumberEntryTest {

    final ManualClock clock = new ManualClock();
    CarouselModel carousel;
    SlideNumberEntry entry;

    @BeforeEach
    void setUp() {
        Content content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        Messages messages = new Messages(Locale.ENGLISH);
        carousel = new CarouselModel(content, messages, CarouselModel.GalleryOpener.reading(content));
        entry = new SlideNumberEntry(carousel, messages, clock);
    }

    @Test
    void digitsThenSubmitGoToThatSlide() {
        entry.typeDigit(1);
        entry.typeDigit(2);
        assertThat(entry.promptProperty().get()).isEqualTo("Go to slide 12");
        assertThat(entry.isTyping()).isTrue();
        entry.submit();
        assertThat(carousel.getSlideIndex()).isEqualTo(11);
        assertThat(entry.isOpen()).isFalse();
        assertThat(entry.isTyping()).isFalse();
    }

    @Test
    void aNumberOutsideTheGalleryIsRefusedAndTheRefusalGoesAfterItsTime() {
        entry.typeDigit(2);
        entry.typeDigit(5);
        entry.submit();
        assertThat(entry.promptProperty().get()).isEqualTo("There is no slide 25: this gallery has slides 1 to 14");
        assertThat(carousel.getSlideIndex()).isZero();
        assertThat(entry.isTyping()).isFalse();
        assertThat(entry.openProperty().get()).isTrue();
        clock.advance(SlideNumberEntry.REFUSAL_LINGER.subtract(Duration.millis(1)));
        assertThat(entry.isOpen()).isTrue();
        clock.advance(Duration.millis(1));
        assertThat(entry.isOpen()).isFalse();
    }

    @Test
    void slideZeroIsRefusedToo() {
        entry.typeDigit(0);
        entry.submit();
        assertThat(entry.promptProperty().get()).startsWith("There is no slide 0");
    }

    @Test
    void aNumberLeftUntypedIsDroppedAfterItsTimeCountedFromTheLastDigit() {
        entry.typeDigit(1);
        clock.advance(SlideNumberEntry.TYPING_LINGER.subtract(Duration.millis(10)));
        entry.typeDigit(2);
        clock.advance(SlideNumberEntry.TYPING_LINGER.subtract(Duration.millis(10)));
        assertThat(entry.promptProperty().get()).isEqualTo("Go to slide 12");
        clock.advance(Duration.millis(10));
        assertThat(entry.isOpen()).isFalse();
        entry.submit();
        assertThat(carousel.getSlideIndex()).as("the dropped number goes nowhere").isZero();
    }

    @Test
    void aNewEntryStartsItsTimeAfresh() {
        clock.advance(Duration.minutes(1));
        entry.typeDigit(3);
        clock.advance(SlideNumberEntry.REFUSAL_LINGER);
        assertThat(entry.isOpen()).as("typing lingers longer than a refusal").isTrue();
        entry.cancel();
        entry.typeDigit(4);
        clock.advance(SlideNumberEntry.TYPING_LINGER.subtract(Duration.millis(1)));
        assertThat(entry.isOpen()).isTrue();
    }

    @Test
    void atMostSixDigitsAreKept() {
        for (int i = 0; i < 8; i++) {
            entry.typeDigit(9);
        }
        assertThat(entry.promptProperty().get()).isEqualTo("Go to slide 999999");
    }

    @Test
    void submittingNothingDoesNothing() {
        entry.submit();
        assertThat(entry.isOpen()).isFalse();
        assertThat(carousel.getSlideIndex()).isZero();
    }

    @Test
    void theFirstAndLastSlidesAreInRange() {
        entry.typeDigit(1);
        entry.typeDigit(4);
        entry.submit();
        assertThat(carousel.getSlideIndex()).isEqualTo(13);
        entry.typeDigit(1);
        entry.submit();
        assertThat(carousel.getSlideIndex()).isZero();
        assertThat(entry.isOpen()).isFalse();
    }
}
