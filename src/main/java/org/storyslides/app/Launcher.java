package org.storyslides.app;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.presentation.PulseClock;
import org.storyslides.settings.SettingsStore;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The app's entry point. It does not extend Application (a main class that does cannot start from a
 * plain class path), and it answers --help, --version and --check without starting JavaFX, so they work with
 * no display.
 */
public final class Launcher {

    static final int EXIT_NO_DISPLAY = 1;
    private static final System.Logger LOG = System.getLogger(Launcher.class.getName());
    private static final Set<String> NO_WINDOW = Set.of("--check", "--help", "-h", "--version", "-V");

    private Launcher() {
    }

    public static void main(String[] args) {
        start(args, window -> {
        });
    }

    /**
     * Starts the app as {@code main} does and hands the shown window to {@code shown} (on the
     * JavaFX thread): the start-up benchmark watches the first frame through it.
     */
    public static void start(String[] args, Consumer<SlideshowWindow> shown) {
        // before anything logs (the content load may): picocli reads the same option later
        AppLogging.configure(Arrays.asList(args).contains(AppLogging.VERBOSE));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // JavaFX takes a good part of a second to start: start it while the content loads
        CompletableFuture<Void> toolkit = Arrays.stream(args).anyMatch(NO_WINDOW::contains)
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> Platform.startup(() -> { }));
        // and the fonts once it runs, while the window is being built
        toolkit.thenRunAsync(BundledFonts::load);
        Startup.Decision decision = Startup.decide(args, out, err, WindowOptions.SLIDE_TRANSITION);
        if (decision instanceof Startup.Exit exit) {
            System.exit(exit.code());
        }
        try {
            toolkit.join();
        } catch (CompletionException e) {
            err.println("storyslides: cannot open a window: " + e.getCause().getMessage()
                    + " (--check works without a display)");
            System.exit(decision instanceof Startup.ShowProblems ? Startup.EXIT_USAGE_OR_CONTENT : EXIT_NO_DISPLAY);
        }
        SettingsStore settings = new SettingsStore(SettingsStore.defaultFile(), warning -> LOG.log(System.Logger.Level.WARNING, warning));
        if (decision instanceof Startup.ShowProblems problems && problems.reset()
                || decision instanceof Startup.OpenWindow open && open.reset()) {
            settings.reset();
        }
        if (decision instanceof Startup.ShowProblems problems) {
            // the problems are printed already; the window lists them and offers the bundled story instead
            Platform.runLater(() -> new ProblemsWindow(problems.folder(), problems.problems(), () -> {
                LoadResult bundled = new ContentLoader().open(BundledContent.folder());
                if (bundled instanceof LoadResult.Loaded loaded) {
                    openWindow(loaded.content(), problems.options(), settings, shown);
                }
            }).show(new Stage()));
            return;
        }
        Startup.OpenWindow open = (Startup.OpenWindow) decision;
        Platform.runLater(() -> openWindow(open.content(), open.options(), settings, shown));
    }

    private static void openWindow(Content content, WindowOptions options, SettingsStore settings, Consumer<SlideshowWindow> shown) {
        PulseClock clock = new PulseClock();
        SlideshowWindow window = new SlideshowWindow(content, options, clock, settings);
        window.show(new Stage());
        clock.runWhile(window.needsClock());
        LOG.log(System.Logger.Level.INFO, () -> "window shown " + sinceProcessStart() + " after the process started");
        shown.accept(window);
    }

    private static String sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis() + " ms")
                .orElse("(unknown)");
    }
}
