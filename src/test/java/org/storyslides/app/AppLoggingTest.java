package org.storyslides.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches standard error with the app's logging configuration, quiet and --verbose. Each case
 * runs in a fresh JVM, as the app does: logging is configured once per process, before any logger
 * exists.
 */
class AppLoggingTest {

    @Test
    void aNormalRunPrintsTheAppsWarningsOnlyOneLineEachWithoutStackTraces() throws Exception {
        assertThat(logEverything().lines())
                .containsExactly("storyslides WARNING: images/07.jpg: picture not shown");
    }

    @Test
    void verboseAddsTheAppsInformationAndDebugRecordsAndJavaFxWarnings() throws Exception {
        String logged = logEverything(AppLogging.VERBOSE);
        assertThat(logged.lines()).contains(
                "storyslides FINE: debug from the app",
                "storyslides INFO: info from the app",
                "storyslides WARNING: images/07.jpg: picture not shown",
                "storyslides WARNING: Unsupported JavaFX configuration");
        assertThat(logged).contains("IllegalStateException: the cause");
    }

    /** Standard error of a {@link LoggingProbe} run with {@code args}; its standard output must be empty. */
    private static String logEverything(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName()));
        command.addAll(List.of(args));
        Process probe = new ProcessBuilder(command).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(probe.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor()).as(err).isZero();
        assertThat(out).isEmpty();
        return err;
    }
}
