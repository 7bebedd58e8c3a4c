package org.storyslides.search;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.storyslides.i18n.Messages;

/** One result: where it is ("Story, paragraph 4"), then the words around the match with the matches marked. */
final class SearchResultCell extends ListCell<SearchResult> {

    private final Messages messages;
    private final Label where = new Label();
    private final TextFlow words = new TextFlow();
    private final VBox box = new VBox(where, words);

    SearchResultCell(Messages messages) {
        this.messages = messages;
        where.getStyleClass().add("search-where");
        words.getStyleClass().add("search-words");
        box.getStyleClass().add("search-result");
        // the cell is as wide as the list: the words wrap inside it, never widen it
        words.maxWidthProperty().bind(widthProperty().subtract(28));
        words.prefWidthProperty().bind(words.maxWidthProperty());
    }

    @Override
    protected void updateItem(SearchResult result, boolean empty) {
        super.updateItem(result, empty);
        if (empty || result == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        where.setText(where(messages, result.place()));
        Snippet snippet = result.snippet();
        words.getChildren().clear();
        int at = 0;
        for (Snippet.Hit hit : snippet.hits()) {
            words.getChildren().add(piece(snippet.text().substring(at, hit.start()), "search-snippet"));
            words.getChildren().add(piece(snippet.text().substring(hit.start(), hit.end()), "search-hit"));
            at = hit.end();
        }
        words.getChildren().add(piece(snippet.text().substring(at), "search-snippet"));
        setGraphic(box);
        setAccessibleText(where.getText() + ": " + snippet.text());
    }

    static String where(Messages messages, SearchPlace place) {
        if (place instanceof SearchPlace.Slide slide) {
            return messages.format("search.where.slide", slide.galleryTitle(), slide.slide() + 1);
        }
        SearchPlace.StoryPart part = (SearchPlace.StoryPart) place;
        return part.kind() == SearchPlace.StoryPart.Kind.PARAGRAPH ? messages.format("search.where.PARAGRAPH", part.number())
                : messages.get("search.where." + part.kind().name());
    }

    private static Text piece(String text, String styleClass) {
        Text piece = new Text(text);
        piece.getStyleClass().add(styleClass);
        return piece;
    }
}
