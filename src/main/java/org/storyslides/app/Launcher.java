package org.storyslides.app;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.PrintWriter;

/**
 * The app's entry point. It does not extend Application (a main class that does cannot start from a
 * plain class path), and it answers --help and --check without starting JavaFX, so they work with
 * no display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Startup.Decision decision = Startup.decide(args, out, err);
        if (decision instanceof Startup.Exit exit) {
            System.exit(exit.code());
        }
        Startup.OpenWindow open = (Startup.OpenWindow) decision;
        Platform.startup(() -> new SlideshowWindow(open.content(), SlideshowWindow.SLIDE_TRANSITION).show(new Stage()));
    }
}
