package org.storyslides.hostile;

import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.app.ProblemsShown;
import org.storyslides.app.ShowSession;
import org.storyslides.app.SlideshowWindow;
import org.storyslides.app.TestWindows;
import org.storyslides.app.WindowOptions;
import org.storyslides.content.BundledContent;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folders opened in a running window (a drop, Ctrl+O) that are no folder at all or hold traps: each
 * ends in the problem list over the story that was open, named in plain words, never a hang, and the
 * story stays.
 */
@ExtendWith(ApplicationExtension.class)
class HostileDropWindowTest {

    @TempDir
    Path folder;
    @TempDir
    Path settings;
    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();

    ShowSession session;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = TestWindows.session(stage, settings.resolve("settings.properties"));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
            session.close();
        });
    }

    private List<String> problemsListed(FxRobot robot, Path opened) throws TimeoutException {
        robot.interact(() -> session.open(opened));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#back-to-story").tryQuery().isPresent());
        List<String> lines = ProblemsShown.asCheckPrints(robot);
        assertThat(session.window().content().folder()).isEqualTo(BundledContent.folder());
        assertThat(uncaught.thrown()).isEmpty();
        return lines;
    }

    @Test
    void aDeviceIsNotAFolder(FxRobot robot) throws TimeoutException {
        assertThat(problemsListed(robot, Path.of("/dev/zero"))).singleElement().asString().endsWith("not a folder");
    }

    @Test
    void aStoryFileThatIsANamedPipeIsRefusedWithoutWaitingOnIt(FxRobot robot) throws Exception {
        new ProcessBuilder("mkfifo", folder.resolve("story.json").toString()).inheritIO().start().waitFor();

        assertThat(problemsListed(robot, folder)).anySatisfy(line -> assertThat(line).startsWith("story.json:").contains("named pipe"));
    }

    @Test
    void aStoryFileLinkedOutsideTheFolderIsRefused(FxRobot robot, @TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("story.json"), "{}");
        Files.createSymbolicLink(folder.resolve("story.json"), outside.resolve("story.json"));

        assertThat(problemsListed(robot, folder)).anySatisfy(line -> assertThat(line).startsWith("story.json:").contains("outside"));
    }

    @Test
    void aFolderThatDoesNotExistIsSaidSo(FxRobot robot) throws TimeoutException {
        assertThat(problemsListed(robot, folder.resolve("gone"))).singleElement().asString().endsWith("content folder not found");
    }

    @Test
    void aFolderNamedWithAnEscapeSequenceIsShownHarmlessly(FxRobot robot) throws Exception {
        Path strange = Files.createDirectories(folder.resolve("a\u001b[31mred\nline"));

        assertThat(problemsListed(robot, strange)).allSatisfy(line -> assertThat(line).doesNotContain("\u001b").doesNotContain("\n"));
    }
}
