package org.storyslides.app;

import java.util.Set;

/**
 * A guess, from the command line's words alone, at whether a window will open: JavaFX then starts at
 * once, while picocli reads the options (tens of milliseconds at start-up) and the content loads.
 * Only a guess for speed: the parsed options decide what runs. It never guesses a window for a
 * command that answers without one, so --check and --export-pdf start no JavaFX, display or not.
 */
final class WindowlessOptions {

    /** The options that answer and exit without a window (each is an option of AppOptions; --photos, --title and --link go with --new). */
    static final Set<String> NAMES = Set.of("--check", "--export-pdf", "--new", "--photos", "--title", "--link", "-h", "--help", "-V",
            "--version");

    private WindowlessOptions() {
    }

    static boolean mayOpenWindow(String[] args) {
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = equals > 0 ? arg.substring(0, equals) : arg;
            // short options may come together: -hV
            boolean shortCluster = arg.length() > 2 && arg.charAt(0) == '-' && arg.charAt(1) != '-';
            if (NAMES.contains(name) || shortCluster && (arg.indexOf('h') > 0 || arg.indexOf('V') > 0)) {
                return false;
            }
        }
        return true;
    }
}
