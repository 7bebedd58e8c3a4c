package org.storyslides.app;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check again (F5): the folder is read again off the JavaFX thread; mended, it is shown and the problems
 * window goes; still broken, the window lists what is wrong now. The folders are real, written in between.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsCheckAgainTest {

    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path folder;
    @TempDir
    Path settings;

    ContentFolderFixture fixture;
    Stage stage;
    final AtomicReference<Content> shown = new AtomicReference<>();
    final AtomicInteger bundledShown = new AtomicInteger();
    final List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    ShowSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ContentFolderFixture(folder);
        fixture.write();
        fixture.writeText("story.json", "{ \"headline\": "); // broken: it ends in the middle
    }

    @AfterEach
    void close(FxRobot robot) {
        ProblemsShown.closeAllBut(robot, stage, session);
    }

    private List<Problem> problemsNow() {
        return ((LoadResult.Failed) TestWindows.offTheJavaFxThread(() -> new ContentLoader().open(folder))).problems();
    }

    /** The window as the launcher shows it for a folder given on the command line. */
    private void showProblems(FxRobot robot, Supplier<LoadResult> readAgain) {
        List<Problem> problems = problemsNow();
        robot.interact(() -> new ProblemsWindow(folder, problems,
                new ProblemsWindow.Story(readAgain, shown::set),
                new ProblemsWindow.Story(() -> new LoadResult.Failed(List.of()), content -> bundledShown.incrementAndGet()),
                opened::add).show(stage));
    }

    private static String intro(FxRobot robot) {
        return robot.lookup(".problems-intro").queryAs(Label.class).getText();
    }

    @Test
    void f5OnAFolderMendedMeanwhileShowsItsStoryAndTheProblemsGo(FxRobot robot) throws TimeoutException {
        showProblems(robot, () -> new ContentLoader().open(folder));
        assertThat(ProblemsShown.files(robot)).containsExactly("story.json");

        fixture.write();
        robot.type(KeyCode.F5);

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> shown.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.get().folder()).isEqualTo(folder);
        assertThat(shown.get().story().headline()).isEqualTo("A headline");
        assertThat(stage.isShowing()).isFalse();
        assertThat(bundledShown.get()).isZero();
    }

    @Test
    void checkAgainOnAFolderStillBrokenListsWhatIsWrongNow(FxRobot robot) throws TimeoutException {
        showProblems(robot, () -> new ContentLoader().open(folder));
        assertThat(ProblemsShown.lines(robot)).noneMatch(line -> line.contains("dateline"));

        fixture.story.remove("dateline");
        fixture.write();
        robot.clickOn("#check-again");

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> ProblemsShown.asCheckPrints(robot).equals(List.of("story.json: $.dateline: missing required field")));
        assertThat(intro(robot)).startsWith("Still 1 problem in " + folder + ". Fix them and check again (F5)");
        assertThat(robot.lookup("#check-again").queryButton().isDisabled()).isFalse();
        assertThat(stage.isShowing()).isTrue();
        assertThat(shown.get()).isNull();
    }

    @Test
    void whileTheFolderIsReadTheButtonWaitsAndTheWindowSaysSo(FxRobot robot) throws Exception {
        CountDownLatch readable = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        showProblems(robot, () -> {
            reads.incrementAndGet();
            try {
                readable.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ContentLoader().open(folder);
        });
        Button checkAgain = robot.lookup("#check-again").queryButton();
        assertThat(checkAgain.getTooltip().getText()).isEqualTo("Read the folder again (F5)");

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(checkAgain.isDisabled()).isTrue();
        assertThat(robot.lookup("#open-bundled").queryButton().isDisabled()).isTrue();
        assertThat(intro(robot)).isEqualTo("Checking " + folder + " again\u2026");
        robot.type(KeyCode.F5); // no second read while one runs
        readable.countDown();

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !checkAgain.isDisabled());
        assertThat(reads.get()).isEqualTo(1);
        assertThat(intro(robot)).startsWith("Still 1 problem in ");
        assertThat(robot.lookup("#open-bundled").queryButton().isDisabled()).isFalse();
    }

    @Test
    void enterStillOpensTheBundledStory(FxRobot robot) throws TimeoutException {
        showProblems(robot, () -> new ContentLoader().open(folder));

        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> ProblemsShown.files(robot).isEmpty());
        assertThat(intro(robot)).startsWith("The story that comes with the app cannot be shown either");
        assertThat(shown.get()).isNull();
        assertThat(opened).isEmpty();
    }

    @Test
    void f5OverTheWindowOpensTheMendedFolderInIt(FxRobot robot) throws TimeoutException {
        robot.interact(() -> session = TestWindows.session(stage, settings.resolve("settings.properties")));
        robot.interact(() -> session.open(folder));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#back-to-story").tryQuery().isPresent());
        assertThat(intro(robot)).contains("so it was not opened. Fix them and check again (F5)");

        fixture.story.remove("dateline");
        fixture.write();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> ProblemsShown.lines(robot).contains("$.dateline: missing required field"));
        assertThat(intro(robot)).startsWith("Still 1 problem in " + folder + ", so it was not opened.");

        fixture.story.addProperty("dateline", "BRUSSELS");
        fixture.write();
        robot.type(KeyCode.F5);

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> session.window().content().folder().equals(folder));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#back-to-story").tryQuery().isEmpty());
        assertThat(stage.getTitle()).isEqualTo("A headline");
        assertThat(session.window().carousel().getGallery().id()).isEqualTo("demo");
    }
}
