package org.storyslides.app;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.assertj.core.data.Offset;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.TestImages;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SEE ALL grid of a gallery of 10,000 slides (the most a gallery may hold), and of one of 7: its
 * columns fill its width at any window size, and wherever it is opened it shows the slide on show
 * under the keyboard cursor, which keys then keep in view.
 */
@ExtendWith(ApplicationExtension.class)
class SeeAllGridWindowTest {

    static final int SLIDES = 10_000;
    static final int SMALL = 7;

    @TempDir
    static Path folder;
    @TempDir
    Path settings;
    Stage stage;
    SlideshowWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new SlideshowWindow(TestWindows.offTheJavaFxThread(SeeAllGridWindowTest::content), WindowOptions.defaults(Duration.ZERO),
                new ManualClock(), new SettingsStore(settings.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    /** One picture, hard-linked under 10,000 names: every slide a file of its own, at no disk cost. */
    private static Content content() {
        try {
            if (!Files.exists(folder.resolve("story.json"))) {
                Path images = Files.createDirectories(folder.resolve("images"));
                Files.write(images.resolve("0.png"), TestImages.png(320, 180));
                for (int i = 1; i < SLIDES; i++) {
                    Files.createLink(images.resolve(i + ".png"), images.resolve("0.png"));
                }
                Files.createDirectories(folder.resolve("galleries"));
                writeGallery("big", SLIDES);
                writeGallery("small", SMALL);
                Files.writeString(folder.resolve("story.json"), "{\"headline\": \"H\", \"source\": \"S\", \"dateline\": \"D\", "
                        + "\"published\": \"2026-11-26\", \"body\": [{\"type\": \"gallery\", \"text\": \"RELATED: Big\", \"gallery\": \"big\"},"
                        + "{\"type\": \"gallery\", \"text\": \"RELATED: Small\", \"gallery\": \"small\"}]}");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ((LoadResult.Loaded) new ContentLoader().load(folder)).content();
    }

    private static void writeGallery(String id, int slides) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve("galleries/" + id + ".json"), StandardCharsets.UTF_8)) {
            out.write("{\"id\": \"" + id + "\", \"title\": \"" + id + "\", \"slides\": [");
            for (int i = 0; i < slides; i++) {
                out.write((i == 0 ? "" : ",") + "{\"image\": \"images/" + i + ".png\", \"caption\": [\"Slide " + (i + 1) + "\"]}\n");
            }
            out.write("]}");
        }
    }

    private void awaitGallery(int size) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.carousel().getGallery().size() == size);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void goToSlide(FxRobot robot, int number) {
        for (char digit : Integer.toString(number).toCharArray()) {
            robot.type(KeyCode.getKeyCode(String.valueOf(digit)));
        }
        robot.type(KeyCode.ENTER);
        assertThat(window.carousel().getSlideIndex()).isEqualTo(number - 1);
    }

    private void openGrid(FxRobot robot) {
        assertThat(window.carousel().isGridShown()).isFalse();
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.carousel().isGridShown()).isTrue();
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private GridView<?> grid(FxRobot robot) {
        return robot.lookup("#grid").queryAs(GridView.class);
    }

    /** The cells that show a slide: the grid keeps spare ones, hidden. */
    private List<GridCell<?>> shownCells(FxRobot robot) {
        return robot.lookup(".thumbnail-cell").queryAll().stream()
                .filter(Node::isVisible).filter(node -> node.getParent() != null && node.getParent().isVisible())
                .<GridCell<?>>map(node -> (GridCell<?>) node).filter(cell -> cell.getItem() != null).toList();
    }

    private static boolean has(Node node, String pseudoClass) {
        return node.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals(pseudoClass));
    }

    private static Bounds onScreen(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** Where the grid shows its cells: the flow's clipped viewport, left of its scroll bar. */
    private Bounds viewport(FxRobot robot) {
        Node clip = grid(robot).lookup(".clipped-container");
        return clip.localToScene(clip.getLayoutBounds());
    }

    private ScrollBar visibleBar(FxRobot robot, Orientation orientation) {
        return robot.from(grid(robot)).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == orientation && bar.isVisible()).findFirst().orElse(null);
    }

    /** The cell of slide {@code index + 1} is on screen whole, and it alone has the cursor. */
    private void assertCursorInView(FxRobot robot, int index) {
        assertThat(window.carousel().getGridCursor()).isEqualTo(index);
        Bounds viewport = viewport(robot);
        GridCell<?> cell = shownCells(robot).stream().filter(shown -> shown.getIndex() == index).findFirst().orElse(null);
        assertThat(cell).as("a cell for slide %d among the cells of slides %s", index + 1,
                shownCells(robot).stream().map(shown -> shown.getIndex() + 1).sorted().toList()).isNotNull();
        Bounds bounds = onScreen(cell);
        assertThat(viewport.contains(bounds.getMinX() + 0.5, bounds.getMinY() + 0.5)
                && viewport.contains(bounds.getMaxX() - 0.5, bounds.getMaxY() - 0.5))
                .as("slide %d's cell %s inside the grid's viewport %s", index + 1, bounds, viewport).isTrue();
        assertThat(shownCells(robot).stream().filter(shown -> has(shown, "cursor")).map(GridCell::getIndex).toList())
                .containsExactly(index);
    }

    /**
     * The columns fill the grid's width: the margins at the left and right (before the scroll bar, if
     * it shows) match within 2 px and are no wider than a gap between two thumbnails and a few px,
     * whatever the width; the thumbnails keep 16:9; Up/Down move by the columns on screen.
     */
    private void assertColumnsFillTheWidth(FxRobot robot) {
        TestWindows.layOutNow(robot);
        GridView<?> grid = grid(robot);
        Bounds area = onScreen(grid);
        ScrollBar bar = visibleBar(robot, Orientation.VERTICAL);
        double right = bar == null ? area.getMaxX() : onScreen(bar).getMinX();
        Map<Double, List<Bounds>> rows = shownCells(robot).stream().map(SeeAllGridWindowTest::onScreen)
                .collect(Collectors.groupingBy(Bounds::getMinY, TreeMap::new, Collectors.toList()));
        int columns = rows.values().stream().mapToInt(List::size).max().orElseThrow();
        List<Bounds> row = rows.values().stream().filter(cells -> cells.size() == columns).findFirst().orElseThrow()
                .stream().sorted(Comparator.comparingDouble(Bounds::getMinX)).toList();
        double gap = 2 * grid.getHorizontalCellSpacing();
        double leftMargin = row.get(0).getMinX() - area.getMinX();
        double rightMargin = right - row.get(row.size() - 1).getMaxX();
        String seen = String.format("%d columns of %.1f px in a grid %.0f px wide, scroll bar %s: margins %.1f and %.1f",
                columns, row.get(0).getWidth(), area.getWidth(), bar == null ? "none" : onScreen(bar).getWidth() + " px",
                leftMargin, rightMargin);
        assertThat(rightMargin).as(seen).isBetween(gap / 2, gap + 4);
        assertThat(leftMargin).as(seen).isBetween(gap / 2, gap + 4);
        assertThat(Math.abs(leftMargin - rightMargin)).as(seen).isLessThanOrEqualTo(2);
        for (int i = 1; i < row.size(); i++) {
            assertThat(row.get(i).getMinX() - row.get(i - 1).getMaxX()).as(seen).isCloseTo(gap, Offset.offset(0.5));
        }
        // the scroll bar at the grid's edge, and no sideways one
        if (bar != null) {
            assertThat(onScreen(bar).getMaxX()).as(seen).isCloseTo(area.getMaxX(), Offset.offset(0.5));
        }
        assertThat(visibleBar(robot, Orientation.HORIZONTAL)).as(seen).isNull();
        // a thumbnail keeps the pictures' 16:9 inside its 4 px frame
        assertThat((row.get(0).getWidth() - 8) / (row.get(0).getHeight() - 8)).as(seen).isCloseTo(16 / 9.0, Offset.offset(0.02));

        int before = window.carousel().getGridCursor();
        robot.type(KeyCode.DOWN);
        int step = window.carousel().getGridCursor() - before;
        robot.type(KeyCode.UP);
        assertThat(window.carousel().getGridCursor()).isEqualTo(before);
        assertThat(step).as(seen).isEqualTo(columns);
    }

    @Test
    void theColumnsFillTheGridAtTheDefaultSizeAndAfterResizes(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        assertThat(stage.getWidth()).isEqualTo(1280);
        assertThat(stage.getHeight()).isEqualTo(720);
        goToSlide(robot, 20);
        openGrid(robot);
        assertColumnsFillTheWidth(robot);
        // (the headless screen is 1280x800: no larger window)
        for (double[] size : new double[][]{{1000, 640}, {1270, 800}, {900, 600}}) {
            resize(robot, size[0], size[1]);
            assertColumnsFillTheWidth(robot);
            assertCursorInView(robot, 19);
        }
    }

    @Test
    void aGalleryThatFitsHasNoScrollBarAndItsColumnsStillFillTheWidth(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        awaitGallery(SMALL);
        openGrid(robot);
        assertThat(visibleBar(robot, Orientation.VERTICAL)).isNull();
        assertColumnsFillTheWidth(robot);
        assertCursorInView(robot, 0);
    }

    @Test
    void openedAtTheLastSlideTheGridShowsItUnderTheCursor(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        robot.type(KeyCode.END);
        assertThat(window.carousel().getSlideIndex()).isEqualTo(SLIDES - 1);
        openGrid(robot);
        assertCursorInView(robot, SLIDES - 1);
        assertThat(shownCells(robot).stream().filter(cell -> has(cell, "current")).map(GridCell::getIndex).toList())
                .containsExactly(SLIDES - 1);
    }

    /** The cells whose thumbnail carries the NOW SHOWING badge, by index. */
    private List<Integer> badged(FxRobot robot) {
        return shownCells(robot).stream().filter(cell -> cell.lookup(".thumbnail-now-showing") instanceof Label badge
                && badge.isVisible() && badge.getText().equals("NOW SHOWING")).map(GridCell::getIndex).toList();
    }

    /** The cells the stylesheet rings (a border drawn around the cell: the focus ring), by index. */
    private List<Integer> ringed(FxRobot robot) {
        return shownCells(robot).stream().filter(cell -> cell.getBorder() != null && !cell.getBorder().getStrokes().isEmpty())
                .map(GridCell::getIndex).toList();
    }

    @Test
    void theSlideOnShowWearsTheBadgeAndTheCursorTheRingOneCellEach(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        goToSlide(robot, 20);
        openGrid(robot);
        TestWindows.layOutNow(robot);
        // opened: the cursor is on the slide on show, which wears both
        assertThat(badged(robot)).containsExactly(19);
        assertThat(ringed(robot)).containsExactly(19);
        assertThat(shownCells(robot).stream().filter(cell -> has(cell, "current")).map(GridCell::getIndex).toList()).containsExactly(19);

        robot.type(KeyCode.RIGHT, KeyCode.DOWN);
        TestWindows.layOutNow(robot);
        int cursor = window.carousel().getGridCursor();
        assertThat(cursor).isGreaterThan(20);
        assertThat(badged(robot)).as("the badge stays on the slide on show").containsExactly(19);
        assertCursorInView(robot, cursor);
        assertThat(ringed(robot)).as("the ring goes with the cursor").containsExactly(cursor);
        assertThat(shownCells(robot).stream().filter(cell -> has(cell, "current")).map(GridCell::getIndex).toList()).containsExactly(19);

        robot.type(KeyCode.UP, KeyCode.LEFT);
        TestWindows.layOutNow(robot);
        assertThat(badged(robot)).containsExactly(19);
        assertThat(ringed(robot)).containsExactly(19);
        // opening another slide moves the badge there
        robot.type(KeyCode.RIGHT, KeyCode.ENTER, KeyCode.G);
        TestWindows.layOutNow(robot);
        assertThat(window.carousel().getSlideIndex()).isEqualTo(20);
        assertThat(badged(robot)).containsExactly(20);
        assertThat(ringed(robot)).containsExactly(20);
    }

    /** The cells whose words for a screen reader say they are the slide on show, by index. */
    private List<Integer> saidNowShowing(FxRobot robot) {
        return shownCells(robot).stream().filter(cell -> cell.getAccessibleText() != null
                && cell.getAccessibleText().startsWith("Slide " + (cell.getIndex() + 1) + ", now showing: ")).map(GridCell::getIndex).toList();
    }

    @Test
    void aScreenReaderHearsNowShowingOnTheSlideOnShowOnlyAsTheCursorAndTheSlideMove(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        goToSlide(robot, 20);
        openGrid(robot);
        TestWindows.layOutNow(robot);
        assertThat(saidNowShowing(robot)).containsExactly(19);

        robot.type(KeyCode.RIGHT, KeyCode.DOWN);
        TestWindows.layOutNow(robot);
        assertThat(saidNowShowing(robot)).containsExactly(19);
        assertThat(shownCells(robot)).filteredOn(cell -> cell.getIndex() == window.carousel().getGridCursor())
                .extracting(GridCell::getAccessibleText).singleElement().asString()
                .startsWith("Slide " + (window.carousel().getGridCursor() + 1) + ": ");

        robot.type(KeyCode.UP, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.ENTER, KeyCode.G);
        TestWindows.layOutNow(robot);
        assertThat(window.carousel().getSlideIndex()).isEqualTo(20);
        assertThat(saidNowShowing(robot)).containsExactly(20);
        assertThat(shownCells(robot)).filteredOn(cell -> cell.getIndex() == 19)
                .extracting(GridCell::getAccessibleText).singleElement().asString().startsWith("Slide 20: ");
    }

    @Test
    void openedAtTheLastSlideTypedTheGridShowsIt(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        goToSlide(robot, SLIDES);
        openGrid(robot);
        assertCursorInView(robot, SLIDES - 1);
    }

    @Test
    void openedAtAMiddleSlideTheGridShowsItAndKeysKeepTheCursorInView(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        goToSlide(robot, 5000);
        openGrid(robot);
        assertCursorInView(robot, 4999);

        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.carousel().getGridCursor()).isGreaterThan(4999);
        assertCursorInView(robot, window.carousel().getGridCursor());
        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.UP);
        }
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertCursorInView(robot, window.carousel().getGridCursor());
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertCursorInView(robot, SLIDES - 1);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertCursorInView(robot, 0);
    }

    @Test
    void openedNearTheEndTheGridShowsTheSlideWhole(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        goToSlide(robot, 9000);
        openGrid(robot);
        assertCursorInView(robot, 8999);
    }

    @Test
    void reopenedAtOtherSlidesTheGridShowsEach(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        goToSlide(robot, 5000);
        openGrid(robot);
        assertCursorInView(robot, 4999);
        robot.type(KeyCode.G);
        robot.type(KeyCode.END);
        openGrid(robot);
        assertCursorInView(robot, SLIDES - 1);
        robot.type(KeyCode.G);
        goToSlide(robot, 1234);
        openGrid(robot);
        assertCursorInView(robot, 1233);
    }

    @Test
    void reopenedAfterTheWindowWasResizedTheGridShowsTheSlide(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        openGrid(robot);
        robot.type(KeyCode.G);
        resize(robot, 1000, 640);
        goToSlide(robot, 5000);
        openGrid(robot);
        assertCursorInView(robot, 4999);
        assertColumnsFillTheWidth(robot);
    }

    @Test
    void resizingTheOpenGridKeepsTheCursorInView(FxRobot robot) throws Exception {
        awaitGallery(SLIDES);
        goToSlide(robot, 5000);
        openGrid(robot);
        resize(robot, 900, 600);
        assertCursorInView(robot, 4999);
        resize(robot, 1270, 800);
        assertCursorInView(robot, 4999);
    }
}
