package org.storyslides.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.storyslides.content.ContentText;
import org.storyslides.content.Problem;
import org.storyslides.i18n.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The problems window's list: each file once, as a heading that opens it, and under it one line per
 * problem. Every line wraps to the window's width, so nothing hides behind a horizontal scroll bar,
 * however long a name or a message.
 */
final class ProblemList {

    private final VBox groups = new VBox();
    private final ScrollPane pane = new ScrollPane(groups);
    private final Label note = new Label();
    private final VBox view = new VBox(pane, note);
    private final Consumer<Path> opener;
    private final Messages messages;

    /** @param opener opens a file on the desktop (on the JavaFX thread); only ever given a file in the folder listed */
    ProblemList(Consumer<Path> opener, Messages messages) {
        this.opener = opener;
        this.messages = messages;
        pane.setId("problems");
        pane.getStyleClass().add("problems-list");
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        groups.getStyleClass().add("problems-groups");
        note.getStyleClass().add("problems-note");
        wrapping(note);
        shown(note, false);
        VBox.setVgrow(pane, Priority.ALWAYS);
        VBox.setVgrow(view, Priority.ALWAYS);
    }

    Node view() {
        return view;
    }

    /**
     * Lists {@code problems}, their files links when {@code folder} is given (the folder they are in);
     * {@code accessibleText} is what a screen reader calls the list.
     */
    void show(Optional<Path> folder, List<Problem> problems, String accessibleText) {
        ProblemGroups listed = ProblemGroups.of(folder, problems, ProblemGroups.MAX_LINES);
        groups.getChildren().setAll(listed.groups().stream().map(group -> group(folder, group)).toList());
        if (listed.leftOut() > 0) {
            Label more = new Label(messages.format("problems.leftOut", listed.leftOut()));
            more.getStyleClass().add("problems-more");
            groups.getChildren().add(wrapping(more));
        }
        pane.setVvalue(0);
        pane.setAccessibleText(accessibleText);
        shown(note, false);
    }

    private Node group(Optional<Path> folder, ProblemGroups.Group group) {
        VBox box = new VBox(heading(folder, group));
        box.getStyleClass().add("problems-group");
        for (String text : group.lines()) {
            Label line = new Label(text);
            line.getStyleClass().add("problems-line");
            box.getChildren().add(wrapping(line));
        }
        return box;
    }

    /** A link to the file when it is one in the folder; else its name, plain (a folder's own problem, a name leading out). */
    private Labeled heading(Optional<Path> folder, ProblemGroups.Group group) {
        if (group.openable().isEmpty()) {
            Label plain = new Label(group.file());
            plain.getStyleClass().addAll("problems-file", "problems-file-plain");
            return wrapping(plain);
        }
        Path file = group.openable().get();
        Hyperlink link = new Hyperlink(group.file());
        link.getStyleClass().add("problems-file");
        link.setTooltip(new Tooltip(Startup.shown(file)));
        link.setOnAction(event -> open(folder.orElseThrow(), file, group.file())); // a file to open has its folder
        return wrapping(link);
    }

    /** Follows the file's links off the JavaFX thread; opens it on it, if it is still a file in the folder. */
    private void open(Path folder, Path file, String named) {
        CompletableFuture.supplyAsync(() -> OpenableFile.checked(folder, file)).thenAcceptAsync(checked -> {
            checked.ifPresent(opener);
            note.setText(messages.format("problems.notOpened", ContentText.shown(named, 200)));
            shown(note, checked.isEmpty());
        }, Platform::runLater);
    }

    private static <T extends Labeled> T wrapping(T labeled) {
        labeled.setWrapText(true);
        labeled.setMinHeight(Region.USE_PREF_SIZE); // all its lines, never an ellipsis
        return labeled;
    }

    private static void shown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
