package org.storyslides.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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

    /**
     * Lets go of the window: JUnit 5's parameterized tests keep the first one's test instance for the
     * rest of the run (ArgumentCountValidator memoizes a value in the root store with a function that
     * holds its extension context, and the store keeps the function), so that instance's window, its
     * pictures and caches stayed in the tests' app-sized 160 MB heap, and a later test died of
     * "Java heap space" (a heap dump showed QuitTest's windows held so; pom.xml, surefire's windows run).
     */
    @AfterEach
    void releaseWindow() {
        window = null;
    }
}
