package org.storyslides.presentation;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.i18n.Messages;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Autoplay's state in words: the line while it is on and a notice at each change. */
class AutoplayStatusTest {

    final ManualClock clock = new ManualClock();
    CarouselModel carousel;
    AutoplayModel autoplay;
    NoticeModel notices;
    AutoplayStatus status;
    final BooleanProperty cover = new SimpleBooleanProperty();

    @BeforeEach
    void setUp() {
        Content content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        carousel = new CarouselModel(content, new Messages(Locale.ENGLISH), CarouselModel.GalleryOpener.reading(content));
        notices = new NoticeModel(clock); // before autoplay, as in the window: a notice given in a tick is not aged by it
        autoplay = new AutoplayModel(carousel, clock);
        autoplay.pauseWhile(PauseReason.COVER, cover);
        status = new AutoplayStatus(autoplay, new Messages(Locale.ENGLISH), notices);
    }

    @Test
    void switchingOnAndOffIsAnnouncedAndTheLineShowsOnlyWhileOn() {
        assertThat(status.getLine()).isEmpty();
        autoplay.toggle();
        assertThat(notices.getText()).isEqualTo("Autoplay on · ×1");
        assertThat(status.getLine()).isEqualTo("Autoplay ×1");
        autoplay.toggle();
        assertThat(notices.getText()).isEqualTo("Autoplay off");
        assertThat(status.lineProperty().get()).isEmpty();
    }

    @Test
    void switchedOnWhileHeldItSaysWhy() {
        autoplay.setPointerOverPicture(true);
        autoplay.toggle();
        assertThat(notices.getText()).isEqualTo("Autoplay paused: pointer on the picture");
        assertThat(status.getLine()).isEqualTo("Paused: pointer on the picture");
    }

    @Test
    void theGallerysEndIsSaid() {
        carousel.showSlide(13);
        autoplay.toggle();
        clock.advance(autoplay.holdTime());
        assertThat(notices.getText()).isEqualTo("Autoplay off: the gallery's last slide");
    }

    @Test
    void thePaceIsSaidAndShown() {
        autoplay.toggle();
        autoplay.faster();
        assertThat(notices.getText()).isEqualTo("Autoplay ×1.25");
        assertThat(status.getLine()).isEqualTo("Autoplay ×1.25");
        autoplay.slower();
        autoplay.slower();
        assertThat(notices.getText()).isEqualTo("Autoplay ×0.8");
    }

    @Test
    void aHoldIsNamedWhenItStartsAndTheResumeWhenItEnds() {
        autoplay.toggle();
        cover.set(true);
        assertThat(notices.getText()).isEqualTo("Autoplay paused: the screen is blanked");
        assertThat(status.getLine()).isEqualTo("Paused: the screen is blanked");
        cover.set(false);
        assertThat(notices.getText()).isEqualTo("Autoplay playing again");
        assertThat(status.getLine()).isEqualTo("Autoplay ×1");
    }

    @Test
    void aKeyHeldForAMomentIsNotWorthAWord() {
        autoplay.toggle();
        notices.clear();
        autoplay.setKeyHeld(true);
        assertThat(notices.isShown()).isFalse();
        assertThat(status.getLine()).isEqualTo("Autoplay ×1");
        autoplay.setKeyHeld(false);
        assertThat(notices.isShown()).as("no resume after a key").isFalse();
    }

    @Test
    void holdsWhileOffAreNotAnnounced() {
        cover.set(true);
        cover.set(false);
        assertThat(notices.isShown()).isFalse();
    }

    @Test
    void loopingIsSaidAndShownOnTheLine() {
        autoplay.toggleLoop();
        assertThat(notices.getText()).isEqualTo("Loop on: after its last slide the gallery starts again");
        autoplay.toggle();
        assertThat(status.getLine()).isEqualTo("Autoplay ×1 · loop");
        autoplay.toggleLoop();
        assertThat(notices.getText()).isEqualTo("Loop off: autoplay stops at the last slide");
    }
}
