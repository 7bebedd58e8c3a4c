package org.storyslides.app;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A content folder opened in the window that shows another (a drop, Ctrl+O), and a folder watched
 * while it is open: a saved edit is on screen at the same slide, a broken one lists its problems over
 * the slide until it is fixed. The folders are real, the watch is the system's; nothing sleeps.
 */
@ExtendWith(ApplicationExtension.class)
class LiveFolderWindowTest {

    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path mine;
    @TempDir
    Path settings;

    ContentFolderFixture fixture;
    ShowSession session;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ContentFolderFixture(mine);
        fixture.slide(1).getAsJsonArray("caption").set(0, new com.google.gson.JsonPrimitive("The caption as first written."));
        fixture.gallery.getAsJsonArray("slides").add(com.google.gson.JsonParser.parseString(
                "{\"image\": \"images/demo/01.png\", \"caption\": [\"The third slide.\"], \"credit\": \"Photo by Someone\"}"));
        fixture.write();
        session = TestWindows.session(stage, settings.resolve("settings.properties"));
    }

    @AfterEach
    void closeTheSession(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
            session.close();
        });
    }

    private static Content read(Path folder) {
        return TestWindows.offTheJavaFxThread(() -> ((LoadResult.Loaded) new ContentLoader().open(folder)).content());
    }

    @Test
    void aFolderDroppedOnTheWindowOpensInIt(FxRobot robot) throws TimeoutException {
        drop(robot, mine.toFile());

        awaitFx(() -> session.window().content().folder().equals(mine));
        assertThat(robot.lookup("#story").queryAll()).hasSize(1);
        assertThat(shownTexts(robot)).contains("A headline");
        assertThat(stage.getTitle()).isEqualTo("A headline");
        assertThat(session.window().carousel().getGallery().id()).isEqualTo("demo");
    }

    @Test
    void aDroppedStoryFileOpensItsFolder(FxRobot robot) throws TimeoutException {
        drop(robot, mine.resolve("story.json").toFile());

        awaitFx(() -> session.window().content().folder().equals(mine));
    }

    @Test
    void aDropOfTwoThingsIsRefusedAndTheStoryStays(FxRobot robot) {
        boolean accepted = drop(robot, mine.toFile(), settings.toFile());

        assertThat(accepted).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.window().content().folder()).isEqualTo(BundledContent.folder());
    }

    @Test
    void ctrlOOpensTheFolderTheUserChooses(FxRobot robot) throws TimeoutException {
        robot.interact(() -> session.setFolderTarget((owner, messages) -> Optional.of(mine)));

        robot.press(KeyCode.CONTROL).press(KeyCode.O).release(KeyCode.O).release(KeyCode.CONTROL);

        awaitFx(() -> session.window().content().folder().equals(mine));
        assertThat(stage.getTitle()).isEqualTo("A headline");
    }

    @Test
    void aFolderWithProblemsListsThemAndEnterGoesBackToTheStoryThatWasOpen(FxRobot robot) throws TimeoutException {
        fixture.writeText("story.json", "{ \"headline\": ");
        robot.interact(() -> session.open(mine));

        awaitFx(() -> robot.lookup("#back-to-story").tryQuery().isPresent());
        assertThat(ProblemsShown.asCheckPrints(robot)).anySatisfy(line -> assertThat(line).startsWith("story.json:"));
        robot.type(KeyCode.ENTER);

        awaitFx(() -> robot.lookup("#back-to-story").tryQuery().isEmpty());
        assertThat(session.window().content().folder()).isEqualTo(BundledContent.folder());
        assertThat(stage.getTitle()).isEqualTo("Defense secretary Mattis sees no American military collaboration with Russia");
    }

    @Test
    void aCaptionSavedWhileTheWindowIsOpenIsShownOnTheSameSlide(FxRobot robot) throws TimeoutException {
        openMine(robot);
        robot.interact(() -> session.window().carousel().showSlide(1));
        assertThat(shownTexts(robot)).contains("The caption as first written.");

        fixture.slide(1).getAsJsonArray("caption").set(0, new com.google.gson.JsonPrimitive("The caption as edited."));
        fixture.write();

        awaitFx(() -> shownTexts(robot).contains("The caption as edited."));
        assertThat(session.window().carousel().getSlideIndex()).isEqualTo(1);
        assertThat(session.window().carousel().getGallery().id()).isEqualTo("demo");
        assertThat(shownTexts(robot)).doesNotContain("The caption as first written.");
    }

    @Test
    void anEditLeavesThePresenterViewOpen(FxRobot robot) throws TimeoutException {
        openMine(robot);
        robot.interact(() -> session.window().presenter().open());
        SlideshowWindow before = session.window();

        fixture.slide(1).getAsJsonArray("caption").set(0, new com.google.gson.JsonPrimitive("Edited with the presenter view open."));
        fixture.write();

        awaitFx(() -> session.window() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.window().presenter().isOpen()).isTrue();
        assertThat(session.window().presenterStage()).isNotNull();
        robot.interact(() -> session.window().presenter().toggle());
    }

    @Test
    void aSlideThatAnEditRemovesGivesWayToTheNearestOne(FxRobot robot) throws TimeoutException {
        openMine(robot);
        robot.interact(() -> session.window().carousel().showSlide(2));

        fixture.gallery.getAsJsonArray("slides").remove(2);
        fixture.write();

        awaitFx(() -> session.window().carousel().getGallery().size() == 2);
        assertThat(session.window().carousel().getSlideIndex()).isEqualTo(1);
    }

    @Test
    void aBrokenEditListsItsProblemOverTheSlideAndTheFixClearsIt(FxRobot robot) throws TimeoutException {
        openMine(robot);
        robot.interact(() -> session.window().carousel().showSlide(1));
        SlideshowWindow before = session.window();

        fixture.writeText("galleries/demo.json", "{ \"id\": \"demo\", \"title\": \"Demo gallery\", \"slides\": [ ");

        awaitFx(() -> robot.lookup("#edit-problems").query().isVisible());
        assertThat(shownTexts(robot)).anySatisfy(text -> assertThat(text).startsWith("galleries/demo.json:"));
        // nothing closed: the same window, at the same slide, as it was before the edit
        assertThat(session.window()).isSameAs(before);
        assertThat(session.window().carousel().getSlideIndex()).isEqualTo(1);
        assertThat(shownTexts(robot)).contains("The caption as first written.");

        fixture.slide(1).getAsJsonArray("caption").set(0, new com.google.gson.JsonPrimitive("Fixed."));
        fixture.write();

        awaitFx(() -> shownTexts(robot).contains("Fixed."));
        assertThat(robot.lookup("#edit-problems").query().isVisible()).isFalse();
        assertThat(session.window().carousel().getSlideIndex()).isEqualTo(1);
    }

    @Test
    void aPictureSavedHalfWrittenIsListedAndTheSlideStays(FxRobot robot) throws TimeoutException {
        openMine(robot);
        robot.interact(() -> session.window().carousel().showSlide(1));
        SlideshowWindow before = session.window();

        fixture.writeBytes("images/demo/01.png", java.util.Arrays.copyOf(org.storyslides.content.TestImages.png(64, 36), 40));

        awaitFx(() -> robot.lookup("#edit-problems").query().isVisible());
        assertThat(shownTexts(robot)).anySatisfy(text -> assertThat(text)
                .startsWith("galleries/demo.json: $.slides[1].image (slide 2): images/demo/01.png: "));
        assertThat(session.window()).isSameAs(before);
    }

    @Test
    void aWindowReplacedByAnEditIsLetGo(FxRobot robot) throws TimeoutException {
        openMine(robot);
        robot.interact(() -> session.window().carousel().showSlide(1));
        java.lang.ref.WeakReference<SlideshowWindow> replaced = new java.lang.ref.WeakReference<>(session.window());

        fixture.slide(1).getAsJsonArray("caption").set(0, new com.google.gson.JsonPrimitive("Edited once."));
        fixture.write();
        awaitFx(() -> shownTexts(robot).contains("Edited once."));
        WaitForAsyncUtils.waitForFxEvents();

        // nothing of the app holds the window it replaced: a full collection takes it
        for (int tries = 0; tries < 10 && replaced.get() != null; tries++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(replaced.get()).isNull();
    }

    @Test
    void theBundledStoryIsNotWatched(FxRobot robot) {
        // a window on the bundled story: its session started no watch thread
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals("storyslides-watch"))
                .filter(Thread::isAlive)).isEmpty();
    }

    private void openMine(FxRobot robot) throws TimeoutException {
        robot.interact(() -> session.open(mine));
        awaitFx(() -> session.window().content().folder().equals(mine));
    }

    /** A drop from outside the app, as the platform gives it: DRAG_OVER, then DRAG_DROPPED if accepted; true if accepted. */
    private boolean drop(FxRobot robot, File... files) {
        boolean[] accepted = new boolean[1];
        robot.interact(() -> {
            Dragboard board = DroppedFiles.of(files);
            Node root = stage.getScene().getRoot();
            DragEvent over = new DragEvent(stage.getScene(), root, DragEvent.DRAG_OVER, board, 100, 100, 100, 100,
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(stage.getScene(), over);
            accepted[0] = over.isAccepted();
            if (accepted[0]) {
                Event.fireEvent(stage.getScene(), new DragEvent(stage.getScene(), root, DragEvent.DRAG_DROPPED, board, 100, 100,
                        100, 100, TransferMode.COPY, null, null, null));
            }
        });
        return accepted[0];
    }

    private static List<String> shownTexts(FxRobot robot) {
        return robot.lookup(node -> node instanceof Text || node instanceof javafx.scene.control.Labeled).queryAll().stream()
                .filter(Node::isVisible)
                .map(node -> node instanceof Text text ? text.getText() : ((javafx.scene.control.Labeled) node).getText())
                .filter(java.util.Objects::nonNull).toList();
    }

    private static void awaitFx(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
