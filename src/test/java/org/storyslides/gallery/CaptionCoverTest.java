package org.storyslides.gallery;

import org.junit.jupiter.api.Test;
import org.storyslides.content.Gallery;
import org.storyslides.content.Slide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a cover's caption leaves out its headline: only when the header above already shows those words. */
class CaptionCoverTest {

    private static Gallery gallery(String title, String coverHeadline) {
        return new Gallery("g", title, List.of(new Slide("0.png", coverHeadline, List.of(), null),
                new Slide("1.png", "A quote", List.of("A line."), null)));
    }

    @Test
    void aCoverHeadlineThatIsTheGalleryTitleRepeatsIt() {
        Gallery gallery = gallery("19 memorable quotes", "19 memorable quotes");
        assertThat(CaptionView.repeatsTitle(gallery.slides().get(0), gallery)).isTrue();
    }

    @Test
    void spaceAroundEitherDoesNotMakeThemDifferent() {
        Gallery gallery = gallery(" Best photos ", "Best photos\n");
        assertThat(CaptionView.repeatsTitle(gallery.slides().get(0), gallery)).isTrue();
    }

    @Test
    void aCoverHeadlineOfItsOwnIsShown() {
        Gallery gallery = gallery("Best photos", "The year in pictures");
        assertThat(CaptionView.repeatsTitle(gallery.slides().get(0), gallery)).isFalse();
    }

    @Test
    void aCoverWithoutHeadlineRepeatsNothing() {
        Gallery gallery = gallery("Best photos", null);
        assertThat(CaptionView.repeatsTitle(gallery.slides().get(0), gallery)).isFalse();
    }
}
