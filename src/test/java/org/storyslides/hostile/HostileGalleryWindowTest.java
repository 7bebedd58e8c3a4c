package org.storyslides.hostile;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.app.SlideshowWindow;
import org.storyslides.app.TestWindows;
import org.storyslides.app.WindowOptions;
import org.storyslides.content.BundledCopy;
import org.storyslides.content.Content;
import org.storyslides.content.TestFiles;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * A gallery file made hostile after the window opened, before the gallery is first shown: the
 * bundled content is opened as the app opens it ({@code ContentLoader.open}: the first gallery read
 * whole, the military one only summarised), then the military gallery's file is swapped. Asked for
 * with ], the gallery is not shown: its problem is listed over the gallery on show, which stays and
 * goes on answering keys.
 */
@ExtendWith(ApplicationExtension.class)
class HostileGalleryWindowTest {

    private static final String MILITARY_ID = "military-photos-2016";
    private static final String MILITARY_FILE = "galleries/" + MILITARY_ID + ".json";
    private static final String MATTIS_TITLE = "19 memorable quotes from James 'Mad Dog' Mattis";

    @TempDir
    Path folder;
    @TempDir
    Path outside;
    @TempDir
    Path settings;

    private Stage stage;
    private SlideshowWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Content content = TestWindows.offTheJavaFxThread(() -> HostileFolders.open(BundledCopy.of(folder)));
        window = new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    @Test
    void aGalleryFileSwappedForANamedPipeIsListedAsOneAndTheWindowGoesOnAndClosesPromptly(FxRobot robot) throws Exception {
        assertThat(window.carousel().content().isLoaded(MILITARY_ID)).as("the military gallery is not read yet").isFalse();
        assumeTrue(TestFiles.namedPipe(folder.resolve(MILITARY_FILE)), "mkfifo made no named pipe on this system");

        robot.write("]");

        // a reader that opened the pipe would wait for a writer for ever: the problem comes at once instead
        awaitGalleryProblems(robot);
        assertThat(problemLines(robot)).containsExactly(MILITARY_FILE + ": not a regular file (a named pipe)");
        verifyThat("#gallery-opening", isInvisible());
        verifyThat("#gallery-title", hasText(MATTIS_TITLE));
        verifyThat("#counter", hasText("1 of 14"));

        // the gallery on show still answers: a step moves it (and its list steps aside, the reader has moved on)
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("2 of 14"));
        verifyThat("#gallery-problems", isInvisible());

        // asked for again, the gallery is listed again; Esc closes the list
        robot.write("]");
        awaitGalleryProblems(robot);
        assertThat(problemLines(robot)).containsExactly(MILITARY_FILE + ": not a regular file (a named pipe)");
        robot.type(KeyCode.ESCAPE);
        verifyThat("#gallery-problems", isInvisible());
        verifyThat("#gallery-title", hasText(MATTIS_TITLE));
        verifyThat("#counter", hasText("2 of 14"));

        long hideStarted = System.nanoTime();
        robot.interact(stage::hide);
        assertThat((System.nanoTime() - hideStarted) / 1_000_000).as("ms the window took to hide").isLessThan(2_000);
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void aGalleryFileSwappedForALinkOutsideTheFolderIsListedAsLinkingOutsideAndNothingOfItIsShown(FxRobot robot) throws Exception {
        assertThat(window.carousel().content().isLoaded(MILITARY_ID)).as("the military gallery is not read yet").isFalse();
        Path copy = outside.resolve(MILITARY_ID + ".json");
        JsonObject gallery = JsonParser.parseString(Files.readString(folder.resolve(MILITARY_FILE))).getAsJsonObject();
        gallery.addProperty("title", "CANARY");
        Files.writeString(copy, gallery.toString());
        HostileFolders.replaceByLink(folder.resolve(MILITARY_FILE), copy);

        robot.write("]");

        awaitGalleryProblems(robot);
        assertThat(problemLines(robot)).containsExactly(MILITARY_FILE + ": must stay inside the content folder (it links outside)");
        verifyThat("#gallery-title", hasText(MATTIS_TITLE));
        verifyThat("#counter", hasText("1 of 14"));
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText).isNotEmpty()
                .noneMatch(text -> text != null && text.contains("CANARY"));
        assertThat(robot.lookup(node -> node instanceof Text).queryAllAs(Text.class)).extracting(Text::getText)
                .noneMatch(text -> text != null && text.contains("CANARY"));
        assertThat(stage.getTitle()).doesNotContain("CANARY");
        assertThat(window.carousel().content().isLoaded(MILITARY_ID)).isFalse();
    }

    private static void awaitGalleryProblems(FxRobot robot) {
        Node problems = robot.lookup("#gallery-problems").query();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(problems::isVisible).get());
        } catch (TimeoutException e) {
            throw new AssertionError("no problem list within 5 s; opening shown: " + robot.lookup("#gallery-opening").query().isVisible(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#gallery-problems", isVisible());
        assertThat(robot.lookup(".gallery-problems-title").queryAs(Label.class).getText())
                .isEqualTo("This gallery cannot be shown: 1 problem in its file");
    }

    private static List<String> problemLines(FxRobot robot) {
        return robot.lookup(".gallery-problems-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
