package org.storyslides.gallery;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.storyslides.content.Problem;
import org.storyslides.i18n.Messages;

import java.util.List;

/**
 * Over the slide, when a gallery asked for could not be shown: its file's problems, each naming the
 * place, as the start-up problem list does. The gallery on show stays under it; Esc closes it.
 */
final class GalleryProblemsView extends VBox {

    private final Messages messages;
    private final Label title = new Label();
    private final VBox lines = new VBox();
    private final Label hint = new Label();

    GalleryProblemsView(Messages messages, ObservableValue<List<Problem>> problems) {
        this.messages = messages;
        setId("gallery-problems");
        getStyleClass().add("gallery-problems");
        title.getStyleClass().add("gallery-problems-title");
        lines.getStyleClass().add("gallery-problems-lines");
        hint.getStyleClass().add("gallery-problems-hint");
        hint.setText(messages.get("carousel.galleryProblems.hint"));
        getChildren().addAll(title, lines, hint);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        show(problems.getValue());
        problems.addListener((observable, was, now) -> show(now));
    }

    private void show(List<Problem> problems) {
        setVisible(!problems.isEmpty());
        title.setText(messages.format("carousel.galleryProblems.title", problems.size()));
        lines.getChildren().setAll(problems.stream().map(problem -> {
            Label line = new Label(problem.toString());
            line.setWrapText(true);
            line.getStyleClass().add("gallery-problems-line");
            return line;
        }).toList());
    }
}
