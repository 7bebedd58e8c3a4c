package org.storyslides.app;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Java names files in the encoding of the locale it was started in, and cannot change it once it
 * runs ({@code -Dsun.jnu.encoding} is ignored): under {@code LANG=C} a picture named {@code café.jpg}
 * cannot be named at all. Started on Linux under a locale that is not UTF-8, the app starts itself
 * again under {@code C.UTF-8} (part of the C library, always there) and hands on its exit code; the
 * second run is marked, so this happens once. Text typed on the command line that is not ASCII was
 * already lost to the first run's locale and cannot be passed on.
 */
final class Utf8Restart {

    static final String MARK = "STORYSLIDES_UTF8_RESTART";

    private Utf8Restart() {
    }

    /** Runs the app again under UTF-8 when it needs to, and gives its exit code; empty when this run is fine as it is. */
    static OptionalInt ifNeeded() {
        Optional<List<String>> command = command(System.getProperty("os.name", ""), System.getProperty("sun.jnu.encoding", ""),
                System.getenv(), ProcessHandle.current().info());
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder again = new ProcessBuilder(command.get()).inheritIO();
        restartEnvironment(again.environment());
        try {
            return OptionalInt.of(again.start().waitFor());
        } catch (IOException e) {
            return OptionalInt.empty(); // go on as we are: such names are then refused with a clear message
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Launcher.EXIT_INTERNAL_ERROR);
        }
    }

    /**
     * The environment of the second run: UTF-8, marked, and without the variable jpackage's launcher
     * sets for itself (with it, the launcher started again takes the app's options for Java's own).
     */
    static void restartEnvironment(Map<String, String> environment) {
        environment.remove("_JPACKAGE_LAUNCHER");
        environment.put("LC_ALL", "C.UTF-8");
        environment.put(MARK, "1");
    }

    /** The command that starts this process again, when it should be (Linux, names not in UTF-8, not yet restarted). */
    static Optional<List<String>> command(String os, String fileNameEncoding, Map<String, String> environment, ProcessHandle.Info self) {
        if (!os.startsWith("Linux") || environment.containsKey(MARK) || isUtf8(fileNameEncoding)
                || self.command().isEmpty() || self.arguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(self.command().get());
        command.addAll(List.of(self.arguments().get()));
        return Optional.of(command);
    }

    private static boolean isUtf8(String encoding) {
        try {
            return Charset.forName(encoding).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
