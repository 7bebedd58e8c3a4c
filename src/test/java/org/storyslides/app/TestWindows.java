package org.storyslides.app;

import javafx.stage.Stage;
import javafx.util.Duration;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;

import java.nio.file.Path;

/** Opens the real window on the bundled content for UI tests: no transitions, a hand-driven clock. */
final class TestWindows {

    private TestWindows() {
    }

    static Content bundledContent() {
        return ((LoadResult.Loaded) new ContentLoader().load(BundledContent.folder())).content();
    }

    static SlideshowWindow open(Stage stage, Path settingsFile, ManualClock clock, WindowOptions options) {
        SlideshowWindow window = new SlideshowWindow(bundledContent(), options, clock, new SettingsStore(settingsFile, warning -> {
        }));
        window.show(stage);
        return window;
    }

    static SlideshowWindow open(Stage stage, Path settingsFile, ManualClock clock) {
        return open(stage, settingsFile, clock, WindowOptions.defaults(Duration.ZERO));
    }
}
