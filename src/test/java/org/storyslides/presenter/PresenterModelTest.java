package org.storyslides.presenter;

import javafx.geometry.Rectangle2D;
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
import org.storyslides.presentation.PresentationModel;
import org.storyslides.presentation.ScreenCover;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening and closing the presenter view, its screens, what comes next and what the audience sees; no toolkit. */
class PresenterModelTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1280, 720);

    final ManualClock clock = new ManualClock();
    final Messages messages = new Messages(Locale.ENGLISH);
    CarouselModel carousel;
    PresentationModel presentation;
    PacingModel pacing;
    List<Rectangle2D> screens = List.of(LAPTOP);

    @BeforeEach
    void bundledContent() {
        Content content = ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
        carousel = new CarouselModel(content, messages, CarouselModel.GalleryOpener.reading(content));
        presentation = new PresentationModel(clock);
        pacing = new PacingModel(clock, carousel.positionProperty(), messages);
    }

    private PresenterModel presenter(Optional<Integer> audienceScreen) {
        return new PresenterModel(carousel, presentation, pacing, messages,
                () -> new PresenterModel.Screens(screens, new Rectangle2D(100, 100, 1280, 720)), audienceScreen);
    }

    @Test
    void openingTheFirstTimeStartsTheTalksClockAtZero() {
        PresenterModel presenter = presenter(Optional.empty());
        pacing.resume();
        clock.advance(Duration.seconds(30));
        pacing.pause();

        presenter.open();

        assertThat(presenter.isOpen()).isTrue();
        assertThat(pacing.isRunning()).isTrue();
        assertThat(pacing.getElapsed()).isEqualTo(Duration.ZERO);
    }

    @Test
    void closingHoldsTheClockAndOpeningAgainLetsItRunOnFromThere() {
        PresenterModel presenter = presenter(Optional.empty());
        presenter.open();
        clock.advance(Duration.seconds(10));
        presenter.close();
        assertThat(presenter.openProperty().get()).isFalse();
        assertThat(pacing.isRunning()).isFalse();
        clock.advance(Duration.seconds(10));

        presenter.open();
        assertThat(pacing.isRunning()).isTrue();
        assertThat(pacing.getElapsed()).isEqualTo(Duration.seconds(10));
    }

    @Test
    void aClockPausedWhenTheViewClosedStaysPausedWhenItOpensAgain() {
        PresenterModel presenter = presenter(Optional.empty());
        presenter.open();
        clock.advance(Duration.seconds(10));
        pacing.pause();
        presenter.close();
        presenter.open();
        assertThat(pacing.isRunning()).isFalse();
        assertThat(pacing.getElapsed()).isEqualTo(Duration.seconds(10));
    }

    @Test
    void openingWhenOpenOrClosingWhenClosedChangesNothing() {
        PresenterModel presenter = presenter(Optional.empty());
        presenter.close();
        assertThat(pacing.isRunning()).isFalse();
        presenter.open();
        clock.advance(Duration.seconds(10));
        presenter.open();
        assertThat(pacing.getElapsed()).isEqualTo(Duration.seconds(10));
        pacing.pause();
        presenter.open();
        assertThat(pacing.isRunning()).isFalse();
    }

    @Test
    void toggleOpensAndCloses() {
        PresenterModel presenter = presenter(Optional.empty());
        presenter.toggle();
        assertThat(presenter.isOpen()).isTrue();
        presenter.toggle();
        assertThat(presenter.isOpen()).isFalse();
    }

    @Test
    void theScreensAreChosenWhenTheViewOpensAndForgottenWhenItCloses() {
        PresenterModel presenter = presenter(Optional.empty());
        assertThat(presenter.getChoice()).isNull();
        presenter.open();
        assertThat(presenter.getChoice().sideBySide()).isTrue();
        presenter.close();
        assertThat(presenter.choiceProperty().get()).isNull();

        screens = List.of(LAPTOP, PROJECTOR);
        presenter.open();
        assertThat(presenter.getChoice().audienceScreen()).isEqualTo(1);
        assertThat(presenter.getChoice().presenterScreen()).isEqualTo(0);
    }

    @Test
    void theAudiencesScreenAskedForOnTheCommandLineIsUsed() {
        screens = List.of(LAPTOP, PROJECTOR);
        PresenterModel presenter = presenter(Optional.of(0));
        presenter.open();
        assertThat(presenter.getChoice().audienceScreen()).isEqualTo(0);
        assertThat(presenter.getChoice().presenterScreen()).isEqualTo(1);
    }

    @Test
    void theAudienceMovesToTheNextScreenOnlyWhileTheViewIsOpen() {
        screens = List.of(LAPTOP, PROJECTOR);
        PresenterModel presenter = presenter(Optional.empty());
        presenter.moveAudienceToNextScreen();
        assertThat(presenter.getChoice()).isNull();
        presenter.open();
        presenter.moveAudienceToNextScreen();
        assertThat(presenter.getChoice().audienceScreen()).isEqualTo(0);
        assertThat(presenter.getChoice().presenterScreen()).isEqualTo(1);
    }

    @Test
    void theNextSlideIsTheOneAfterTheSlideOnShowAndNoneOnTheLast() {
        PresenterModel presenter = presenter(Optional.empty());
        assertThat(presenter.nextSlideProperty().get()).isEqualTo(carousel.getGallery().slides().get(1));
        assertThat(presenter.nextTextProperty().get()).isEqualTo("NEXT \u00b7 2 of 14");
        carousel.showSlide(12);
        assertThat(presenter.nextSlideProperty().get()).isEqualTo(carousel.getGallery().slides().get(13));
        assertThat(presenter.nextTextProperty().get()).isEqualTo("NEXT \u00b7 14 of 14");
        carousel.showLastSlide();
        assertThat(presenter.nextSlideProperty().get()).isNull();
        assertThat(presenter.nextTextProperty().get()).isEqualTo("NEXT");
    }

    @Test
    void theAudienceTextSaysWhatTheAudienceSees() {
        screens = List.of(LAPTOP, PROJECTOR);
        PresenterModel presenter = presenter(Optional.empty());
        assertThat(presenter.audienceTextProperty().get()).isEqualTo("The audience sees the story (not presenting)");
        presenter.open();
        presentation.enter();
        assertThat(presenter.audienceTextProperty().get()).isEqualTo("Audience: screen 2 of 2, full screen");
        presenter.moveAudienceToNextScreen();
        assertThat(presenter.audienceTextProperty().get()).isEqualTo("Audience: screen 1 of 2, full screen");
        presentation.toggleCover(ScreenCover.BLACK);
        assertThat(presenter.audienceTextProperty().get()).isEqualTo("The audience sees a black screen");
        presentation.toggleCover(ScreenCover.WHITE);
        assertThat(presenter.audienceTextProperty().get()).isEqualTo("The audience sees a white screen");
        presentation.uncover();
        presenter.close();
        screens = List.of(LAPTOP);
        presenter.open();
        assertThat(presenter.audienceTextProperty().get()).isEqualTo("Audience: the window on the left");
    }

    @Test
    void thePacingIsTheOneGiven() {
        assertThat(presenter(Optional.empty()).pacing()).isSameAs(pacing);
    }
}
