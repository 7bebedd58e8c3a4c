package org.storyslides.app;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.storyslides.content.Content;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import org.storyslides.i18n.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shown instead of the slideshow when the content folder has problems: every problem, as --check
 * prints it, and a way on to the bundled story. Nothing is lost: the folder is only read.
 */
final class ProblemsWindow {

    /**
     * The way on to the bundled story: how to read it (called off the JavaFX thread) and how to show it
     * (on the JavaFX thread), with the options the app was started with.
     */
    record BundledStory(Supplier<LoadResult> read, Consumer<Content> show) {
    }

    private final Path folder;
    private final List<Problem> problems;
    private final BundledStory bundledStory;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final ListView<String> list = new ListView<>();
    private final Label intro = new Label();

    ProblemsWindow(Path folder, List<Problem> problems, BundledStory bundledStory) {
        this.folder = folder;
        this.problems = List.copyOf(problems);
        this.bundledStory = bundledStory;
    }

    void show(Stage stage) {
        BundledFonts.load();
        Label title = new Label(messages.get("problems.title"));
        title.getStyleClass().add("problems-title");
        intro.getStyleClass().add("problems-intro");
        intro.setWrapText(true);
        list.setId("problems");
        listProblems(messages.format("problems.intro", problems.size(), Startup.shown(folder)), problems);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button bundled = new Button(messages.get("problems.openBundled"));
        bundled.setId("open-bundled");
        bundled.setDefaultButton(true);
        bundled.setOnAction(event -> {
            bundled.setDisable(true);
            // read off the JavaFX thread, shown on it
            CompletableFuture.supplyAsync(bundledStory.read()).thenAcceptAsync(result -> {
                if (result instanceof LoadResult.Loaded loaded) {
                    bundledStory.show().accept(loaded.content()); // first the new window: with none left open, JavaFX would shut down
                    stage.hide();
                } else {
                    List<Problem> bundledProblems = ((LoadResult.Failed) result).problems();
                    listProblems(messages.format("problems.bundledIntro", bundledProblems.size()), bundledProblems);
                }
            }, Platform::runLater);
        });
        Button quit = new Button(messages.get("problems.quit"));
        quit.setId("quit");
        quit.setCancelButton(true);
        quit.setOnAction(event -> stage.hide());
        HBox buttons = new HBox(quit, bundled);
        buttons.getStyleClass().add("problems-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(title, intro, list, buttons);
        root.getStyleClass().add("problems-window");
        Scene scene = new Scene(root, 880, 520);
        scene.getStylesheets().add(Objects.requireNonNull(
                ProblemsWindow.class.getResource("slideshow.css"), "missing resource: slideshow.css").toExternalForm());
        stage.setTitle(messages.get("problems.title"));
        stage.getIcons().setAll(WindowIcons.load());
        stage.setScene(scene);
        stage.show();
        bundled.requestFocus();
    }

    private void listProblems(String introduction, List<Problem> shown) {
        intro.setText(introduction);
        list.getItems().setAll(shown.stream().map(Problem::toString).toList());
        list.setAccessibleText(introduction);
    }
}
