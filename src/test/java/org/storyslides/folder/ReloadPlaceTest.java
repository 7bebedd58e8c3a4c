package org.storyslides.folder;

import org.junit.jupiter.api.Test;
import org.storyslides.content.GalleryInfo;
import org.storyslides.content.Slide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReloadPlaceTest {

    private static GalleryInfo gallery(String id, int size) {
        return new GalleryInfo(id, id, size, new Slide("images/" + id + ".png", null, List.of(), null));
    }

    @Test
    void theSameGalleryAndSlideWhenBothAreStillThere() {
        assertThat(ReloadPlace.nearest("b", 3, 1, List.of(gallery("a", 5), gallery("b", 5))))
                .isEqualTo(new ReloadPlace("b", 3));
    }

    @Test
    void theLastSlideOfAGalleryThatLostTheOneOnShow() {
        assertThat(ReloadPlace.nearest("a", 4, 0, List.of(gallery("a", 3)))).isEqualTo(new ReloadPlace("a", 2));
    }

    @Test
    void theLastSlideItselfStaysWhenNothingWasLost() {
        assertThat(ReloadPlace.nearest("a", 2, 0, List.of(gallery("a", 3)))).isEqualTo(new ReloadPlace("a", 2));
    }

    @Test
    void theCoverOfTheGalleryInItsPlaceWhenItsGone() {
        assertThat(ReloadPlace.nearest("gone", 4, 1, List.of(gallery("a", 5), gallery("c", 5), gallery("d", 5))))
                .isEqualTo(new ReloadPlace("c", 0));
    }

    @Test
    void theLastGalleryWhenTheOneGoneStoodPastTheEnd() {
        assertThat(ReloadPlace.nearest("gone", 4, 3, List.of(gallery("a", 5), gallery("c", 5))))
                .isEqualTo(new ReloadPlace("c", 0));
    }

    @Test
    void theFirstGalleryWhenTheOneGoneWasNotFound() {
        assertThat(ReloadPlace.nearest("gone", 4, -1, List.of(gallery("a", 5), gallery("c", 5))))
                .isEqualTo(new ReloadPlace("a", 0));
    }

    @Test
    void aSlideBeforeTheFirstIsTheFirst() {
        assertThat(ReloadPlace.nearest("a", -2, 0, List.of(gallery("a", 5)))).isEqualTo(new ReloadPlace("a", 0));
    }

    @Test
    void aGalleryFoundByIdWhereverItMovedTo() {
        assertThat(ReloadPlace.nearest("a", 1, 0, List.of(gallery("new", 9), gallery("a", 2))))
                .isEqualTo(new ReloadPlace("a", 1));
    }

    @Test
    void aStoryWithoutGalleriesIsRefused() {
        assertThatThrownBy(() -> ReloadPlace.nearest("a", 0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
