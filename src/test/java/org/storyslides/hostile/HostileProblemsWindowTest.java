package org.storyslides.hostile;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.app.ProblemsShown;
import org.storyslides.app.ShowSession;
import org.storyslides.app.TestWindows;
import org.storyslides.content.Problem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problems window given names that lead out of the content folder and messages no window is wide
 * enough for: a heading opens only a file in the folder, links followed; the longest line wraps, the
 * window shows at once.
 */
@ExtendWith(ApplicationExtension.class)
class HostileProblemsWindowTest {

    @TempDir
    Path folder;
    @TempDir
    Path outside;
    @TempDir
    Path settings;
    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();

    Stage stage;
    ShowSession session;
    // what the window asked the desktop to open
    final List<Path> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        ProblemsShown.closeAllBut(robot, stage, session);
    }

    private void show(FxRobot robot, List<Problem> problems) {
        robot.interact(() -> ProblemsShown.open(stage, folder, problems, opened::add));
        TestWindows.layOutNow(robot);
    }

    @Test
    void aNameLeadingOutOfTheFolderIsNeverOpened(FxRobot robot) throws Exception {
        Files.writeString(outside.resolve("secret.json"), "{}");
        Files.createDirectories(folder.resolve("galleries"));
        Files.createSymbolicLink(folder.resolve("galleries/linked.json"), outside.resolve("secret.json"));
        String up = "../".repeat(folder.getNameCount() + 3); // past the root, which is where it stops
        show(robot, List.of(
                new Problem("../../etc/passwd", "", "not valid JSON"),
                new Problem(up + "etc/passwd", "", "not valid JSON"),
                new Problem("/etc/passwd", "", "not valid JSON"),
                new Problem("galleries/../../" + folder.getFileName() + "-other/story.json", "", "not valid JSON"),
                new Problem(outside.resolve("secret.json").toString(), "", "not valid JSON"),
                new Problem("story\u0000.json", "", "not valid JSON"),
                new Problem("galleries/linked.json", "", "the file links outside the content folder")));

        List<Labeled> headings = ProblemsShown.headings(robot);
        assertThat(headings).hasSize(7);
        for (Labeled heading : headings.subList(0, 6)) {
            assertThat(heading).as(heading.getText()).isNotInstanceOf(Hyperlink.class);
            robot.clickOn(heading);
        }
        // a link in the folder that leads out of it: a link by its name, but not opened
        Labeled linked = headings.get(6);
        assertThat(linked).isInstanceOf(Hyperlink.class);
        robot.clickOn(linked);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".problems-note").query().isVisible());
        assertThat(robot.lookup(".problems-note").queryAs(Label.class).getText()).startsWith("galleries/linked.json was not opened");
        assertThat(opened).isEmpty();
        assertThat(uncaught.thrown()).isEmpty();
    }

    @Test
    void aStoryFileLinkedOutsideIsListedAndItsHeadingOpensNothing(FxRobot robot) throws Exception {
        Files.writeString(outside.resolve("story.json"), "{}");
        Files.createSymbolicLink(folder.resolve("story.json"), outside.resolve("story.json"));
        robot.interact(() -> {
            session = TestWindows.session(stage, settings.resolve("settings.properties"));
            session.setFileOpener(opened::add);
            session.open(folder);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#back-to-story").tryQuery().isPresent());
        assertThat(ProblemsShown.files(robot)).containsExactly("story.json");

        robot.clickOn(".problems-file");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".problems-note").query().isVisible());
        assertThat(opened).isEmpty();
        assertThat(uncaught.thrown()).isEmpty();
    }

    @Test
    void aMessageOfTenThousandCharactersWrapsAndTheWindowShowsAtOnce(FxRobot robot) {
        String unbroken = "x".repeat(10_000);
        String words = "word ".repeat(2_000);
        long start = System.nanoTime();
        show(robot, List.of(
                new Problem("story.json", "$.headline", unbroken),
                new Problem("galleries/" + "g".repeat(10_000) + ".json", "$.title", words)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("shown and laid out in %d ms", millis).isLessThan(5_000);
        ScrollPane pane = robot.lookup("#problems").queryAs(ScrollPane.class);
        double width = pane.getViewportBounds().getWidth();
        assertThat(pane.getContent().getLayoutBounds().getWidth()).isLessThanOrEqualTo(width);
        for (Label line : robot.lookup(".problems-line").queryAllAs(Label.class)) {
            assertThat(line.getWidth()).isLessThanOrEqualTo(width);
            assertThat(line.getHeight()).isGreaterThan(20 * line.getFont().getSize()); // many lines, not one cut short
        }
        assertThat(ProblemsShown.headings(robot).get(1).getWidth()).isLessThanOrEqualTo(width);
        assertThat(uncaught.thrown()).isEmpty();
    }

    @Test
    void aHundredFilesOfAHundredProblemsEachListTheFirstAndCountTheRest(FxRobot robot) {
        List<Problem> problems = new ArrayList<>();
        for (int file = 0; file < 100; file++) {
            for (int slide = 0; slide < 100; slide++) {
                problems.add(new Problem("galleries/g" + file + ".json", "$.slides[" + slide + "].image",
                        "file not found: images/g" + file + "/a-picture-with-a-long-name-" + slide + ".jpg"));
            }
        }
        long start = System.nanoTime();
        show(robot, problems);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("shown and laid out in %d ms", millis).isLessThan(5_000);
        // all 10,000 as controls filled the app's 160 MB heap: the first are listed, the rest counted
        assertThat(ProblemsShown.files(robot)).containsExactly("galleries/g0.json", "galleries/g1.json");
        assertThat(ProblemsShown.lines(robot)).hasSize(200);
        assertThat(ProblemsShown.more(robot)).contains("\u2026 and 9,800 more problems, not listed here: storyslides --check lists every one");
        assertThat(uncaught.thrown()).isEmpty();
    }
}
