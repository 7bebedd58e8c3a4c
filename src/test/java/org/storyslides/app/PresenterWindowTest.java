package org.storyslides.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.BundledContent;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.Gallery;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Slide;
import org.storyslides.presentation.ManualClock;
import org.storyslides.presentation.ReadingTime;
import org.storyslides.presentation.ScreenCover;
import org.storyslides.presenter.TimeText;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The presenter view: a second window, headless, whose keys drive the audience window; a hand-moved clock and a fixed wall clock. */
@ExtendWith(ApplicationExtension.class)
class PresenterWindowTest {

    @TempDir
    Path settings;
    Stage stage;
    SlideshowWindow window;
    final ManualClock clock = new ManualClock();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SettingsStore store = new SettingsStore(settings.resolve("settings.properties"), warning -> {
        });
        window = new SlideshowWindow(TestWindows.offTheJavaFxThread(
                () -> ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content()),
                WindowOptions.defaults(Duration.ZERO), clock,
                java.time.Clock.fixed(Instant.parse("2026-12-02T14:05:30Z"), ZoneOffset.UTC), store, store.load());
        window.show(stage);
    }

    @AfterEach
    void closeTheWindows(FxRobot robot) {
        robot.interact(() -> window.presenter().close());
        robot.interact(() -> stage.hide());
    }

    /** P in the audience window, then the focus in the presenter's: what a presenter does first. */
    private Stage openThePresenterView(FxRobot robot) {
        robot.type(KeyCode.P);
        Stage presenter = window.presenterStage();
        assertThat(presenter).isNotNull();
        robot.interact(presenter::requestFocus);
        assertThat(presenter.isFocused()).isTrue();
        return presenter;
    }

    private static <T extends Node> T inWindow(FxRobot robot, Stage window, String query) {
        return robot.from(window.getScene().getRoot()).lookup(query).query();
    }

    private Label presenterLabel(FxRobot robot, String id) {
        return inWindow(robot, window.presenterStage(), id);
    }

    private Label audienceCounter(FxRobot robot) {
        return inWindow(robot, stage, "#counter");
    }

    private Gallery gallery() {
        return window.carousel().getGallery();
    }

    @Test
    void pOpensThePresenterWindowBesideTheAudienceWhichPresentsInAWindowOnTheOneScreen(FxRobot robot) {
        Stage presenter = openThePresenterView(robot);

        assertThat(presenter.isShowing()).isTrue();
        assertThat(presenter.getScene().getRoot().getId()).isEqualTo("presenter-view");
        assertThat(window.presentation().isPresenting()).isTrue();
        assertThat(stage.isFullScreen()).isFalse();
        // the presentation look: the carousel alone
        assertThat(((javafx.scene.control.SplitPane) stage.getScene().lookup("#split")).getItems()).hasSize(1);
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getX()).isEqualTo(screen.getMinX());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(presenter.getX());
        assertThat(presenter.getX() + presenter.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(window.keyMap().bindings()).anyMatch(binding -> binding.keysText().equals("P")
                && binding.description().startsWith("Presenter view"));
    }

    @Test
    void rightTypedInThePresenterWindowMovesTheAudienceView(FxRobot robot) {
        Stage presenter = openThePresenterView(robot);
        AtomicInteger seenThere = new AtomicInteger();
        presenter.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> seenThere.incrementAndGet());

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);

        assertThat(seenThere.get()).isEqualTo(2);
        assertThat(audienceCounter(robot).getText()).isEqualTo("3 of 14");
        assertThat(presenterLabel(robot, "#presenter-counter").getText()).isEqualTo("3 of 14");
        assertThat(presenterLabel(robot, "#presenter-gallery").getText()).isEqualTo(gallery().title());
    }

    @Test
    void theNotesShowTheSlidesQuoteCaptionAndCredit(FxRobot robot) {
        openThePresenterView(robot);
        robot.type(KeyCode.RIGHT);
        Slide slide = gallery().slides().get(1);

        Parent notes = inWindow(robot, window.presenterStage(), "#presenter-notes");
        List<String> lines = new ArrayList<>();
        robot.from(notes).lookup(".presenter-note").queryAllAs(Label.class).forEach(label -> lines.add(label.getText()));

        List<String> expected = new ArrayList<>();
        slide.headlineText().ifPresent(expected::add);
        expected.addAll(slide.caption());
        slide.creditText().ifPresent(expected::add);
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(lines).containsExactlyElementsOf(expected);
    }

    @Test
    void theNextPaneShowsTheSlideAfterAndEndOfGalleryOnTheLast(FxRobot robot) throws Exception {
        openThePresenterView(robot);
        robot.type(KeyCode.RIGHT);
        Node next = inWindow(robot, window.presenterStage(), "#presenter-next");
        Slide third = gallery().slides().get(2);
        assertThat(next.getAccessibleText()).isEqualTo("Next slide: " + third.headlineText().orElseThrow());
        assertThat(presenterLabel(robot, "#presenter-next-label").getText()).isEqualTo("NEXT \u00b7 3 of 14");
        ImageView picture = robot.from(next).lookup(".image-view").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> picture.getImage() != null).get());

        robot.type(KeyCode.END);

        assertThat(audienceCounter(robot).getText()).isEqualTo("14 of 14");
        assertThat(next.getAccessibleText()).isEqualTo("End of gallery");
        assertThat(picture.getImage()).isNull();
        assertThat(robot.from(next).lookup(".presenter-placeholder").queryAs(Label.class))
                .matches(Node::isVisible).extracting(Label::getText).isEqualTo("End of gallery");
    }

    @Test
    void elapsedAndPaceMoveWithTheClockStopWhilePausedAndGoBackToZeroOnReset(FxRobot robot) {
        openThePresenterView(robot);
        Label elapsed = presenterLabel(robot, "#presenter-elapsed");
        Label pace = presenterLabel(robot, "#presenter-pacing");
        Label paused = presenterLabel(robot, "#presenter-paused");
        Duration coverTime = ReadingTime.of(gallery().cover());
        Duration plan = gallery().slides().stream().map(ReadingTime::of).reduce(Duration.ZERO, Duration::add);
        assertThat(presenterLabel(robot, "#presenter-plan").getText())
                .isEqualTo(TimeText.span(Duration.seconds(Math.round(plan.toSeconds()))) + " planned");
        assertThat(elapsed.getText()).isEqualTo("0:00");
        assertThat(pace.getText()).isEqualTo("On time");
        assertThat(paused.isVisible()).isFalse();

        robot.interact(() -> clock.advance(Duration.seconds(75)));
        assertThat(elapsed.getText()).isEqualTo("1:15");
        assertThat(pace.getText()).isEqualTo(TimeText.span(Duration.seconds(Math.ceil(Duration.seconds(75).subtract(coverTime).toSeconds())))
                + " behind");
        assertThat(pace.getPseudoClassStates()).anyMatch(state -> state.getPseudoClassName().equals("behind"));

        robot.clickOn("#presenter-pause");
        robot.interact(() -> clock.advance(Duration.seconds(30)));
        assertThat(elapsed.getText()).isEqualTo("1:15");
        assertThat(paused.isVisible()).isTrue();
        javafx.scene.control.Button pause = inWindow(robot, window.presenterStage(), "#presenter-pause");
        assertThat(pause.getText()).isEqualTo("Resume");

        robot.clickOn("#presenter-reset");
        assertThat(elapsed.getText()).isEqualTo("0:00");
        assertThat(pace.getText()).isEqualTo("On time");
        robot.press(KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT);
        robot.interact(() -> clock.advance(Duration.seconds(5)));
        assertThat(elapsed.getText()).isEqualTo("0:05");
        assertThat(paused.isVisible()).isFalse();
        robot.press(KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT);
        assertThat(elapsed.getText()).isEqualTo("0:00");
        // the keys went to the timer, not to the slides
        assertThat(audienceCounter(robot).getText()).isEqualTo("1 of 14");
    }

    @Test
    void theClockShowsTheWallClocksHourAndMinute(FxRobot robot) {
        openThePresenterView(robot);
        assertThat(presenterLabel(robot, "#presenter-clock").getText()).isEqualTo("14:05");
    }

    @Test
    void bTypedInThePresenterWindowCoversTheAudienceWindowAndThePresenterViewSaysSo(FxRobot robot) {
        openThePresenterView(robot);
        Node cover = stage.getScene().lookup("#screen-cover");
        assertThat(cover.isVisible()).isFalse();

        robot.type(KeyCode.B);

        assertThat(cover.isVisible()).isTrue();
        assertThat(window.presentation().getCover()).isEqualTo(ScreenCover.BLACK);
        assertThat(presenterLabel(robot, "#presenter-audience").getText()).isEqualTo("The audience sees a black screen");
        assertThat(inWindow(robot, window.presenterStage(), "#presenter-current").getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("covered"));

        robot.type(KeyCode.B);
        assertThat(cover.isVisible()).isFalse();
        assertThat(presenterLabel(robot, "#presenter-audience").getText()).isEqualTo("Audience: the window on the left");
    }

    @Test
    void closingThePresenterWindowLeavesTheAudienceAsItWasAndNothingOfItListening(FxRobot robot) {
        Stage presenter = openThePresenterView(robot);
        robot.type(KeyCode.RIGHT);
        Label counter = presenterLabel(robot, "#presenter-counter");
        Label elapsed = presenterLabel(robot, "#presenter-elapsed");
        Node next = inWindow(robot, presenter, "#presenter-next");
        Rectangle2D audience = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());

        robot.interact(() -> presenter.fireEvent(new WindowEvent(presenter, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(presenter.isShowing()).isFalse();
        assertThat(window.presenter().isOpen()).isFalse();
        assertThat(window.presenterStage()).isNull();
        assertThat(window.presentation().isPresenting()).isTrue();
        assertThat(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isEqualTo(audience);
        assertThat(audienceCounter(robot).getText()).isEqualTo("2 of 14");

        // the closed view follows the models no more
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.RIGHT);
        robot.interact(() -> clock.advance(Duration.seconds(10)));
        assertThat(audienceCounter(robot).getText()).isEqualTo("3 of 14");
        assertThat(counter.getText()).isEqualTo("2 of 14");
        assertThat(counter.textProperty().isBound()).isFalse();
        assertThat(elapsed.textProperty().isBound()).isFalse();
        assertThat(next.getAccessibleText()).isEqualTo("Next slide: " + gallery().slides().get(2).headlineText().orElseThrow());
    }

    @Test
    void pTypedInThePresenterWindowClosesItAndTheAudienceGoesOnPresenting(FxRobot robot) {
        Stage presenter = openThePresenterView(robot);
        robot.type(KeyCode.RIGHT);

        robot.type(KeyCode.P);

        assertThat(presenter.isShowing()).isFalse();
        assertThat(window.presenter().isOpen()).isFalse();
        assertThat(window.presentation().isPresenting()).isTrue();
        assertThat(audienceCounter(robot).getText()).isEqualTo("2 of 14");
    }

    @Test
    void leavingThePresentationPutsTheAudienceWindowBackWhereItWas(FxRobot robot) {
        Rectangle2D before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        openThePresenterView(robot);
        assertThat(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isNotEqualTo(before);

        robot.type(KeyCode.ESCAPE);

        assertThat(window.presentation().isPresenting()).isFalse();
        assertThat(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isEqualTo(before);
        assertThat(window.presenter().isOpen()).isTrue();
    }

    @Test
    void closingTheAudienceWindowClosesThePresenterWindow(FxRobot robot) {
        Stage presenter = openThePresenterView(robot);

        robot.interact(() -> stage.hide());

        assertThat(presenter.isShowing()).isFalse();
        assertThat(window.presenter().isOpen()).isFalse();
    }
}
