package org.storyslides.search;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.storyslides.i18n.Messages;

import java.util.List;

/**
 * The search field over the window, its status line and its results; it only binds to the
 * {@link SearchModel} and forwards: the keys (Enter, F3, Up, Down, Esc) come through the key map, a click
 * on a result picks it. While open it holds the keyboard focus; when search closes the focus goes back
 * to where it was, and a click outside the panel closes search where the window is.
 */
public final class SearchOverlay extends StackPane {

    /** Results shown at once before the list scrolls. */
    static final int ROWS_SHOWN = 7;

    private final SearchModel search;
    private final TextField field = new TextField();
    private final ListView<SearchResult> list;
    private final ObservableList<SearchResult> shown = FXCollections.observableArrayList();
    private final VBox panel;
    private Node focusBefore;

    public SearchOverlay(SearchModel search, Messages messages) {
        this.search = search;
        setId("search-layer");
        getStyleClass().add("search-layer");
        setPickOnBounds(false); // the window under it stays in reach of the pointer
        setAlignment(Pos.TOP_CENTER);

        field.setId("search");
        field.getStyleClass().add("search-field");
        field.setPromptText(messages.get("search.prompt"));
        field.setAccessibleText(messages.get("search.prompt"));
        field.textProperty().bindBidirectional(search.queryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Label status = new Label();
        status.setId("search-status");
        status.getStyleClass().add("search-status");
        status.textProperty().bind(search.statusProperty());
        status.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(field, status);
        row.getStyleClass().add("search-row");
        row.setAlignment(Pos.CENTER_LEFT);

        list = new ListView<>(shown);
        list.setId("search-results");
        list.getStyleClass().add("search-results");
        list.setAccessibleText(messages.get("search.results"));
        list.setAccessibleRole(AccessibleRole.LIST_VIEW);
        list.setFocusTraversable(false); // the field keeps the keys
        list.setCellFactory(view -> {
            SearchResultCell cell = new SearchResultCell(messages);
            cell.setOnMouseClicked(event -> {
                if (!cell.isEmpty()) {
                    search.pick(cell.getIndex());
                }
            });
            return cell;
        });
        list.visibleProperty().bind(search.resultsProperty().isNotEqualTo(List.of()));
        list.managedProperty().bind(list.visibleProperty());
        // rows of one height (CSS: -fx-fixed-cell-size): the list lays out every row it shows in one pass
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(shown.size(), ROWS_SHOWN) * Math.max(list.getFixedCellSize(), 0) + 2, shown, list.fixedCellSizeProperty()));

        panel = new VBox(row, list);
        panel.getStyleClass().add("search-panel");
        panel.setMaxHeight(VBox.USE_PREF_SIZE);
        getChildren().add(panel);

        visibleProperty().bind(search.openProperty());
        managedProperty().bind(visibleProperty());
        search.resultsProperty().addListener((observable, was, now) -> {
            shown.setAll(now);
            select(search.getSelected());
        });
        search.selectedProperty().addListener((observable, was, now) -> select(now.intValue()));
        search.openProperty().addListener((observable, was, open) -> {
            if (open) {
                opened();
            } else {
                closed();
            }
        });
        sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null) {
                closeOnAPressElsewhere(scene);
                if (search.isOpen()) {
                    opened(); // built as search first opened: it takes the focus now it is on the scene
                }
            }
        });
    }

    private void select(int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
            return;
        }
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - ROWS_SHOWN / 2));
    }

    private void opened() {
        Scene scene = getScene();
        focusBefore = scene == null ? null : scene.getFocusOwner();
        field.requestFocus();
        field.selectAll();
    }

    private void closed() {
        Node back = focusBefore;
        focusBefore = null;
        Scene scene = getScene();
        if (scene != null && scene.getFocusOwner() == field && back != null && back.getScene() == scene) {
            back.requestFocus();
        }
    }

    /** A press of the pointer outside the panel closes search where the window is: the reader went elsewhere. */
    private void closeOnAPressElsewhere(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (search.isOpen() && !within(event.getPickResult().getIntersectedNode(), panel)) {
                focusBefore = null; // the focus goes where the reader clicked
                search.leave();
            }
        });
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
