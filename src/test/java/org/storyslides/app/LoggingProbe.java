package org.storyslides.app;

/**
 * Child process of {@link AppLoggingTest}: configures logging as the app's start does (with the
 * given arguments), then logs one record of each kind, from the app and from JavaFX's logger.
 */
public final class LoggingProbe {

    private LoggingProbe() {
    }

    public static void main(String[] args) {
        AppLogging.configure(java.util.Arrays.asList(args).contains(AppLogging.VERBOSE));
        System.Logger app = System.getLogger("org.storyslides.gallery.SlideImages");
        app.log(System.Logger.Level.DEBUG, "debug from the app");
        app.log(System.Logger.Level.INFO, "info from the app");
        app.log(System.Logger.Level.WARNING, "images/07.jpg: picture not shown", new IllegalStateException("the cause"));
        System.getLogger("javafx").log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration");
    }
}
