package org.storyslides.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventType;
import javafx.scene.input.GestureEvent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.storyslides.content.Content;
import org.storyslides.gallery.CarouselModel;
import org.storyslides.gallery.CarouselRehearsal;
import org.storyslides.gallery.RehearsalModel;
import org.storyslides.gallery.CarouselView;
import org.storyslides.gallery.PictureClicks;
import org.storyslides.gallery.ProblemListView;
import org.storyslides.folder.DroppedFolder;
import org.storyslides.folder.EditProblems;
import org.storyslides.gallery.FilmstripModel;
import org.storyslides.gallery.SlideImages;
import org.storyslides.gallery.ZoomModel;
import org.storyslides.i18n.Messages;
import org.storyslides.keys.HelpModel;
import org.storyslides.keys.HelpOverlay;
import org.storyslides.keys.KeyMap;
import org.storyslides.keys.SlideNumberEntry;
import org.storyslides.keys.SlideNumberOverlay;
import org.storyslides.presentation.AutoplayModel;
import org.storyslides.presentation.AutoplayStatus;
import org.storyslides.presentation.FadingNotice;
import org.storyslides.presentation.NoticeModel;
import org.storyslides.presentation.PauseReason;
import org.storyslides.presentation.ScreenCover;
import org.storyslides.presentation.Clock;
import org.storyslides.presentation.MotionPreference;
import org.storyslides.presentation.PresentationModel;
import org.storyslides.presentation.ScreenCoverLayer;
import org.storyslides.presenter.PacingModel;
import org.storyslides.presenter.PresenterModel;
import org.storyslides.presenter.WallClock;
import org.storyslides.search.SearchModel;
import org.storyslides.search.SearchOverlay;
import org.storyslides.settings.Settings;
import org.storyslides.settings.SettingsStore;
import org.storyslides.story.StoryTextSize;
import org.storyslides.story.StoryView;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The main window: the story on the left, the carousel on the right, in a split the user can
 * drag; the key map, presentation mode and the remembered state are wired here.
 */
public final class SlideshowWindow {

    /** Opening another content folder in this window: Ctrl+O asks for one, a drop names one. */
    public interface FolderOpening {
        void chooseFolder();

        void open(Path folder);

        /** A window that opens nothing else (tests that do not need it). */
        FolderOpening NONE = new FolderOpening() {
            @Override
            public void chooseFolder() {
            }

            @Override
            public void open(Path folder) {
            }
        };
    }

    /**
     * Slide changes rehearsed after start-up (about 1.4 s of the JavaFX thread, one a frame): measured
     * headless, the first 200 changes' p99 fell from 21.5 ms to 10.2 ms with 200, to 13.5 ms with 80.
     */
    static final int REHEARSAL_STEPS = 200;
    static final double DEFAULT_WIDTH = WindowPlacement.DEFAULT_SIZE.getWidth();
    static final double DEFAULT_HEIGHT = WindowPlacement.DEFAULT_SIZE.getHeight();
    static final double MIN_WIDTH = WindowPlacement.MINIMUM_SIZE.getWidth();
    static final double MIN_HEIGHT = WindowPlacement.MINIMUM_SIZE.getHeight();
    static final double STORY_SHARE = 0.4;
    static final Duration GRID_WARM_UP = Duration.seconds(1);
    private static final ProblemListView.Texts EDIT_PROBLEMS = new ProblemListView.Texts("edit-problems", "reload.problems.title",
            "reload.problems.hint");

    private final Content content;
    private final WindowOptions options;
    private final Clock clock;
    private final java.time.Clock wallClock;
    private final SettingsStore settingsStore;
    private final Settings remembered;
    private final Messages messages = new Messages(Locale.ENGLISH);
    // galleries are read here, one at a time, never on the JavaFX thread
    private final ExecutorService galleryReader = daemon("storyslides-gallery");

    private CarouselModel carousel;
    private FilmstripModel filmstrip;
    private PresentationModel presentation;
    private AutoplayModel autoplay;
    private AutoplayStatus autoplayStatus;
    private NoticeModel notices;
    private StoryTextSize storyText;
    private MotionPreference motion;
    private SlideNumberEntry entry;
    private HelpModel help;
    private KeyMap keyMap;
    private ZoomModel zoom;
    private PictureClicks clicks;
    private PacingModel pacing;
    private PresenterModel presenter;
    private WallClock wall;
    private PresenterWindow presenterWindow;
    private Rectangle2D normalBounds;
    private Stage stage;
    private SlideImages images;
    private RehearsalModel rehearsal;
    private final List<Runnable> whenClosed = new ArrayList<>();
    // search reads the galleries on one thread and answers queries on another, so typing never waits on a read
    private final ExecutorService searchReader = daemon("storyslides-search-index");
    private final ExecutorService searchQueries = daemon("storyslides-search");
    private SearchModel search;
    private HandoutSaving.Target handoutTarget = HandoutSaving.SAVE_DIALOG;
    private FolderOpening opening = FolderOpening.NONE;
    private final EditProblems editProblems = new EditProblems();
    private PresentationMode presentationMode;

    /**
     * @param settingsStore where the remembered state is saved when the window closes
     * @param remembered    what it held when the app started (read before the window, off its thread)
     */
    public SlideshowWindow(Content content, WindowOptions options, Clock clock, SettingsStore settingsStore, Settings remembered) {
        this(content, options, clock, java.time.Clock.systemDefaultZone(), settingsStore, remembered);
    }

    /** @param wallClock the time of day the presenter view shows (a fixed one in tests) */
    public SlideshowWindow(Content content, WindowOptions options, Clock clock, java.time.Clock wallClock, SettingsStore settingsStore,
                           Settings remembered) {
        this.content = content;
        this.options = options;
        this.clock = clock;
        this.wallClock = wallClock;
        this.settingsStore = settingsStore;
        this.remembered = remembered;
    }

    /** A window that reads the remembered state itself, on the calling thread (tests). */
    public SlideshowWindow(Content content, WindowOptions options, Clock clock, SettingsStore settingsStore) {
        this(content, options, clock, settingsStore, settingsStore.load());
    }

    public void show(Stage stage) {
        this.stage = stage;
        // a window shown in a stage that still carries another (a test's stage) lets the other go first
        if (stage.getProperties().put(SlideshowWindow.class, this) instanceof SlideshowWindow previous) {
            previous.release();
        }
        BundledFonts.load();
        createModels(remembered);

        images = new SlideImages(content, Platform::runLater);
        CarouselView carouselView = new CarouselView(carousel, images, messages, motion, autoplay, zoom, clicks, filmstrip);
        StoryView storyView = new StoryView(carousel, storyText, images, messages, motion);
        SplitPane split = new SplitPane(storyView, carouselView);
        split.setId("split");
        search = new SearchModel(content, new SearchJumps(carousel, storyView, presentation), messages, searchReader, searchQueries,
                Platform::runLater);
        autoplay.pauseWhile(PauseReason.SEARCH, search.openProperty());

        carouselView.addStageOverlay(new SlideNumberOverlay(entry, motion), Pos.BOTTOM_CENTER);
        carouselView.addStageOverlay(noticeView(), Pos.TOP_CENTER);
        carouselView.addStageOverlay(autoplayLine(), Pos.BOTTOM_LEFT);
        ProblemListView editList = new ProblemListView(messages, editProblems.problemsProperty(), EDIT_PROBLEMS);
        editList.setMouseTransparent(true);
        carouselView.addStageOverlay(editList, Pos.CENTER);
        StackPane root = new StackPane(split, new ScreenCoverLayer(presentation));
        // the search panel is built the first time search opens, not at start-up; it lies under the help
        search.openProperty().addListener((observable, was, open) -> {
            if (open && root.lookup("#search-layer") == null) {
                root.getChildren().add(2, new SearchOverlay(search, messages));
            }
        });
        // the help is built the first time it is asked for, not at start-up
        help.shownProperty().addListener((observable, was, shown) -> {
            if (shown && root.lookup("#help") == null) {
                root.getChildren().add(new HelpOverlay(keyMap, help, motion, messages));
            }
        });
        root.getStyleClass().add("window-root");

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(
                SlideshowWindow.class.getResource("slideshow.css"), "missing resource: slideshow.css").toExternalForm());
        rehearsal = new RehearsalModel(REHEARSAL_STEPS, clock, () -> new CarouselRehearsal(content, messages, scene.getStylesheets(),
                motion.slideTransition(), filmstrip.isShown(), carouselView.getWidth(), carouselView.getHeight()));
        // the reader's first key, click, scroll or gesture ends it: from then on the window is theirs alone
        for (EventType<? extends InputEvent> acted : List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED, GestureEvent.ANY,
                TouchEvent.ANY)) {
            scene.addEventFilter(acted, event -> rehearsal.stop());
        }
        HandoutSaving handout = new HandoutSaving(content, notices, messages, () -> stage, () -> handoutTarget, Platform::runLater);
        Commands commands = new Commands(carousel, entry, help, presentation, autoplay, storyText, carouselView::gridColumns,
                carouselView::scrollCaption, zoom, filmstrip, presenter, stage::close, handout::save, opening::chooseFolder, search);
        KeyboardInput keyboard = new KeyboardInput(keyMap, commands, carousel, entry, autoplay, zoom, search);
        keyboard.install(scene);
        presentationMode = new PresentationMode(stage, split, storyView, carouselView, presentation, motion,
                carouselView.fadingControls(), messages.get("presentation.exitHint"));
        presentationMode.install(scene);
        acceptDroppedFolders(scene);
        // the presenter view's window has the same keys: typed there, they drive this window
        presenterWindow = new PresenterWindow(presenter, carousel, presentation, presentationMode, wall, images, messages,
                keyboard::install, content.story().headline());

        stage.setTitle(content.story().headline());
        stage.getIcons().setAll(WindowIcons.load());
        // a remembered size is clamped to a screen there is now (a window.width=1e9 opens as large as the screen)
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D bounds = WindowPlacement.place(remembered.window()
                .map(b -> new Rectangle2D(b.x(), b.y(), b.width(), b.height())), screens);
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        stage.setScene(scene);
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        normalBounds = bounds;
        trackNormalBounds(stage);
        whenClosed.add(() -> {
            // nothing read or decoded for a window that is gone, nothing of it held by the stage
            rehearsal.stop();
            galleryReader.shutdownNow();
            searchReader.shutdownNow();
            searchQueries.shutdownNow();
            images.close();
            presentationMode.dispose();
            presenterWindow.dispose();
            handout.close();
        });
        stage.setOnHidden(event -> {
            settingsStore.save(currentSettings(presentationMode, remembered));
            release();
        });
        stage.show();
        // under openbox the first frame comes with a stale size (JavaFX 21's GTK glass): the placement holds
        FramedPlacement.keep(stage, bounds);
        // after show: the split lays out first at the window's final width, so the position holds
        split.setDividerPositions(remembered.split().orElse(STORY_SHARE));
        // start reading: the story has the focus, so Up/Down scroll it and Tab leads to the controls
        storyView.requestFocus();
        if (options.fullscreen()) {
            presentation.enter();
        }
        // off the start path, but ready before anyone presses G: the grid is built a moment after the first frame
        PauseTransition afterStart = new PauseTransition(GRID_WARM_UP);
        afterStart.setOnFinished(event -> carouselView.prepareGrid());
        afterStart.play();
        // 100 % is one picture pixel per device pixel: the zoom follows the screen's scale (2 on HiDPI)
        zoom.setPixelRatio(stage.getOutputScaleX());
        onStage(stage.outputScaleXProperty(), observable -> zoom.setPixelRatio(stage.getOutputScaleX()));
        onStage(stage.focusedProperty(), observable -> {
            if (!stage.isFocused()) {
                autoplay.setKeyHeld(false); // a key released in another window is never seen here
            }
        });
    }

    /** A folder, or the story.json in one, dropped anywhere on the window opens it here. */
    private void acceptDroppedFolders(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && DroppedFolder.of(event.getDragboard().getFiles()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Optional<File> folder = event.getDragboard().hasFiles() ? DroppedFolder.of(event.getDragboard().getFiles()) : Optional.empty();
            folder.ifPresent(file -> opening.open(file.toPath()));
            event.setDropCompleted(folder.isPresent());
            event.consume();
        });
    }

    /** One daemon thread, named, for work that must never hold up quitting. */
    static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Notices over the slide: autoplay's changes of state, for a moment, clear of the picture's centre. */
    private Node noticeView() {
        FadingNotice notice = new FadingNotice(notices.textProperty(), motion);
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.setMaxWidth(Region.USE_PREF_SIZE); // as wide as its words, not the stage
        return notice;
    }

    /** While autoplay is on, its pace or why it holds, in the corner. */
    private Node autoplayLine() {
        Label line = new Label();
        line.setId("autoplay-state");
        line.getStyleClass().add("autoplay-state");
        line.setMouseTransparent(true);
        line.textProperty().bind(autoplayStatus.lineProperty());
        line.visibleProperty().bind(autoplay.playingProperty().and(carousel.gridShownProperty().not()));
        line.managedProperty().bind(line.visibleProperty());
        line.setMaxWidth(Region.USE_PREF_SIZE);
        return line;
    }

    private void createModels(Settings remembered) {
        carousel = new CarouselModel(content, messages,
                CarouselModel.GalleryOpener.inBackground(content, galleryReader, Platform::runLater));
        presentation = new PresentationModel(clock);
        // the notices listen to the clock first: a notice given during a tick (autoplay's end) is not aged by that tick
        notices = new NoticeModel(clock);
        autoplay = new AutoplayModel(carousel, clock);
        autoplay.setLooping(options.loop());
        autoplayStatus = new AutoplayStatus(autoplay, messages, notices);
        storyText = new StoryTextSize();
        motion = new MotionPreference(options.slideTransition(), options.reducedMotion() || remembered.reducedMotion());
        entry = new SlideNumberEntry(carousel, messages, clock);
        help = new HelpModel();
        keyMap = new KeyMap(messages);
        zoom = new ZoomModel();
        clicks = new PictureClicks(carousel, zoom, clock);
        pacing = new PacingModel(clock, carousel.positionProperty(), messages);
        wall = new WallClock(clock, wallClock);
        presenter = new PresenterModel(carousel, presentation, pacing, messages, () -> new PresenterModel.Screens(
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())),
                options.screen().map(screen -> screen - 1));
        holdAutoplay();

        // a gallery that cannot be shown lists its problems over the first cover; its slide is not applied there
        StartPlace start = StartPlace.of(content, options, remembered);
        carousel.showGallery(start.gallery(), start.slide());
        if (remembered.captionVisible().equals(Optional.of(false))) {
            carousel.toggleCaption();
        }
        remembered.storyTextScale().ifPresent(storyText::restore);
        filmstrip = new FilmstripModel(remembered.filmstripShown().orElse(false));
    }

    /** The one rule for autoplay: it holds under any cover, overlay or list, while zoomed, a key is held or the pointer rests on the picture. */
    private void holdAutoplay() {
        autoplay.pauseWhile(PauseReason.COVER, presentation.coverProperty().isNotEqualTo(ScreenCover.NONE));
        autoplay.pauseWhile(PauseReason.HELP, help.shownProperty());
        autoplay.pauseWhile(PauseReason.TYPING, entry.openProperty());
        autoplay.pauseWhile(PauseReason.GRID, carousel.gridShownProperty());
        autoplay.pauseWhile(PauseReason.PROBLEMS, Bindings.createBooleanBinding(
                () -> !carousel.getGalleryProblems().isEmpty() || !editProblems.getProblems().isEmpty(),
                carousel.galleryProblemsProperty(), editProblems.problemsProperty()));
        autoplay.pauseWhile(PauseReason.ZOOMED, zoom.fittedProperty().not());
    }

    /** Lets go of everything the window holds and of the stage's listeners; once only. */
    private void release() {
        List<Runnable> releasing = List.copyOf(whenClosed);
        whenClosed.clear();
        releasing.forEach(Runnable::run);
        stage.getProperties().remove(SlideshowWindow.class, this);
    }

    /** Listens to the stage until the window closes: a stage outlives the window shown in it (a test's does). */
    private void onStage(Observable property, InvalidationListener listener) {
        property.addListener(listener);
        whenClosed.add(() -> property.removeListener(listener));
    }

    private void trackNormalBounds(Stage stage) {
        Runnable record = () -> {
            if (!stage.isFullScreen() && !stage.isMaximized() && !stage.isIconified() && !presentation.isPresenting()) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        onStage(stage.xProperty(), observable -> record.run());
        onStage(stage.yProperty(), observable -> record.run());
        onStage(stage.widthProperty(), observable -> record.run());
        onStage(stage.heightProperty(), observable -> record.run());
    }

    /** What the window would remember if it closed now (a content folder opened in its place starts as it is). */
    Settings settingsNow() {
        return currentSettings(presentationMode, remembered);
    }

    private Settings currentSettings(PresentationMode presentationMode, Settings remembered) {
        Optional<Settings.WindowBounds> window = Optional.ofNullable(normalBounds)
                .map(b -> new Settings.WindowBounds(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        return new Settings(Optional.of(carousel.getGallery().id()), Optional.of(carousel.getSlideIndex()),
                Optional.of(carousel.isCaptionVisible()), window, Optional.of(presentationMode.storyShare()),
                Optional.of(storyText.getScale()),
                // --reduced-motion is for one run; the remembered setting is what the help's check box says
                options.reducedMotion() ? remembered.reducedMotion() : motion.isReduced(),
                Optional.of(filmstrip.isShown()));
    }

    /**
     * True while something waits on the clock: autoplay playing, presentation controls about to fade, a click that
     * may be a double-click, a notice or a typed number about to go, the presenter view open (its timer and clock).
     */
    public ObservableBooleanValue needsClock() {
        return autoplay.playingProperty().or(presentation.presentingProperty().and(presentation.controlsShownProperty()))
                .or(clicks.waitingProperty()).or(notices.shownProperty()).or(entry.openProperty()).or(presenter.openProperty())
                .or(rehearsal.runningProperty());
    }

    /**
     * Once the first picture is on screen, rehearses slide changes off screen while the reader looks at
     * it ({@link CarouselRehearsal}): the first window of a run, whose JIT has compiled nothing yet.
     */
    public void rehearseWhenIdle() {
        FirstPicture.whenOnScreen(this, rehearsal::start);
    }

    public ReadOnlyObjectProperty<RehearsalModel.State> rehearsalProperty() {
        return rehearsal.stateProperty();
    }

    // --- for tests and for the parts built on top of the window

    public Stage stage() {
        return stage;
    }

    /** The content on show. */
    public Content content() {
        return content;
    }

    /** Runs {@code release} when the window lets go of what it holds (closed, or replaced by another in its stage). */
    void whenReleased(Runnable release) {
        whenClosed.add(release);
    }

    /** How Ctrl+O and a drop open another folder; set before {@link #show}. */
    public void setOpening(FolderOpening opening) {
        this.opening = opening;
    }

    /** The problems of the last edit of the open folder that could not be read, listed over the slide. */
    public EditProblems editProblems() {
        return editProblems;
    }

    /** The slide pictures, for the benchmarks' decode counts. */
    public SlideImages images() {
        return images;
    }

    public CarouselModel carousel() {
        return carousel;
    }

    public FilmstripModel filmstrip() {
        return filmstrip;
    }

    public PresentationModel presentation() {
        return presentation;
    }

    public AutoplayModel autoplay() {
        return autoplay;
    }

    public StoryTextSize storyText() {
        return storyText;
    }

    public KeyMap keyMap() {
        return keyMap;
    }

    public ZoomModel zoom() {
        return zoom;
    }

    public NoticeModel notices() {
        return notices;
    }

    /** Where Ctrl+P / Ctrl+E save the handout: the save dialog, unless a test gives its own (Monocle has no dialog). */
    void setHandoutTarget(HandoutSaving.Target target) {
        handoutTarget = target;
    }

    public MotionPreference motion() {
        return motion;
    }

    public PresenterModel presenter() {
        return presenter;
    }

    public SearchModel search() {
        return search;
    }

    /** The presenter view's window while it is open, else null. */
    public Stage presenterStage() {
        return presenterWindow.stage();
    }
}
