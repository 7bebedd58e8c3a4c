package org.storyslides.keys;

import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.storyslides.i18n.Messages;
import org.storyslides.presentation.MotionPreference;

import java.util.List;

/** The help: every row of the {@link KeyMap}, keys and pointer gestures, by section, and the reduced-motion setting. */
public final class HelpOverlay extends StackPane {

    public HelpOverlay(KeyMap keyMap, HelpModel help, MotionPreference motion, Messages messages) {
        setId("help");
        getStyleClass().add("help-overlay");
        visibleProperty().bind(help.shownProperty());
        managedProperty().bind(visibleProperty());
        // the overlay takes the window's size; the panel inside scales to fit it
        setMinSize(0, 0);

        // two columns of sections, so the whole map fits on one screen without scrolling
        List<KeyMap.Row> rows = keyMap.rows();
        int half = rows.size() / 2;
        String middleSection = rows.get(half).section();
        GridPane left = table(rows.stream().takeWhile(row -> !row.section().equals(middleSection)).toList());
        GridPane right = table(rows.stream().dropWhile(row -> !row.section().equals(middleSection)).toList());
        HBox tables = new HBox(left, right);
        tables.getStyleClass().add("help-tables");

        CheckBox reduceMotion = new CheckBox(messages.get("help.reducedMotion"));
        reduceMotion.setId("reduced-motion");
        reduceMotion.selectedProperty().bindBidirectional(motion.reducedProperty());

        VBox panel = new VBox(label(messages.get("help.title"), "help-title"), tables, reduceMotion,
                label(messages.get("help.close"), "help-hint"));
        panel.getStyleClass().add("help-panel");
        panel.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        panel.setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        panel.setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(panel);
        // a small window shows the whole map a little smaller rather than cut off
        panel.scaleXProperty().bind(Bindings.createDoubleBinding(() -> Math.min(1, Math.min(
                (getWidth() - 32) / panel.prefWidth(-1), (getHeight() - 32) / panel.prefHeight(-1))),
                widthProperty(), heightProperty(), panel.layoutBoundsProperty()));
        panel.scaleYProperty().bind(panel.scaleXProperty());
        // a click outside the panel closes it, as the Esc key does
        setOnMouseClicked(event -> {
            if (event.getTarget() == this) {
                help.close();
            }
        });
    }

    private static GridPane table(List<KeyMap.Row> rows) {
        GridPane table = new GridPane();
        table.getStyleClass().add("help-table");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints descriptions = new ColumnConstraints();
        descriptions.setMinWidth(Region.USE_PREF_SIZE);
        table.getColumnConstraints().addAll(keys, descriptions);
        String section = null;
        int row = 0;
        for (KeyMap.Row shown : rows) {
            if (!shown.section().equals(section)) {
                section = shown.section();
                table.add(label(section, "help-section"), 1, row++);
            }
            Label keysLabel = label(shown.keysText(), "help-keys");
            Label description = label(shown.description(), "help-description");
            if (shown instanceof KeyMap.Gesture) {
                keysLabel.getStyleClass().add("help-gesture");
                description.getStyleClass().add("help-gesture");
            }
            table.add(keysLabel, 0, row);
            table.add(description, 1, row++);
        }
        return table;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
