package org.storyslides.gallery;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.storyslides.content.Problem;
import org.storyslides.i18n.Messages;

import java.util.List;

/**
 * Problems listed over the slide, each naming the file and place as the start-up problem list does,
 * under a title that says how many: a gallery asked for that could not be shown (Esc closes it), or an
 * edit of the open folder that could not be read (listed until it is fixed). The slide stays under it.
 */
public final class ProblemListView extends VBox {

    /** The list's id and the message keys of its title (given the count) and of the hint under it. */
    public record Texts(String id, String titleKey, String hintKey) {
    }

    /** A gallery asked for that could not be shown. */
    static final Texts GALLERY = new Texts("gallery-problems", "carousel.galleryProblems.title", "carousel.galleryProblems.hint");

    private final Messages messages;
    private final Texts texts;
    private final Label title = new Label();
    private final VBox lines = new VBox();
    private final Label hint = new Label();

    public ProblemListView(Messages messages, ObservableValue<List<Problem>> problems, Texts texts) {
        this.messages = messages;
        this.texts = texts;
        setId(texts.id());
        getStyleClass().add("gallery-problems");
        title.getStyleClass().add("gallery-problems-title");
        lines.getStyleClass().add("gallery-problems-lines");
        hint.getStyleClass().add("gallery-problems-hint");
        hint.setText(messages.get(texts.hintKey()));
        hint.setWrapText(true);
        getChildren().addAll(title, lines, hint);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        show(problems.getValue());
        problems.addListener((observable, was, now) -> show(now));
    }

    private void show(List<Problem> problems) {
        setVisible(!problems.isEmpty());
        title.setText(messages.format(texts.titleKey(), problems.size()));
        lines.getChildren().setAll(problems.stream().map(problem -> {
            Label line = new Label(problem.toString());
            line.setWrapText(true);
            line.getStyleClass().add("gallery-problems-line");
            return line;
        }).toList());
    }
}
