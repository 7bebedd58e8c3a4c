package org.storyslides.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a slide's headline is left out (window caption, handout): only when it says the gallery's title, shown above it. */
class GalleryTitleRepeatTest {

    private static Gallery gallery(String title, String coverHeadline) {
        return new Gallery("g", title, List.of(new Slide("0.png", coverHeadline, List.of(), null),
                new Slide("1.png", "A quote", List.of("A line."), null)));
    }

    @Test
    void aCoverHeadlineThatIsTheGalleryTitleRepeatsIt() {
        Gallery gallery = gallery("19 memorable quotes", "19 memorable quotes");
        assertThat(gallery.repeatsTitle(gallery.slides().get(0))).isTrue();
    }

    @Test
    void spaceAroundEitherDoesNotMakeThemDifferent() {
        Gallery gallery = gallery(" Best photos ", "Best photos\n");
        assertThat(gallery.repeatsTitle(gallery.slides().get(0))).isTrue();
    }

    @Test
    void aCoverHeadlineOfItsOwnIsShown() {
        Gallery gallery = gallery("Best photos", "The year in pictures");
        assertThat(gallery.repeatsTitle(gallery.slides().get(0))).isFalse();
    }

    @Test
    void aQuoteIsNotTheTitle() {
        Gallery gallery = gallery("A quote", "Cover");
        assertThat(gallery.repeatsTitle(gallery.slides().get(1))).isTrue();
        assertThat(gallery("Best photos", "Cover").repeatsTitle(gallery.slides().get(1))).isFalse();
    }

    @Test
    void aCoverWithoutHeadlineRepeatsNothing() {
        Gallery gallery = gallery("Best photos", null);
        assertThat(gallery.repeatsTitle(gallery.slides().get(0))).isFalse();
    }
}
