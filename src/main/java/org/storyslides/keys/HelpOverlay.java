package org.storyslides.keys;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
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

import java.util.ArrayList;
import java.util.List;

/**
 * The help: every row of the {@link KeyMap}, keys and gestures, by section, and the reduced-motion
 * setting. The sections fill three columns or two, whichever shows them larger in the window
 * ({@link HelpColumns}); a window too small for the panel shows it a little smaller rather than cut off.
 */
public final class HelpOverlay extends StackPane {

    /** What the panel keeps clear of the window's edges. */
    private static final double MARGIN = 16;
    // three first: where both fit whole, the layout of the default 1280x720 window
    private static final List<Integer> COLUMN_COUNTS = List.of(3, 2);

    /** A section: its heading, then each row's keys (or gesture) and description. */
    private record Section(Label heading, List<Label[]> rows) {
    }

    private final List<Section> sections = new ArrayList<>();
    private final HBox tables = new HBox();
    private final VBox panel;
    // each layout's natural size ({width, height}), measured once the labels have their style
    private List<double[]> sizes;
    private int columns;

    public HelpOverlay(KeyMap keyMap, HelpModel help, MotionPreference motion, Messages messages) {
        setId("help");
        getStyleClass().add("help-overlay");
        visibleProperty().bind(help.shownProperty());
        managedProperty().bind(visibleProperty());
        // the overlay takes the window's size; the panel inside scales to fit it
        setMinSize(0, 0);

        for (KeyMap.Row row : keyMap.rows()) {
            if (sections.isEmpty() || !sections.get(sections.size() - 1).heading().getText().equals(row.section())) {
                sections.add(new Section(label(row.section(), "help-section"), new ArrayList<>()));
            }
            Label keys = label(row.keysText(), "help-keys");
            Label description = label(row.description(), "help-description");
            List<Label[]> rows = sections.get(sections.size() - 1).rows();
            if (row instanceof KeyMap.Gesture) {
                keys.getStyleClass().add("help-gesture");
                description.getStyleClass().add("help-gesture");
                // a section's gestures come after its keys, a little apart
                if (rows.isEmpty() || !rows.get(rows.size() - 1)[0].getStyleClass().contains("help-gesture")) {
                    keys.getStyleClass().add("help-gestures-start");
                    description.getStyleClass().add("help-gestures-start");
                }
            }
            // a long description wraps (the stylesheet says how wide): the columns stay narrow enough for three
            description.setWrapText(true);
            rows.add(new Label[]{keys, description});
        }
        tables.getStyleClass().add("help-tables");

        CheckBox reduceMotion = new CheckBox(messages.get("help.reducedMotion"));
        reduceMotion.setId("reduced-motion");
        reduceMotion.selectedProperty().bindBidirectional(motion.reducedProperty());

        panel = new VBox(label(messages.get("help.title"), "help-title"), tables, reduceMotion,
                label(messages.get("help.close"), "help-hint"));
        panel.getStyleClass().add("help-panel");
        panel.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        panel.setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        panel.setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(panel);
        arrange(COLUMN_COUNTS.get(0));
        // a click outside the panel closes it, as the Esc key does
        setOnMouseClicked(event -> {
            if (event.getTarget() == this) {
                help.close();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double roomWidth = getWidth() - 2 * MARGIN;
        double roomHeight = getHeight() - 2 * MARGIN;
        if (sizes == null && roomWidth > 0 && roomHeight > 0) {
            sizes = new ArrayList<>();
            for (int count : COLUMN_COUNTS) {
                arrange(count);
                sizes.add(new double[]{panel.prefWidth(-1), panel.prefHeight(-1)});
            }
        }
        if (sizes != null) {
            int best = HelpColumns.largest(roomWidth, roomHeight, sizes);
            if (columns != COLUMN_COUNTS.get(best)) {
                arrange(COLUMN_COUNTS.get(best));
            }
            double scale = HelpColumns.scale(roomWidth, roomHeight, sizes.get(best)[0], sizes.get(best)[1]);
            panel.setScaleX(scale);
            panel.setScaleY(scale);
        }
        super.layoutChildren();
    }

    /** Lays the sections out in {@code count} columns, each a table whose keys line up at the right. */
    private void arrange(int count) {
        columns = count;
        for (GridPane table : tables.getChildren().stream().map(GridPane.class::cast).toList()) {
            table.getChildren().clear();
        }
        List<GridPane> columnTables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            columnTables.add(table());
        }
        tables.getChildren().setAll(columnTables);
        // the new tables take their gaps from the stylesheet before they are measured
        if (getScene() != null) {
            tables.applyCss();
        }
        double gap = columnTables.get(0).getVgap();
        List<Double> heights = sections.stream().map(section -> section.heading().prefHeight(-1)
                + section.rows().stream().mapToDouble(row -> Math.max(row[0].prefHeight(-1), wrappedHeight(row[1])) + gap).sum())
                .toList();
        List<Integer> starts = HelpColumns.starts(heights, count);
        int column = -1;
        int line = 0;
        for (int i = 0; i < sections.size(); i++) {
            if (starts.contains(i)) {
                column++;
                line = 0;
            }
            GridPane table = columnTables.get(column);
            Section section = sections.get(i);
            table.add(section.heading(), 1, line++);
            for (Label[] row : section.rows()) {
                table.add(row[0], 0, line);
                table.add(row[1], 1, line++);
                // the keys beside a wrapped description's first line
                GridPane.setValignment(row[0], VPos.TOP);
                GridPane.setValignment(row[1], VPos.TOP);
            }
        }
        tables.getChildren().setAll(columnTables.subList(0, column + 1));
    }

    private static double wrappedHeight(Label label) {
        return label.prefHeight(Math.min(label.prefWidth(-1), label.getMaxWidth()));
    }

    private static GridPane table() {
        GridPane table = new GridPane();
        table.getStyleClass().add("help-table");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints descriptions = new ColumnConstraints();
        descriptions.setMinWidth(Region.USE_PREF_SIZE);
        table.getColumnConstraints().addAll(keys, descriptions);
        return table;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
