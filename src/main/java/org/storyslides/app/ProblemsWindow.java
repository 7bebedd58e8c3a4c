package org.storyslides.app;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.storyslides.content.ContentText;
import org.storyslides.content.Content;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import org.storyslides.i18n.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shown instead of the slideshow when the content folder has problems: every problem, by file (each file
 * a link that opens it on the desktop), a way to check the folder again once it is mended (F5), and a way on
 * to the bundled story. Nothing is lost: the folder is only read.
 */
final class ProblemsWindow {

    /**
     * A story the window can go on to: how to read it (called off the JavaFX thread) and how to show it
     * (on the JavaFX thread), with the options the app was started with.
     */
    record Story(Supplier<LoadResult> read, Consumer<Content> show) {
    }

    private final Path folder;
    private final List<Problem> problems;
    private final Story again;
    private final Story bundledStory;
    private static final double WIDTH = 880;
    private static final double HEIGHT = 520;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final ProblemList list;
    private final Label intro = new Label();
    private final Button checkAgain = new Button(messages.get("problems.checkAgain"));
    private final Button bundled = new Button(messages.get("problems.openBundled"));
    private boolean bundledBroken;
    // opened from a window: the story that was open stays there, and the one button goes back to it
    private final String backTo;
    private final Window owner;

    /**
     * @param again   the same folder read again (Check again, F5), as the app reads one given on the command line
     * @param bundled the story that comes with the app
     * @param opener  opens a file on the desktop; given only files in the folder
     */
    ProblemsWindow(Path folder, List<Problem> problems, Story again, Story bundled, Consumer<Path> opener) {
        this(folder, problems, again, bundled, opener, null, null);
    }

    private ProblemsWindow(Path folder, List<Problem> problems, Story again, Story bundledStory, Consumer<Path> opener,
                           String backTo, Window owner) {
        this.folder = folder;
        this.problems = List.copyOf(problems);
        this.again = again;
        this.bundledStory = bundledStory;
        this.list = new ProblemList(opener, messages);
        this.backTo = backTo;
        this.owner = owner;
    }

    /**
     * The problems of a folder asked for from a window (Ctrl+O, a drop): over that window, which still shows
     * the story called {@code headline}; Enter or Esc goes back to it, and {@code again} opens the folder in
     * it once the folder reads well.
     */
    static ProblemsWindow over(Window owner, Path folder, List<Problem> problems, String headline, Story again,
                               Consumer<Path> opener) {
        return new ProblemsWindow(folder, problems, again, null, opener, headline, owner);
    }

    void show(Stage stage) {
        BundledFonts.load();
        Label title = new Label(messages.get("problems.title"));
        title.getStyleClass().add("problems-title");
        intro.getStyleClass().add("problems-intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        listProblems(messages.format(backTo == null ? "problems.intro" : "problems.backIntro", problems.size(), Startup.shown(folder)),
                Optional.of(folder), problems);
        HBox buttons = backTo == null ? bundledOrQuit(stage) : backButton(stage);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        buttons.getChildren().addAll(0, List.of(checkAgainButton(stage), gap));
        buttons.getStyleClass().add("problems-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(title, intro, list.view(), buttons);
        root.getStyleClass().add("problems-window");
        Rectangle2D size = placement();
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                ProblemsWindow.class.getResource("slideshow.css"), "missing resource: slideshow.css").toExternalForm());
        // fire() does nothing while the button is disabled: F5 during a check is no second check
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), checkAgain::fire);
        stage.setTitle(messages.get("problems.title"));
        stage.getIcons().setAll(WindowIcons.load());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(scene);
        stage.sizeToScene(); // a stage shown before (a test's) keeps its old size otherwise
        Rectangle2D placement = placement();
        stage.setX(placement.getMinX());
        stage.setY(placement.getMinY());
        stage.show();
        // the first window of a process under openbox comes framed at a stale 200 x 200 (see FramedPlacement)
        FramedPlacement.keep(stage, new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        buttons.getChildren().get(buttons.getChildren().size() - 1).requestFocus();
    }

    /** Centred over the window it belongs to, else on the primary screen; never larger than the screen. */
    private Rectangle2D placement() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth());
        double height = Math.min(HEIGHT, screen.getHeight());
        Rectangle2D over = owner == null ? screen : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(over.getMinX() + (over.getWidth() - width) / 2, screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(over.getMinY() + (over.getHeight() - height) / 2, screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private HBox backButton(Stage stage) {
        Button back = new Button(messages.format("problems.back", ContentText.shown(backTo, 60)));
        back.setId("back-to-story");
        back.setDefaultButton(true);
        back.setCancelButton(true);
        back.setOnAction(event -> stage.hide());
        return new HBox(back);
    }

    private HBox bundledOrQuit(Stage stage) {
        bundled.setId("open-bundled");
        bundled.setDefaultButton(true);
        bundled.setOnAction(event -> read(stage, bundledStory, problems -> {
            bundledBroken = true;
            // its files are the app's, in its jar: nothing to open
            listProblems(messages.format("problems.bundledIntro", problems.size()), Optional.empty(), problems);
        }));
        Button quit = new Button(messages.get("problems.quit"));
        quit.setId("quit");
        quit.setCancelButton(true);
        quit.setOnAction(event -> stage.hide());
        return new HBox(quit, bundled);
    }

    private Button checkAgainButton(Stage stage) {
        checkAgain.setId("check-again");
        checkAgain.setTooltip(new Tooltip(messages.get("problems.checkAgain.tooltip")));
        checkAgain.setOnAction(event -> {
            intro.setText(messages.format("problems.checking", Startup.shown(folder)));
            read(stage, again, problems -> listProblems(messages.format(backTo == null ? "problems.stillIntro" : "problems.stillBackIntro",
                    problems.size(), Startup.shown(folder)), Optional.of(folder), problems));
        });
        return checkAgain;
    }

    /**
     * Reads {@code story} off the JavaFX thread and, back on it, shows it in place of this window, or hands
     * its problems to {@code failed}. Nothing more is read meanwhile; a window closed meanwhile stays closed.
     */
    private void read(Stage stage, Story story, Consumer<List<Problem>> failed) {
        reading(true);
        CompletableFuture.supplyAsync(story.read()).whenCompleteAsync((result, error) -> {
            reading(false);
            if (error != null) { // not a problem of the content's: the app's own, said on one line (Launcher)
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(),
                        error instanceof CompletionException wrapped ? wrapped.getCause() : error);
            } else if (!stage.isShowing()) {
                return;
            } else if (result instanceof LoadResult.Loaded loaded) {
                story.show().accept(loaded.content()); // first the new window: with none left open, JavaFX would shut down
                stage.hide();
            } else {
                failed.accept(((LoadResult.Failed) result).problems());
            }
        }, Platform::runLater);
    }

    private void reading(boolean reading) {
        checkAgain.setDisable(reading);
        bundled.setDisable(reading || bundledBroken);
    }

    private void listProblems(String introduction, Optional<Path> of, List<Problem> shown) {
        intro.setText(introduction);
        list.show(of, shown, introduction);
    }
}
