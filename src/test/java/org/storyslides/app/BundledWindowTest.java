package org.storyslides.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.presentation.ManualClock;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/**
 * A UI test of the real window on the bundled content: no transitions, a hand-driven clock, and
 * remembered settings in a folder of the test's own. Each test class still declares its own
 * {@code @Start} method calling {@link #openWindow}: TestFX looks for it among the test class's own
 * methods only, not inherited ones.
 */
@ExtendWith(ApplicationExtension.class)
abstract class BundledWindowTest {

    @TempDir
    Path settings;
    Stage stage;
    SlideshowWindow window;
    final ManualClock clock = new ManualClock();

    void openWindow(Stage stage) {
        this.stage = stage;
        window = TestWindows.open(stage, settings.resolve("settings.properties"), clock);
    }
}
