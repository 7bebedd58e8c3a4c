package org.storyslides.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Problem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problems window's list: each file named once, as a link that opens it (only a file in the content
 * folder); every line wraps to the window's width, never behind a horizontal scroll bar.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsListWindowTest {

    @TempDir
    Path folder;

    Stage stage;
    // the files the window asked the desktop to open
    final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, List<Problem> problems) {
        robot.interact(() -> ProblemsShown.open(stage, folder, problems, opened::add));
        TestWindows.layOutNow(robot);
    }

    @Test
    void eachFileIsOneHeadingWithItsProblemsUnderIt(FxRobot robot) {
        show(robot, List.of(
                new Problem("galleries/trip.json", "$.slides[7].image", "file not found: images/trip/07.jpg"),
                new Problem("story.json", "$.dateline", "missing required field"),
                new Problem("galleries/trip.json", "$.slides[9].credit", "expected a string, found a number (3)")));

        assertThat(ProblemsShown.files(robot)).containsExactly("galleries/trip.json", "story.json");
        assertThat(robot.lookup(".problems-file").queryAll()).hasSize(2);
        assertThat(ProblemsShown.asCheckPrints(robot)).containsExactly(
                "galleries/trip.json: $.slides[7].image (slide 8): file not found: images/trip/07.jpg",
                "galleries/trip.json: $.slides[9].credit (slide 10): expected a string, found a number (3)",
                "story.json: $.dateline: missing required field");
        assertThat(ProblemsShown.headings(robot)).allSatisfy(heading -> assertThat(heading).isInstanceOf(Hyperlink.class));
        assertThat(ProblemsShown.headings(robot).get(0).getTooltip().getText())
                .isEqualTo(folder.toAbsolutePath().resolve("galleries/trip.json").toString());
    }

    @Test
    void aLongLineWrapsToTheWidthAndNothingScrollsSideways(FxRobot robot) throws TimeoutException {
        String longMessage = "expected one of: " + "a-field-name-that-goes-on, ".repeat(40) + "the end";
        String longFile = "galleries/" + "a-very-long-gallery-id-".repeat(12) + ".json";
        show(robot, List.of(
                new Problem("story.json", "$.dateline", "missing required field"),
                new Problem("story.json", "$.body[2]", longMessage),
                new Problem(longFile, "$.title", "expected a string")));

        Label oneLine = line(robot, 0);
        Label wrapped = line(robot, 1);
        assertThat(wrapped.getText()).isEqualTo("$.body[2]: " + longMessage); // whole, no ellipsis
        assertThat(wrapped.getHeight()).isGreaterThan(3 * oneLine.getHeight());
        Labeled longHeading = ProblemsShown.headings(robot).get(1);
        assertThat(longHeading.getHeight()).isGreaterThan(1.5 * ProblemsShown.headings(robot).get(0).getHeight());
        fitsTheWidth(robot, wrapped, longHeading);

        // and narrower, the lines wrap again: still nothing wider than the list
        double before = wrapped.getHeight();
        robot.interact(() -> {
            stage.setMinWidth(0); // the one primary stage of the tests may have been a slideshow's, which has a minimum
            stage.setWidth(460);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == 460);
        TestWindows.layOutNow(robot);
        assertThat(wrapped.getHeight()).isGreaterThan(before);
        fitsTheWidth(robot, wrapped, longHeading);
    }

    private void fitsTheWidth(FxRobot robot, Node... nodes) {
        ScrollPane pane = robot.lookup("#problems").queryAs(ScrollPane.class);
        double viewport = pane.getViewportBounds().getWidth();
        assertThat(pane.getContent().getLayoutBounds().getWidth()).isLessThanOrEqualTo(viewport);
        for (Node node : nodes) {
            assertThat(node.localToScene(node.getLayoutBounds()).getMaxX())
                    .isLessThanOrEqualTo(pane.localToScene(pane.getLayoutBounds()).getMaxX());
        }
        assertThat(robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class))
                .noneMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    private static Label line(FxRobot robot, int index) {
        return List.copyOf(robot.lookup(".problems-line").queryAllAs(Label.class)).get(index);
    }

    @Test
    void aFilesHeadingOpensItOnTheDesktop(FxRobot robot) throws Exception {
        Files.createDirectories(folder.resolve("galleries"));
        Files.writeString(folder.resolve("galleries/trip.json"), "{");
        show(robot, List.of(new Problem("galleries/trip.json", "line 1, column 2", "the file ends before this object is closed")));

        robot.clickOn(".problems-file");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(folder.toAbsolutePath().resolve("galleries/trip.json"));
        assertThat(robot.lookup(".problems-note").query().isVisible()).isFalse();
    }

    @Test
    void theKeyboardReachesAHeadingAndOpensItLikeAButton(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("story.json"), "{");
        show(robot, List.of(new Problem("story.json", "line 1, column 2", "the file ends before this object is closed")));
        Labeled heading = ProblemsShown.headings(robot).get(0);
        assertThat(heading.isFocusTraversable()).isTrue();

        robot.interact(heading::requestFocus);
        robot.type(KeyCode.SPACE);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(folder.toAbsolutePath().resolve("story.json"));
    }

    @Test
    void aFileThatIsNotThereIsNotOpenedAndTheWindowSaysSo(FxRobot robot) throws TimeoutException {
        show(robot, List.of(new Problem("story.json", "", "file not found")));

        robot.clickOn(".problems-file");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".problems-note").query().isVisible());
        assertThat(robot.lookup(".problems-note").queryAs(Label.class).getText())
                .isEqualTo("story.json was not opened: it is not a file in the content folder");
        assertThat(opened).isEmpty();
    }

    @Test
    void aNameLeadingOutOfTheFolderIsNoLinkAndOpensNothing(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("story.json"), "{");
        show(robot, List.of(
                new Problem("../../etc/passwd", "", "not valid JSON"),
                new Problem("story.json", "line 1, column 2", "the file ends before this object is closed")));

        Labeled outside = ProblemsShown.headings(robot).get(0);
        assertThat(outside.getText()).isEqualTo("../../etc/passwd");
        assertThat(outside).isNotInstanceOf(Hyperlink.class);
        robot.clickOn(outside);
        robot.clickOn(ProblemsShown.headings(robot).get(1));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(folder.toAbsolutePath().resolve("story.json"));
    }
}
