package org.storyslides.gallery;

import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.ManualClock;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Clicks on the picture, without a toolkit: a side click steps after the double-click wait, a double-click zooms. */
class PictureClicksTest {

    static final double WIDTH = 900;
    final ManualClock clock = new ManualClock();
    final ZoomModel zoom = new ZoomModel();
    CarouselModel carousel;
    PictureClicks clicks;

    @BeforeEach
    void onTheSecondSlide() {
        Content content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        carousel = new CarouselModel(content, new Messages(Locale.ENGLISH), CarouselModel.GalleryOpener.reading(content));
        carousel.showSlide(1);
        zoom.setViewport(WIDTH, 600);
        zoom.setPicture(1600, 900);
        clicks = new PictureClicks(carousel, zoom, clock);
    }

    private void waitJustShortOfTheDoubleClick() {
        clock.advance(PictureClicks.DOUBLE_CLICK.subtract(Duration.millis(1)));
    }

    @Test
    void aClickOnTheRightThirdStepsOnceNoSecondClickCame() {
        clicks.click(WIDTH * 0.9, 100, WIDTH, 1);
        assertThat(clicks.isWaiting()).isTrue();
        assertThat(clicks.waitingProperty().get()).isTrue();
        waitJustShortOfTheDoubleClick();
        assertThat(carousel.getSlideIndex()).isEqualTo(1);
        clock.advance(Duration.millis(1));
        assertThat(carousel.getSlideIndex()).isEqualTo(2);
        assertThat(clicks.isWaiting()).isFalse();
        clock.advance(Duration.seconds(5));
        assertThat(carousel.getSlideIndex()).as("one step a click").isEqualTo(2);
    }

    @Test
    void aClickOnTheLeftThirdStepsBack() {
        clicks.click(WIDTH * 0.1, 100, WIDTH, 1);
        clock.advance(PictureClicks.DOUBLE_CLICK);
        assertThat(carousel.getSlideIndex()).isEqualTo(0);
    }

    @Test
    void theThirdsEndWhereTheyShould() {
        clicks.click(WIDTH / 3 + 1, 100, WIDTH, 1);
        assertThat(clicks.isWaiting()).as("the middle third").isFalse();
        clicks.click(2 * WIDTH / 3 - 1, 100, WIDTH, 1);
        assertThat(clicks.isWaiting()).isFalse();
        clicks.click(WIDTH / 3 - 1, 100, WIDTH, 1);
        assertThat(clicks.isWaiting()).isTrue();
        clicks.click(2 * WIDTH / 3 + 1, 100, WIDTH, 1);
        clock.advance(PictureClicks.DOUBLE_CLICK);
        assertThat(carousel.getSlideIndex()).as("the last click counts").isEqualTo(2);
    }

    @Test
    void theEdgesOfTheMiddleThirdAreMiddle() {
        clicks.click(WIDTH / 3, 100, WIDTH, 1);
        assertThat(clicks.isWaiting()).isFalse();
        clicks.click(2 * WIDTH / 3, 100, WIDTH, 1);
        assertThat(clicks.isWaiting()).isFalse();
    }

    @Test
    void aDoubleClickZoomsAtItsPointAndNeverSteps() {
        clicks.click(WIDTH * 0.9, 100, WIDTH, 1);
        waitJustShortOfTheDoubleClick();
        clicks.click(WIDTH * 0.9, 100, WIDTH, 2);
        clock.advance(Duration.seconds(1));
        assertThat(carousel.getSlideIndex()).isEqualTo(1);
        assertThat(zoom.isFitted()).isFalse();
        assertThat(zoom.getPercent()).isEqualTo(100);
        clicks.click(WIDTH * 0.9, 100, WIDTH, 3);
        clock.advance(Duration.seconds(1));
        assertThat(carousel.getSlideIndex()).as("no step while zoomed").isEqualTo(1);
        clicks.click(WIDTH * 0.9, 100, WIDTH, 4);
        assertThat(zoom.isFitted()).as("a second double-click: back to fit").isTrue();
    }

    @Test
    void aDoubleClickInTheMiddleZoomsToo() {
        clicks.click(WIDTH / 2, 100, WIDTH, 1);
        clicks.click(WIDTH / 2, 100, WIDTH, 2);
        assertThat(zoom.isFitted()).isFalse();
    }

    @Test
    void aSecondClickAfterTheFirstSteppedIsAStepOfItsOwn() {
        clicks.click(WIDTH * 0.9, 100, WIDTH, 1);
        clock.advance(PictureClicks.DOUBLE_CLICK);
        clicks.click(WIDTH * 0.9, 100, WIDTH, 2);
        assertThat(zoom.isFitted()).isTrue();
        clock.advance(PictureClicks.DOUBLE_CLICK);
        assertThat(carousel.getSlideIndex()).isEqualTo(3);
    }

    @Test
    void aClickOnAZoomedPictureDoesNotStep() {
        zoom.toggleActualSize();
        clicks.click(WIDTH * 0.9, 100, WIDTH, 1);
        assertThat(clicks.isWaiting()).isFalse();
        clock.advance(Duration.seconds(1));
        assertThat(carousel.getSlideIndex()).isEqualTo(1);
    }
}
