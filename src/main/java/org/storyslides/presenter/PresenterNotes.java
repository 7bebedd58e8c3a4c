package org.storyslides.presenter;

import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.storyslides.content.Slide;

import java.util.ArrayList;
import java.util.List;

/** The slide's caption as the presenter's notes, in large type: the quote, the paragraphs, the credit; scrolls when long. */
final class PresenterNotes extends ScrollPane {

    private final ObservableObjectValue<Slide> slide;
    private final String noNotes;
    private final ModelListeners listeners;
    private final VBox text = new VBox();

    PresenterNotes(ObservableObjectValue<Slide> slide, String noNotes, ModelListeners listeners) {
        this.slide = slide;
        this.noNotes = noNotes;
        this.listeners = listeners;
        initializeParts();
        layoutParts();
        setupBindings();
    }

    private void initializeParts() {
        setId("presenter-notes");
        getStyleClass().add("presenter-notes");
        text.getStyleClass().add("presenter-notes-text");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setFocusTraversable(false);
    }

    private void layoutParts() {
        setContent(text);
    }

    private void setupBindings() {
        listeners.listen(slide, observable -> show(slide.get()));
    }

    private void show(Slide shown) {
        List<Label> lines = new ArrayList<>();
        shown.headlineText().ifPresent(headline -> lines.add(line(headline, "presenter-note-quote")));
        shown.caption().forEach(paragraph -> lines.add(line(paragraph, "presenter-note-text")));
        if (lines.isEmpty()) {
            lines.add(line(noNotes, "presenter-note-empty"));
        }
        shown.creditText().ifPresent(credit -> lines.add(line(credit, "presenter-note-credit")));
        text.getChildren().setAll(lines);
        setVvalue(0);
    }

    private static Label line(String content, String styleClass) {
        Label label = new Label(content);
        label.getStyleClass().addAll("presenter-note", styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
