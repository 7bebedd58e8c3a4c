package org.storyslides.app;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.storyslides.content.Problem;
import org.storyslides.i18n.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Shown instead of the slideshow when the content folder has problems: every problem, as --check
 * prints it, and a way on to the bundled story. Nothing is lost: the folder is only read.
 */
final class ProblemsWindow {

    private final Path folder;
    private final List<Problem> problems;
    private final Runnable openBundled;
    private final Messages messages = new Messages(Locale.ENGLISH);

    ProblemsWindow(Path folder, List<Problem> problems, Runnable openBundled) {
        this.folder = folder;
        this.problems = List.copyOf(problems);
        this.openBundled = openBundled;
    }

    void show(Stage stage) {
        BundledFonts.load();
        Label title = new Label(messages.get("problems.title"));
        title.getStyleClass().add("problems-title");
        Label intro = new Label(messages.format("problems.intro", problems.size(), folder));
        intro.getStyleClass().add("problems-intro");
        intro.setWrapText(true);
        ListView<String> list = new ListView<>();
        list.setId("problems");
        list.getItems().setAll(problems.stream().map(Problem::toString).toList());
        list.setAccessibleText(messages.format("problems.intro", problems.size(), folder));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button bundled = new Button(messages.get("problems.openBundled"));
        bundled.setId("open-bundled");
        bundled.setDefaultButton(true);
        bundled.setOnAction(event -> {
            openBundled.run(); // first the new window: with none left open, JavaFX would shut down
            stage.hide();
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
}
