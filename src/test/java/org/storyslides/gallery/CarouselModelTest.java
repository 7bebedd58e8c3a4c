package org.storyslides.gallery;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.BundledContent;
import org.storyslides.content.BundledCopy;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.i18n.Messages;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The carousel's state and commands, without a toolkit. */
class CarouselModelTest {

    CarouselModel model;

    @BeforeEach
    void bundledContent() {
        Content content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        model = new CarouselModel(content, new Messages(Locale.ENGLISH));
    }

    @Test
    void aGalleryWithProblemsIsNotShownAndItsProblemsStayListedUntilTheReaderMovesOn(@TempDir Path folder) {
        Content content = ((LoadResult.Loaded) new ContentLoader().open(BundledCopy.withMissingMilitaryPicture(folder))).content();
        model = new CarouselModel(content, new Messages(Locale.ENGLISH));
        model.showNextSlide();

        model.showNextGallery();

        assertThat(model.getGallery().id()).isEqualTo("mattis-quotes");
        assertThat(model.getSlideIndex()).isEqualTo(1);
        assertThat(model.getGalleryProblems()).extracting(Object::toString).containsExactly(
                "galleries/military-photos-2016.json: $.slides[5].image: file not found: " + BundledCopy.MISSING_IMAGE);
        model.showNextSlide();
        assertThat(model.getGalleryProblems()).isEmpty();

        model.showGallery("military-photos-2016");
        assertThat(model.getGalleryProblems()).hasSize(1);
        model.dismissGalleryProblems();
        assertThat(model.getGalleryProblems()).isEmpty();
        assertThat(model.counterTextProperty().get()).isEqualTo("3 of 14");
    }

    @Test
    void startsOnTheFirstGallerysCover() {
        assertThat(model.getGallery().id()).isEqualTo("mattis-quotes");
        assertThat(model.getSlideIndex()).isZero();
        assertThat(model.counterTextProperty().get()).isEqualTo("1 of 14");
        assertThat(model.counterAccessibleTextProperty().get()).isEqualTo("Slide 1 of 14");
        assertThat(model.isOnCover()).isTrue();
        assertThat(model.isCaptionVisible()).isTrue();
        assertThat(model.isGridShown()).isFalse();
    }

    @Test
    void stepsForwardAndBackWithoutWrapping() {
        assertThat(model.canGoPreviousProperty().get()).isFalse();
        model.showPreviousSlide();
        assertThat(model.getSlideIndex()).isZero();
        for (int i = 0; i < 20; i++) {
            model.showNextSlide();
        }
        assertThat(model.counterTextProperty().get()).isEqualTo("14 of 14");
        assertThat(model.isOnCover()).isFalse();
        assertThat(model.canGoNextProperty().get()).isFalse();
        assertThat(model.slideProperty().get().headline()).isEqualTo("\"Fight with a happy heart.\"");
        model.showPreviousSlide();
        assertThat(model.counterTextProperty().get()).isEqualTo("13 of 14");
    }

    @Test
    void switchingGalleryOpensItsCoverAndRecomputesEverything() {
        model.showSlide(13);
        model.showGrid();
        model.showGallery("military-photos-2016");
        assertThat(model.counterTextProperty().get()).isEqualTo("1 of 20");
        assertThat(model.slideProperty().get()).isEqualTo(model.getGallery().cover());
        assertThat(model.canGoNextProperty().get()).isTrue();
        assertThat(model.isGridShown()).isFalse();
    }

    @Test
    void theCaptionStaysHiddenAcrossSlidesAndGalleries() {
        model.toggleCaption();
        model.showNextSlide();
        model.showGallery("military-photos-2016");
        assertThat(model.isCaptionVisible()).isFalse();
        model.toggleCaption();
        assertThat(model.isCaptionVisible()).isTrue();
    }

    @Test
    void theGridOpensAndAThumbnailShowsItsSlide() {
        model.showSlide(4);
        model.showGrid();
        assertThat(model.isGridShown()).isTrue();
        model.backToSlide();
        assertThat(model.isGridShown()).isFalse();
        assertThat(model.getSlideIndex()).isEqualTo(4);
        model.showGrid();
        model.showSlide(9);
        assertThat(model.isGridShown()).isFalse();
        assertThat(model.counterTextProperty().get()).isEqualTo("10 of 14");
    }

    @Test
    void aSlideOutsideTheGalleryIsRefused() {
        assertThatThrownBy(() -> model.showSlide(14)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(model.getSlideIndex()).isZero();
    }
}
