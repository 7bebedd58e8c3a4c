package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Opens the real window on the bundled content for UI tests: no transitions, a hand-driven clock. */
public final class TestWindows {

    private TestWindows() {
    }

    private static Content bundledContent() {
        return offTheJavaFxThread(() -> ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content());
    }

    /**
     * Content read as the launcher reads it, on a thread of its own, never the JavaFX thread (a test's
     * {@code @Start} runs on it, and the app refuses to read a content file there).
     */
    public static <T> T offTheJavaFxThread(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read).join();
    }

    /**
     * A show session in {@code stage} on the bundled story, as the launcher makes one, each window with a
     * hand-driven clock of its own (one clock for all would hold every window it ever ran for); watched
     * folders are read again after 50 ms of quiet.
     */
    public static ShowSession session(Stage stage, Path settingsFile) {
        SettingsStore store = new SettingsStore(settingsFile, warning -> {
        });
        ShowSession session = new ShowSession(stage, WindowOptions.defaults(Duration.ZERO), (shownIn, content, options, remembered, opening) -> {
            SlideshowWindow window = new SlideshowWindow(content, options, new ManualClock(), store, remembered);
            window.setOpening(opening);
            window.show(shownIn);
            return window;
        }, javafx.application.Platform::runLater, java.time.Duration.ofMillis(50), new org.storyslides.i18n.Messages(java.util.Locale.ENGLISH),
                ShowSession::wholeAndPictures);
        session.show(offTheJavaFxThread(() -> ((LoadResult.Loaded) new ContentLoader().open(BundledContent.folder())).content()),
                store.load());
        return session;
    }

    static SlideshowWindow open(Stage stage, Path settingsFile, ManualClock clock, WindowOptions options) {
        SlideshowWindow window = new SlideshowWindow(bundledContent(), options, clock, new SettingsStore(settingsFile, warning -> {
        }));
        window.show(stage);
        return window;
    }

    /**
     * Lays out every window now, as the next pulse would. A grid just opened makes its cells in its
     * first layout, which a loaded machine may not have run yet when the test looks for them.
     */
    public static void layOutNow(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().map(Window::getScene).filter(Objects::nonNull).forEach(scene -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }));
    }

    /**
     * Waits until the slide on show has its picture decoded, or its placeholder says why not, and gives
     * the picture (null when refused). Pictures decode on their own threads; nothing here sleeps.
     */
    public static Image awaitPicture(FxRobot robot) throws TimeoutException {
        ImageView view = (ImageView) robot.lookup("#slide-image").queryParent().getChildrenUnmodifiable().get(0);
        Node stage = robot.lookup(".photo-stage").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                (view.getImage() != null || stage.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("broken")))
                        && stage.getPseudoClassStates().stream().noneMatch(state -> state.getPseudoClassName().equals("loading"))).get());
        WaitForAsyncUtils.waitForFxEvents();
        return view.getImage();
    }

    static SlideshowWindow open(Stage stage, Path settingsFile, ManualClock clock) {
        return open(stage, settingsFile, clock, WindowOptions.defaults(Duration.ZERO));
    }

    /** Presses Tab, as a keyboard user would, until the node {@code query} finds has the focus; fails after 40 presses. */
    static Node tabTo(FxRobot robot, String query) {
        Node target = robot.lookup(query).query();
        for (int presses = 0; presses < 40 && target.getScene().getFocusOwner() != target; presses++) {
            robot.type(KeyCode.TAB);
        }
        if (target.getScene().getFocusOwner() != target) {
            throw new AssertionError("Tab never reached " + query);
        }
        return target;
    }
}
