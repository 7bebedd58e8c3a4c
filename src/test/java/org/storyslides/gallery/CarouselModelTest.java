package org.storyslides.gallery;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.BundledContent;
import org.storyslides.content.BundledCopy;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.GalleryInfo;
import org.storyslides.content.GalleryLoad;
import org.storyslides.content.LoadResult;
import org.storyslides.i18n.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The carousel's state and commands, without a toolkit. */
class CarouselModelTest {

    CarouselModel model;

    @BeforeEach
    void bundledContent() {
        Content content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        model = new CarouselModel(content, new Messages(Locale.ENGLISH), CarouselModel.GalleryOpener.reading(content));
    }

    @Test
    void aGalleryWithProblemsIsNotShownAndItsProblemsStayListedUntilTheReaderMovesOn(@TempDir Path folder) {
        Content content = ((LoadResult.Loaded) new ContentLoader().open(BundledCopy.withMissingMilitaryPicture(folder))).content();
        model = new CarouselModel(content, new Messages(Locale.ENGLISH), CarouselModel.GalleryOpener.reading(content));
        model.showNextSlide();

        model.showNextGallery();

        assertThat(model.getGallery().id()).isEqualTo("mattis-quotes");
        assertThat(model.getSlideIndex()).isEqualTo(1);
        assertThat(model.getGalleryProblems()).extracting(Object::toString).containsExactly(
                "galleries/military-photos-2016.json: $.slides[5].image (slide 6): file not found: " + BundledCopy.MISSING_IMAGE);
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

    /** Holds each gallery read until the test lets it finish, as a slow disk would. */
    static final class HeldOpener implements CarouselModel.GalleryOpener {
        final Content content;
        final Map<String, Consumer<GalleryLoad>> waiting = new LinkedHashMap<>();

        HeldOpener(Content content) {
            this.content = content;
        }

        @Override
        public void open(String id, Consumer<GalleryLoad> done) {
            waiting.put(id, done);
        }

        void finish(String id) {
            waiting.remove(id).accept(content.gallery(id));
        }
    }

    private Content bundled() {
        return ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
    }

    @Test
    void aGalleryChangeIsPublishedOnceAsOnePositionNeverAsTheOldGalleryAtItsCover() {
        model.showSlide(5);
        List<String> seen = new ArrayList<>();
        model.slideProperty().addListener((observable, was, now) -> seen.add(model.getGallery().id() + " " + model.getSlideIndex()));
        List<CarouselModel.Position> positions = new ArrayList<>();
        model.positionProperty().addListener((observable, was, now) -> positions.add(now));

        model.showGallery("military-photos-2016");

        assertThat(seen).containsExactly("military-photos-2016 0");
        assertThat(positions).hasSize(1);
        assertThat(positions.get(0).slideShown()).isEqualTo(model.getGallery().cover());
    }

    @Test
    void aBindingOnTheGalleryFollowsEveryChangeNotOnlyTheFirst() {
        StringBinding title = Bindings.createStringBinding(() -> model.getGallery().title(), model.galleryProperty());
        IntegerBinding slide = Bindings.createIntegerBinding(() -> model.getSlideIndex(), model.slideIndexProperty());
        assertThat(title.get()).startsWith("19 memorable");

        model.showNextGallery();
        assertThat(title.get()).startsWith("The best US military");
        model.showNextGallery();
        assertThat(title.get()).startsWith("19 memorable");
        model.showNextSlide();
        assertThat(slide.get()).isEqualTo(1);
        model.showNextSlide();
        assertThat(slide.get()).isEqualTo(2);
    }

    @Test
    void whileAGalleryIsReadTheOneOnShowStaysAndSaysWhichIsOpening() {
        HeldOpener opener = new HeldOpener(bundled());
        model = new CarouselModel(opener.content, new Messages(Locale.ENGLISH), opener);

        model.showGallery("military-photos-2016");

        assertThat(model.getOpening().title()).isEqualTo("The best US military photos from 2016");
        assertThat(model.getGallery().id()).isEqualTo("mattis-quotes");
        model.showNextSlide();
        assertThat(model.counterTextProperty().get()).isEqualTo("2 of 14");
        opener.finish("military-photos-2016");
        assertThat(model.getOpening()).isNull();
        assertThat(model.counterTextProperty().get()).isEqualTo("1 of 20");
    }

    @Test
    void aLaterRequestReplacesAGalleryStillBeingRead() {
        HeldOpener opener = new HeldOpener(bundled());
        model = new CarouselModel(opener.content, new Messages(Locale.ENGLISH), opener);
        model.showGallery("military-photos-2016", 4);
        model.showGallery("mattis-quotes", 2);

        assertThat(model.counterTextProperty().get()).as("the gallery on show was asked for: at once").isEqualTo("3 of 14");
        assertThat(model.getOpening()).isNull();
        opener.finish("military-photos-2016");
        assertThat(model.getGallery().id()).isEqualTo("mattis-quotes");
        assertThat(model.getSlideIndex()).isEqualTo(2);
    }

    @Test
    void aGalleryOpensAtTheSlideAskedForOrItsCoverWhenItHasNoSuchSlide() {
        model.showGallery("military-photos-2016", 11);
        assertThat(model.counterTextProperty().get()).isEqualTo("12 of 20");
        model.showGallery("mattis-quotes", 14);
        assertThat(model.counterTextProperty().get()).isEqualTo("1 of 14");
        model.showGallery("military-photos-2016", -1);
        assertThat(model.counterTextProperty().get()).isEqualTo("1 of 20");
    }

    @Test
    void aSlideAskedForWithAGalleryThatCannotBeShownIsNotAppliedToTheGalleryOnShow(@TempDir Path folder) {
        Content content = ((LoadResult.Loaded) new ContentLoader().open(BundledCopy.withMissingMilitaryPicture(folder))).content();
        model = new CarouselModel(content, new Messages(Locale.ENGLISH), CarouselModel.GalleryOpener.reading(content));

        model.showGallery("military-photos-2016", 11);

        assertThat(model.counterTextProperty().get()).isEqualTo("1 of 14");
        assertThat(model.getGalleryProblems()).hasSize(1);
    }

    @Test
    void nextAndPreviousGalleryStepPastAGalleryThatCannotBeShown(@TempDir Path folder) throws IOException {
        Path copy = BundledCopy.withMissingMilitaryPicture(folder);
        // a third gallery after the broken one: the quotes again under another id
        Path story = copy.resolve("story.json");
        Files.writeString(story, Files.readString(story).replace("\"body\": [",
                "\"body\": [{\"type\": \"gallery\", \"text\": \"RELATED: Again\", \"gallery\": \"again\"}, "));
        Files.writeString(copy.resolve("galleries/again.json"), Files.readString(copy.resolve("galleries/mattis-quotes.json"))
                .replace("\"id\": \"mattis-quotes\"", "\"id\": \"again\""));
        Content content = ((LoadResult.Loaded) new ContentLoader().open(copy)).content();
        assertThat(content.galleries()).extracting(GalleryInfo::id).containsExactly("again", "mattis-quotes", "military-photos-2016");
        model = new CarouselModel(content, new Messages(Locale.ENGLISH), CarouselModel.GalleryOpener.reading(content));
        model.showGallery("mattis-quotes");

        model.showNextGallery();
        assertThat(model.getGalleryProblems()).as("military cannot be shown").hasSize(1);
        assertThat(model.getGallery().id()).isEqualTo("mattis-quotes");
        model.showNextGallery();
        assertThat(model.getGallery().id()).as("past it, round to the first").isEqualTo("again");
        model.showPreviousGallery();
        assertThat(model.getGalleryProblems()).hasSize(1);
        model.showPreviousGallery();
        assertThat(model.getGallery().id()).isEqualTo("mattis-quotes");
    }

    @Test
    void theGridCursorStartsOnTheSlideOnShowMovesWithinTheGalleryAndOpensItsSlide() {
        model.showSlide(4);
        model.toggleGrid();
        assertThat(model.isGridShown()).isTrue();
        assertThat(model.getGridCursor()).isEqualTo(4);

        model.moveGridCursor(3);
        assertThat(model.getGridCursor()).isEqualTo(7);
        model.moveGridCursor(-100);
        assertThat(model.getGridCursor()).isZero();
        model.moveGridCursor(100);
        assertThat(model.getGridCursor()).isEqualTo(13);
        model.moveGridCursorTo(-5);
        assertThat(model.getGridCursor()).isZero();
        model.moveGridCursorTo(99);
        assertThat(model.getGridCursor()).isEqualTo(13);
        model.moveGridCursorTo(9);

        model.openGridCursor();

        assertThat(model.isGridShown()).isFalse();
        assertThat(model.getSlideIndex()).isEqualTo(9);
        model.toggleGrid();
        model.toggleGrid();
        assertThat(model.isGridShown()).isFalse();
    }

    @Test
    void firstAndLastSlideGoToTheEndsOfTheGalleryOnShow() {
        model.showLastSlide();
        assertThat(model.counterTextProperty().get()).isEqualTo("14 of 14");
        model.showGallery("military-photos-2016");
        model.showLastSlide();
        assertThat(model.counterTextProperty().get()).isEqualTo("20 of 20");
        model.showFirstSlide();
        assertThat(model.isOnCover()).isTrue();
        assertThat(model.getPosition().gallery().id()).isEqualTo("military-photos-2016");
    }

    @Test
    void aRefusedGallerysProblemsGoWhenTheGridOpensOrTheSlideMoves(@TempDir Path folder) {
        Content content = ((LoadResult.Loaded) new ContentLoader().open(BundledCopy.withMissingMilitaryPicture(folder))).content();
        model = new CarouselModel(content, new Messages(Locale.ENGLISH), CarouselModel.GalleryOpener.reading(content));
        model.showNextGallery();
        assertThat(model.getGalleryProblems()).hasSize(1);

        model.showGrid();

        assertThat(model.getGalleryProblems()).isEmpty();
    }

    @Test
    void askingForTheGalleryOnShowGoesToTheSlideAskedForAtOnceAndLeavesTheGrid() {
        HeldOpener opener = new HeldOpener(bundled());
        model = new CarouselModel(opener.content, new Messages(Locale.ENGLISH), opener);
        model.showGrid();

        model.showGallery("mattis-quotes", 13);

        assertThat(opener.waiting).as("nothing to read").isEmpty();
        assertThat(model.counterTextProperty().get()).isEqualTo("14 of 14");
        assertThat(model.isGridShown()).isFalse();
        model.showGallery("mattis-quotes", 14);
        assertThat(model.counterTextProperty().get()).as("no such slide: the cover").isEqualTo("1 of 14");
        model.showGallery("mattis-quotes", -1);
        assertThat(model.isOnCover()).isTrue();
    }

    @Test
    void aGalleryStillBeingReadIsWhatNextGalleryStepsOnFromEvenIfTheReaderMovesMeanwhile() {
        HeldOpener opener = new HeldOpener(bundled());
        model = new CarouselModel(opener.content, new Messages(Locale.ENGLISH), opener);
        model.showNextGallery();
        model.showNextSlide();

        model.showNextGallery();

        assertThat(model.getOpening()).as("after military comes the quotes, on show: at once").isNull();
        assertThat(model.counterTextProperty().get()).isEqualTo("1 of 14");
        opener.finish("military-photos-2016");
        assertThat(model.getGallery().id()).as("the earlier request was replaced").isEqualTo("mattis-quotes");
    }

    @Test
    void theWindowsOpenerGivesAGalleryInMemoryAtOnceAndReadsAnyOtherInTheBackground(@TempDir Path folder) {
        Content content = ((LoadResult.Loaded) new ContentLoader().open(BundledCopy.of(folder))).content();
        List<Runnable> background = new ArrayList<>();
        List<Runnable> javafx = new ArrayList<>();
        CarouselModel.GalleryOpener opener = CarouselModel.GalleryOpener.inBackground(content, background::add, javafx::add);
        List<GalleryLoad> given = new ArrayList<>();

        opener.open("mattis-quotes", given::add);
        assertThat(given).singleElement().isInstanceOf(GalleryLoad.Loaded.class);

        opener.open("military-photos-2016", given::add);
        assertThat(given).hasSize(1);
        assertThat(background).hasSize(1);
        background.get(0).run();
        assertThat(given).as("read, not yet handed back").hasSize(1);
        javafx.get(0).run();
        assertThat(given).hasSize(2);
        assertThat(((GalleryLoad.Loaded) given.get(1)).gallery().id()).isEqualTo("military-photos-2016");
    }
}
