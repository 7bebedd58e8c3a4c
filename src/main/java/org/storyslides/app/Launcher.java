package org.storyslides.app;

import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.PulseClock;
import org.storyslides.settings.Settings;
import org.storyslides.settings.SettingsStore;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The app's entry point. It does not extend Application (a main class that does cannot start from a
 * plain class path), and it answers --help, --version, --check and --export-pdf without starting
 * JavaFX or loading a font into it, so they work with no display.
 */
public final class Launcher {

    static final int EXIT_NO_DISPLAY = 1;
    static final int EXIT_INTERNAL_ERROR = 3;
    /** The words --verbose logs when the first slide's picture is on screen (src/packaging/dist.sh waits for them). */
    static final String FIRST_PICTURE = "first picture on screen";
    private static final System.Logger LOG = System.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) {
        // before anything reads a file name: under LANG=C, Java could not name café.jpg at all
        OptionalInt restarted = Utf8Restart.ifNeeded();
        if (restarted.isPresent()) {
            System.exit(restarted.getAsInt());
        }
        start(args, window -> {
        });
    }

    /**
     * Starts the app as {@code main} does and hands the shown window to {@code shown} (on the
     * JavaFX thread): the start-up benchmark watches the first frame through it.
     */
    public static void start(String[] args, Consumer<SlideshowWindow> shown) {
        // before anything logs (the content load may): picocli reads the same option later
        boolean verbose = Arrays.asList(args).contains(AppLogging.VERBOSE);
        AppLogging.configure(verbose);
        Thread.setDefaultUncaughtExceptionHandler(new OneLineErrors(verbose));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // JavaFX takes a good part of a second to start: start it while the options are read and the
        // content loads, and the fonts once it runs; --check needs neither
        CompletableFuture<Void> toolkit = WindowlessOptions.mayOpenWindow(args) ? startToolkit() : CompletableFuture.completedFuture(null);
        Startup.Parsed parsed = Startup.parse(args, out, err);
        if (parsed instanceof Startup.Exit exit) {
            System.exit(exit.code());
        }
        Startup.Options options = (Startup.Options) parsed;
        if (options.opensWindow() && !WindowlessOptions.mayOpenWindow(args)) {
            toolkit = startToolkit(); // guessed wrong: a folder named --check
        }
        if (options.opensWindow()) {
            toolkit.thenRunAsync(BundledFonts::load);
            toolkit.thenRunAsync(WindowIcons::load);
        }
        SettingsStore settings = new SettingsStore(SettingsStore.defaultFile(), warning -> LOG.log(System.Logger.Level.WARNING, warning));
        if (options.opensWindow() && options.reset()) {
            settings.reset();
        }
        Settings remembered = options.opensWindow() ? settings.load() : Settings.NONE;
        Startup.Decision decision = Startup.decide(options, out, err, WindowOptions.SLIDE_TRANSITION);
        if (decision instanceof Startup.Exit exit) {
            System.exit(exit.code());
        }
        if (decision instanceof Startup.ExportHandout export) {
            System.exit(HandoutExport.run(export, out, err));
        }
        // --- --new ---
        if (decision instanceof Startup.NewShow newShow) {
            System.exit(NewShowCommand.run(newShow, java.time.Clock.systemDefaultZone(), out, err));
        }
        // --- end --new ---
        if (decision instanceof Startup.OpenWindow open) {
            // read the gallery the window opens on now, while JavaFX starts, not after the first frame
            StartPlace start = StartPlace.of(open.content(), open.options(), remembered);
            open.content().gallery(start.gallery());
        }
        try {
            toolkit.join();
        } catch (CompletionException e) {
            err.println("storyslides: cannot open a window: " + e.getCause().getMessage()
                    + " (--check works without a display)");
            System.exit(decision instanceof Startup.ShowProblems ? Startup.EXIT_USAGE_OR_CONTENT : EXIT_NO_DISPLAY);
        }
        WindowOptions windowOptions = decision instanceof Startup.OpenWindow opening ? opening.options()
                : ((Startup.ShowProblems) decision).options();
        if (windowOptions.screen().isPresent()) {
            int screens = CompletableFuture.supplyAsync(() -> Screen.getScreens().size(), Platform::runLater).join();
            Optional<String> problem = Startup.screenProblem(windowOptions.screen(), screens);
            if (problem.isPresent()) {
                err.println("storyslides: " + problem.get());
                System.exit(Startup.EXIT_USAGE_OR_CONTENT);
            }
        }
        if (decision instanceof Startup.ShowProblems problems) {
            // the problems are printed already; the window lists them and offers the bundled story instead
            Platform.runLater(() -> showProblems(problems, settings, remembered, shown));
            return;
        }
        Startup.OpenWindow open = (Startup.OpenWindow) decision;
        Platform.runLater(() -> openWindow(open.content(), open.options(), settings, remembered, shown));
    }

    /**
     * JavaFX starts on a thread of its own that is not a daemon: started from the common pool's
     * daemon threads, the app on JDK 25 with JavaFX 26 exited as soon as main returned, its window
     * never shown (tried while evaluating the move, issue 16); JavaFX 21 does the same either way.
     */
    private static CompletableFuture<Void> startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(WindowClass::name); // runs first on the JavaFX thread, before any window
                started.complete(null);
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "toolkit-start");
        starter.start();
        return started;
    }

    private static void showProblems(Startup.ShowProblems problems, SettingsStore settings, Settings remembered,
                                     Consumer<SlideshowWindow> shown) {
        Consumer<Content> open = content -> openWindow(content, problems.options(), settings, remembered, shown);
        new ProblemsWindow(problems.folder(), problems.problems(),
                new ProblemsWindow.Story(() -> readForWindow(problems.folder(), problems.options(), remembered), open),
                new ProblemsWindow.Story(() -> new ContentLoader().open(BundledContent.folder()), open),
                new DesktopFiles()).show(new Stage());
    }

    /** The folder read as {@link #start} reads one that is good from the start: opened, and the gallery the window opens on read. */
    private static LoadResult readForWindow(Path folder, WindowOptions options, Settings remembered) {
        LoadResult result = new ContentLoader().open(folder);
        if (result instanceof LoadResult.Loaded loaded) {
            loaded.content().gallery(StartPlace.of(loaded.content(), options, remembered).gallery());
        }
        return result;
    }

    private static void openWindow(Content content, WindowOptions options, SettingsStore settings, Settings remembered,
                                   Consumer<SlideshowWindow> shown) {
        new ShowSession(new Stage(), options, windows(settings, shown), Platform::runLater, ShowSession.QUIET,
                new Messages(Locale.ENGLISH), ShowSession::wholeAndPictures).show(content, remembered);
    }

    /** Each window, the first and each folder opened or read again after it: with a clock of its own, stopped when it goes. */
    private static ShowSession.Windows windows(SettingsStore settings, Consumer<SlideshowWindow> shown) {
        AtomicBoolean first = new AtomicBoolean(true);
        return (stage, content, options, remembered, opening) -> {
            PulseClock clock = new PulseClock();
            SlideshowWindow window = new SlideshowWindow(content, options, clock, settings, remembered);
            window.setOpening(opening);
            window.show(stage);
            window.whenReleased(clock::stop);
            clock.runWhile(window.needsClock());
            if (first.getAndSet(false)) { // start-up's figures, not a reload's
                LOG.log(System.Logger.Level.INFO, () -> "window shown " + sinceProcessStart() + " after the process started");
                // the packaging's training run ends here (src/packaging/dist.sh), and the start-up benchmark measures to it
                FirstPicture.whenOnScreen(window, () -> LOG.log(System.Logger.Level.INFO,
                        () -> FIRST_PICTURE + " " + sinceProcessStart() + " after the process started"));
                window.rehearseWhenIdle();
            }
            shown.accept(window);
            return window;
        };
    }

    private static String sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis() + " ms")
                .orElse("(unknown)");
    }

    /**
     * An error the app did not expect, on any thread: one line on standard error, never a stack
     * trace (unless --verbose), and the app goes on where it can.
     */
    private record OneLineErrors(boolean verbose) implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            System.err.println("storyslides: internal error on " + thread.getName() + ": " + error
                    + (verbose ? "" : " (--verbose shows where)"));
            if (verbose) {
                error.printStackTrace();
            }
            if (thread.getName().equals("main")) {
                System.exit(EXIT_INTERNAL_ERROR);
            }
        }
    }
}
