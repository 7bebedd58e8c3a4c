package org.storyslides.app;

import javafx.scene.control.Label;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storyslides.content.BundledContent;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Damaged content opens a window that lists its problems and leads on to the bundled story. */
@ExtendWith(ApplicationExtension.class)
class ProblemsWindowTest {

    final AtomicInteger bundledOpened = new AtomicInteger();
    Stage stage;
    // what reading the bundled story gives: the real one, unless a test breaks it
    volatile LoadResult bundled;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new ProblemsWindow(Path.of("/home/me/trip"), List.of(
                new Problem("story.json", "$.dateline", "missing required field"),
                new Problem("galleries/trip.json", "$.slides[7].image", "file not found: images/trip/07.jpg")),
                new ProblemsWindow.Story(() -> new LoadResult.Failed(List.of()), content -> { }),
                new ProblemsWindow.Story(() -> bundled != null ? bundled : new ContentLoader().open(BundledContent.folder()),
                        content -> bundledOpened.incrementAndGet()),
                file -> { }).show(stage);
    }

    @Test
    void listsEveryProblemUnderItsFile(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("This content cannot be shown");
        assertThat(ProblemsShown.files(robot)).containsExactly("story.json", "galleries/trip.json");
        assertThat(ProblemsShown.asCheckPrints(robot)).containsExactly(
                "story.json: $.dateline: missing required field",
                "galleries/trip.json: $.slides[7].image (slide 8): file not found: images/trip/07.jpg");
        assertThat(robot.lookup(".problems-intro").queryAs(Label.class).getText()).startsWith("2 problems in /home/me/trip.");
    }

    @Test
    void carriesTheAppIcon() {
        assertThat(stage.getIcons()).hasSize(7).noneMatch(Image::isError);
    }

    @Test
    void theBundledStoryIsOneClickAway(FxRobot robot) throws TimeoutException {
        robot.clickOn("#open-bundled");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bundledOpened.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void aBundledStoryThatCannotBeShownListsItsProblemsAndTheWindowStays(FxRobot robot) throws TimeoutException {
        bundled = new LoadResult.Failed(List.of(new Problem("story.json", "", "file not found")));

        robot.clickOn("#open-bundled");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ProblemsShown.asCheckPrints(robot).equals(List.of("story.json: file not found")));
        // the app's own files, in its jar: not one to open
        assertThat(ProblemsShown.headings(robot)).singleElement().isNotInstanceOf(Hyperlink.class);
        assertThat(robot.lookup(".problems-intro").queryAs(Label.class).getText())
                .startsWith("The story that comes with the app cannot be shown either: 1 problem.");
        assertThat(bundledOpened.get()).isZero();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void quitClosesTheWindowWithoutOpeningAnything(FxRobot robot) {
        robot.clickOn("#quit");
        assertThat(bundledOpened.get()).isZero();
        assertThat(stage.isShowing()).isFalse();
    }
}
