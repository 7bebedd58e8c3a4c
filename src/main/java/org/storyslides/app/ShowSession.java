package org.storyslides.app;

import javafx.event.EventHandler;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.storyslides.content.BundledContent;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import org.storyslides.folder.FolderWatch;
import org.storyslides.gallery.PictureCheck;
import org.storyslides.folder.ReloadPlace;
import org.storyslides.i18n.Messages;
import org.storyslides.settings.Settings;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The show in one window, from one content folder to the next: Ctrl+O and a drop open another folder
 * in the same window (a folder with problems lists them over it, the story that was open one key
 * away), and while a folder of the user's is open it is watched: an edit saved is read again and
 * shown at the same gallery and slide, or the nearest; an edit that cannot be read lists its problems
 * over the slide, which stays as it was, until a later edit fixes them. Folders are read on a thread
 * of this session's (Check again in the problems window: on one of the window's), never on the JavaFX
 * thread; the bundled story is not watched.
 */
public final class ShowSession implements SlideshowWindow.FolderOpening {

    /** Shows a window for content in the stage (replacing the one there), with its clock and the way to open folders. */
    @FunctionalInterface
    public interface Windows {
        SlideshowWindow show(Stage stage, Content content, WindowOptions options, Settings remembered,
                             SlideshowWindow.FolderOpening opening);
    }

    /** Where the user wants to open a folder from, or empty when they cancel: a folder dialog, or a test's path. */
    @FunctionalInterface
    public interface FolderTarget {
        Optional<Path> choose(Window owner, Messages messages);
    }

    static final FolderTarget FOLDER_DIALOG = (owner, messages) -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("open.dialogTitle"));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    };

    /** How long a folder must be quiet after a change before it is read again: an editor's save is several events. */
    static final Duration QUIET = Duration.ofMillis(150);
    private static final System.Logger LOG = System.getLogger(ShowSession.class.getName());

    private final Stage stage;
    private final WindowOptions options;
    private final Windows windows;
    private final Executor fxThread;
    private final Duration quiet;
    private final Messages messages;
    private final Function<Path, LoadResult> reread;
    // folders are read here, one at a time, in the order asked
    private final ExecutorService reader = SlideshowWindow.daemon("storyslides-open");
    private FolderTarget target = FOLDER_DIALOG;
    private Consumer<Path> fileOpener = new DesktopFiles();
    private SlideshowWindow window;
    private FolderWatch watch;
    // counts the folders asked for: what a read finds is shown only if no other was asked for since
    private int asked;
    private final EventHandler<WindowEvent> closing = event -> close();

    /**
     * @param options  the command line's: each folder opens at its first gallery, with these
     * @param fxThread where windows are shown: the JavaFX thread
     * @param quiet    how long a watched folder must be quiet before it is read again
     * @param reread   reads a watched folder again after a change: whole, pictures checked (see {@link #wholeAndPictures})
     */
    public ShowSession(Stage stage, WindowOptions options, Windows windows, Executor fxThread, Duration quiet, Messages messages,
                Function<Path, LoadResult> reread) {
        this.stage = stage;
        this.options = options;
        this.windows = windows;
        this.fxThread = fxThread;
        this.quiet = quiet;
        this.messages = messages;
        this.reread = reread;
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, closing);
    }

    /**
     * A folder read again whole after an edit, checked as --check checks it: every gallery, and every
     * picture's header and end (a picture saved half written is a problem listed, not a grey slide).
     */
    public static LoadResult wholeAndPictures(Path folder) {
        return PictureCheck.withPictures(new ContentLoader().load(folder));
    }

    /** Shows {@code content} in the stage; on the JavaFX thread. */
    public void show(Content content, Settings remembered) {
        show(content, options, remembered);
    }

    private void show(Content content, WindowOptions startAt, Settings remembered) {
        window = windows.show(stage, content, startAt, remembered, this);
        watch(content.folder());
    }

    /** What opens a file a problem names, on the desktop (a test gives its own: it must not start an editor). */
    public void setFileOpener(Consumer<Path> opener) {
        this.fileOpener = opener;
    }

    /** Where Ctrl+O asks for a folder (a test gives its own: Monocle has no dialog). */
    public void setFolderTarget(FolderTarget target) {
        this.target = target;
    }

    public SlideshowWindow window() {
        return window;
    }

    @Override
    public void chooseFolder() {
        target.choose(stage, messages).ifPresent(this::open);
    }

    @Override
    public void open(Path folder) {
        int asking = ++asked;
        Path named = folder.toAbsolutePath().normalize();
        reader.execute(() -> {
            LoadResult result = new ContentLoader().open(named);
            fxThread.execute(() -> opened(asking, named, result));
        });
    }

    private void opened(int asking, Path folder, LoadResult result) {
        if (asking != asked || window == null) {
            return; // another folder was asked for since, or the window is gone
        }
        if (result instanceof LoadResult.Failed failed) {
            LOG.log(System.Logger.Level.WARNING, () -> Startup.shown(folder) + ": not opened, " + failed.problems().size() + " problems");
            // Check again reads it as a drop does, and shows it here as below
            ProblemsWindow.over(stage, folder, failed.problems(), window.content().story().headline(),
                    new ProblemsWindow.Story(() -> new ContentLoader().open(folder), this::showOpened), fileOpener).show(new Stage());
            return;
        }
        showOpened(((LoadResult.Loaded) result).content());
    }

    /** A folder opened (Ctrl+O, a drop, Check again) shown in the window, in place of the story there. */
    private void showOpened(Content content) {
        if (window == null) {
            return; // the window is gone
        }
        // a new story: its first gallery's cover, with the window as it is (size, caption, text size)
        Settings now = window.settingsNow();
        Settings fresh = new Settings(Optional.empty(), Optional.empty(), now.captionVisible(), now.window(), now.split(),
                now.storyTextScale(), now.reducedMotion(), now.filmstripShown());
        show(content, startingAt(Optional.empty(), Optional.empty()), fresh);
    }

    private WindowOptions startingAt(Optional<String> gallery, Optional<Integer> slide) {
        return new WindowOptions(gallery, slide, window.presentation().isPresenting(), options.reducedMotion(),
                options.slideTransition(), options.screen(), options.loop());
    }

    private void watch(Path folder) {
        stopWatching();
        if (folder.equals(BundledContent.folder()) || folder.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            return; // the bundled story does not change
        }
        try {
            watch = FolderWatch.start(folder, quiet, () -> reader.execute(() -> reload(folder)),
                    warning -> LOG.log(System.Logger.Level.WARNING, warning));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, () -> Startup.shown(folder) + ": changes are not followed (" + e.getMessage() + ")");
        }
    }

    /** On the reader thread, after an edit: reads the folder again and shows what it holds now. */
    private void reload(Path folder) {
        int asking = asked;
        long told = System.nanoTime();
        LoadResult result = reread.apply(folder);
        fxThread.execute(() -> reloaded(asking, folder, result, told));
    }

    private void reloaded(int asking, Path folder, LoadResult result, long told) {
        if (asking != asked || window == null || !window.content().folder().equals(folder)) {
            return;
        }
        if (result instanceof LoadResult.Failed failed) {
            List<Problem> problems = failed.problems();
            LOG.log(System.Logger.Level.INFO, () -> Startup.shown(folder) + ": the edit has " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ", the first: " + problems.get(0));
            window.editProblems().show(problems);
            return;
        }
        Content content = ((LoadResult.Loaded) result).content();
        Content before = window.content();
        String gallery = window.carousel().getGallery().id();
        int galleryIndex = before.galleries().stream().map(info -> info.id()).toList().indexOf(gallery);
        ReloadPlace place = ReloadPlace.nearest(gallery, window.carousel().getSlideIndex(), galleryIndex, content.galleries());
        boolean presenterOpen = window.presenter().isOpen();
        show(content, startingAt(Optional.of(place.gallery()), Optional.of(place.slide() + 1)), window.settingsNow());
        if (presenterOpen) {
            window.presenter().open(); // an edit closes nothing: the presenter view comes back with the new content
        }
        LOG.log(System.Logger.Level.INFO, () -> Startup.shown(folder) + ": read again and shown "
                + (System.nanoTime() - told) / 1_000_000 + " ms after the folder was quiet for " + quiet.toMillis() + " ms");
    }

    private void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /** The window is gone (or a test is done with the stage): nothing more is watched or read. */
    public void close() {
        stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, closing);
        stopWatching();
        reader.shutdownNow();
        window = null;
    }
}
