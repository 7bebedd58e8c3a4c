package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.storyslides.content.LoadResult;
import org.storyslides.content.Problem;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What the problems window lists, read from its nodes: each file's heading ({@code .problems-file}) and lines ({@code .problems-line}). */
public final class ProblemsShown {

    private ProblemsShown() {
    }

    /**
     * Shows the problems window for a folder given on the command line, listing {@code problems}, with
     * {@code opener} for the desktop (for tests outside this package: the window is the app's own).
     * Check again finds the same problems; the bundled story is not shown.
     */
    public static void open(Stage stage, Path folder, List<Problem> problems, Consumer<Path> opener) {
        new ProblemsWindow(folder, problems, new ProblemsWindow.Story(() -> new LoadResult.Failed(problems), content -> { }),
                new ProblemsWindow.Story(() -> new LoadResult.Failed(problems), content -> { }), opener).show(stage);
    }

    /** After a test: every window but the test's own {@code stage} hidden, and the session, if any, closed. */
    public static void closeAllBut(FxRobot robot, Stage stage, ShowSession session) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
            if (session != null) {
                session.close();
            }
        });
    }

    /** The file headings, in order. */
    public static List<String> files(FxRobot robot) {
        return groups(robot).stream().map(group -> heading(group).getText()).toList();
    }

    /** The headings' nodes, in order (a Hyperlink for a file that opens). */
    public static List<Labeled> headings(FxRobot robot) {
        return groups(robot).stream().map(ProblemsShown::heading).toList();
    }

    /** Every problem's line, in order, without its file. */
    public static List<String> lines(FxRobot robot) {
        return groups(robot).stream().flatMap(group -> lines(group).stream()).toList();
    }

    /** Every problem as --check prints it: its file's heading, then its line. */
    public static List<String> asCheckPrints(FxRobot robot) {
        List<String> all = new ArrayList<>();
        for (Pane group : groups(robot)) {
            String file = heading(group).getText();
            lines(group).forEach(line -> all.add(file + ": " + line));
        }
        return all;
    }

    /** The line after the last group counting the problems not listed, if there is one. */
    public static java.util.Optional<String> more(FxRobot robot) {
        return robot.lookup(".problems-more").tryQueryAs(Labeled.class).map(Labeled::getText);
    }

    private static List<Pane> groups(FxRobot robot) {
        Pane groups = (Pane) robot.lookup("#problems").queryAs(ScrollPane.class).getContent();
        return groups.getChildren().stream().filter(node -> node.getStyleClass().contains("problems-group")).map(Pane.class::cast).toList();
    }

    private static Labeled heading(Pane group) {
        Node first = group.getChildren().get(0);
        if (!first.getStyleClass().contains("problems-file")) {
            throw new AssertionError("a problems group begins with its .problems-file heading, not " + first);
        }
        return (Labeled) first;
    }

    private static List<String> lines(Pane group) {
        return group.getChildren().stream().skip(1)
                .peek(node -> {
                    if (!node.getStyleClass().contains("problems-line")) {
                        throw new AssertionError("a problems group holds .problems-line labels, not " + node);
                    }
                })
                .map(node -> ((Labeled) node).getText()).toList();
    }
}
