package org.storyslides.app;

import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a file with the desktop's application for it (GTK's default handler on Linux), through
 * JavaFX's HostServices; on the JavaFX thread, where GTK must be called. The app has no Application
 * of its own (Launcher starts JavaFX with Platform.startup, see there), so one that is never started
 * lends its HostServices, made when a file is first opened: every window's session has an opener, and
 * the start-up path need not load HostServices for one that is seldom used.
 */
final class DesktopFiles implements Consumer<Path> {

    private HostServices services;

    @Override
    public void accept(Path file) {
        if (services == null) {
            services = new Application() {
                @Override
                public void start(Stage stage) {
                    // never started: only its HostServices are used
                }
            }.getHostServices();
        }
        services.showDocument(file.toUri().toString());
    }
}
