package org.storyslides.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * Where the app's System.Logger records go: the JDK's own logging, one line each on standard error.
 * A clean run prints nothing: only warnings (something skipped or refused) are shown, and JavaFX's
 * own warning about running from the class path is hushed. {@code --verbose} shows the app's
 * information and debug records too, and JavaFX's warnings.
 */
final class AppLogging {

    static final String VERBOSE = "--verbose";

    private AppLogging() {
    }

    /** Applies the configuration, unless one was given with -Djava.util.logging.config.file. */
    static void configure(boolean verbose) {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(configuration(verbose).getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The java.util.logging configuration, as a properties text. */
    static String configuration(boolean verbose) {
        return String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=ALL",
                "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter",
                // a stack trace only when asked for with --verbose
                "java.util.logging.SimpleFormatter.format=storyslides %4$s: %5$s" + (verbose ? "%6$s" : "") + "%n",
                ".level=" + (verbose ? "INFO" : "WARNING"),
                "org.storyslides.level=" + (verbose ? "FINE" : "WARNING"),
                "javafx.level=" + (verbose ? "WARNING" : "SEVERE"),
                "");
    }
}
