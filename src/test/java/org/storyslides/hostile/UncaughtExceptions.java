package org.storyslides.hostile;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects what any thread throws and nobody catches during a test (an OutOfMemoryError on a decode
 * thread, an exception on the JavaFX thread), so the test can say there was none. Register with
 * {@code @RegisterExtension}; the handler that was there before comes back after each test.
 */
final class UncaughtExceptions implements BeforeEachCallback, AfterEachCallback {

    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private Thread.UncaughtExceptionHandler before;

    @Override
    public void beforeEach(ExtensionContext context) {
        uncaught.clear();
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    /** What was thrown and not caught since the test began. */
    List<Throwable> thrown() {
        synchronized (uncaught) {
            return List.copyOf(uncaught);
        }
    }
}
