package org.storyslides.app;

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

import java.nio.file.Path;
import java.util.Objects;

/** Opens the real window on the bundled content for UI tests: no transitions, a hand-driven clock. */
final class TestWindows {

    private TestWindows() {
    }

    private static Content bundledContent() {
        return ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
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
    static void layOutNow(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().map(Window::getScene).filter(Objects::nonNull).forEach(scene -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }));
    }

    static SlideshowWindow open(Stage stage, Path settingsFile, ManualClock clock) {
        return open(stage, settingsFile, clock, WindowOptions.defaults(Duration.ZERO));
    }
}
