package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * A click never takes the keyboard's meaning away: after a click on any button, thumbnail or the
 * story, Space, Enter and the arrows do what the key map says, and nothing wears a focus ring. A
 * focus brought by Tab is visible, and Space or Enter press the button it is on.
 */
class ClicksKeepTheKeyMapTest extends BundledWindowTest {

    /** The app's focus colour (-focus in slideshow.css, modena's -fx-focus-color and, with alpha, its faint one). */
    private static final Color FOCUS = Color.web("#4c9bff");

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void counterIs(String text) {
        verifyThat("#counter", hasText(text));
    }

    /** Nothing has a visible focus and no node on screen is painted in the focus colour. */
    private void noFocusShows(FxRobot robot, String after) {
        TestWindows.layOutNow(robot);
        Scene scene = stage.getScene();
        assertThat(nodes(scene.getRoot()).filter(Node::isFocusVisible).toList()).as("visible focus after " + after).isEmpty();
        assertThat(focusRings(scene.getRoot())).as("focus rings after " + after).isEmpty();
    }

    private static Stream<Node> nodes(Node node) {
        if (!node.isVisible()) {
            return Stream.empty();
        }
        Stream<Node> children = node instanceof Parent parent
                ? parent.getChildrenUnmodifiable().stream().flatMap(ClicksKeepTheKeyMapTest::nodes) : Stream.empty();
        return Stream.concat(Stream.of(node), children);
    }

    /**
     * The shown regions painted in the focus colour, background or border: a focus ring, whoever draws
     * it (the app's CSS or modena's). The SEE ALL grid's cursor is the keyboard's place in the grid, not
     * a focus, and is left out.
     */
    static List<Node> focusRings(Node root) {
        List<Node> rings = new ArrayList<>();
        nodes(root).filter(node -> node instanceof Region).map(node -> (Region) node)
                .filter(region -> !insideTheGridCursor(region))
                .forEach(region -> {
                    List<Paint> paints = new ArrayList<>();
                    if (region.getBackground() != null) {
                        region.getBackground().getFills().forEach(fill -> paints.add(fill.getFill()));
                    }
                    if (region.getBorder() != null) {
                        for (BorderStroke stroke : region.getBorder().getStrokes()) {
                            paints.addAll(List.of(stroke.getTopStroke(), stroke.getRightStroke(), stroke.getBottomStroke(),
                                    stroke.getLeftStroke()));
                        }
                    }
                    if (paints.stream().anyMatch(ClicksKeepTheKeyMapTest::isFocusColour)) {
                        rings.add(region);
                    }
                });
        return rings;
    }

    private static boolean insideTheGridCursor(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up.getStyleClass().contains("thumbnail-cell")
                    && up.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("cursor"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFocusColour(Paint paint) {
        return paint instanceof Color colour && colour.getOpacity() > 0 && Math.abs(colour.getRed() - FOCUS.getRed()) < 0.01
                && Math.abs(colour.getGreen() - FOCUS.getGreen()) < 0.01 && Math.abs(colour.getBlue() - FOCUS.getBlue()) < 0.01;
    }

    @Test
    void atLaunchNothingHasAVisibleFocusOrWearsARing_theStoryHasTheFocusForUpAndDown(FxRobot robot) {
        noFocusShows(robot, "launch");
        assertThat(stage.getScene().getFocusOwner()).isSameAs(robot.lookup("#story").query());
    }

    @Test
    void hideCaptionClickedThenSpaceShowsTheNextSlideAndTheCaptionStaysHidden(FxRobot robot) {
        robot.clickOn("#caption-toggle");
        verifyThat("#caption", isInvisible());
        noFocusShows(robot, "HIDE CAPTION");
        robot.type(KeyCode.SPACE);
        counterIs("2 of 14");
        verifyThat("#caption", isInvisible());
        robot.type(KeyCode.ENTER, KeyCode.RIGHT);
        counterIs("3 of 14");
        verifyThat("#caption", isInvisible());
    }

    @Test
    void nextClickedThenSpaceShowsTheSlideAfter(FxRobot robot) {
        robot.clickOn("#next");
        counterIs("2 of 14");
        noFocusShows(robot, "the next arrow");
        robot.type(KeyCode.SPACE);
        counterIs("3 of 14");
        robot.type(KeyCode.ENTER);
        counterIs("3 of 14");
        robot.type(KeyCode.LEFT);
        counterIs("2 of 14");
    }

    @Test
    void previousClickedThenSpaceShowsTheNextSlideNotThePreviousOne(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.clickOn("#previous");
        counterIs("2 of 14");
        noFocusShows(robot, "the previous arrow");
        robot.type(KeyCode.SPACE);
        counterIs("3 of 14");
    }

    @Test
    void seeAllClickedThenTheArrowsAndEnterWorkTheGridAndSpaceTheSlides(FxRobot robot) {
        robot.clickOn("#see-all");
        verifyThat("#grid", isVisible());
        noFocusShows(robot, "SEE ALL");
        robot.type(KeyCode.RIGHT);
        assertThat(window.carousel().getGridCursor()).isEqualTo(1);
        robot.type(KeyCode.ENTER);
        verifyThat("#grid", isInvisible());
        counterIs("2 of 14");
        robot.type(KeyCode.SPACE);
        counterIs("3 of 14");
    }

    @Test
    void backToSlideClickedThenSpaceShowsTheNextSlide(FxRobot robot) {
        robot.type(KeyCode.G);
        robot.clickOn("#back-to-slide");
        verifyThat("#grid", isInvisible());
        noFocusShows(robot, "BACK TO SLIDE");
        robot.type(KeyCode.SPACE);
        counterIs("2 of 14");
    }

    @Test
    void seeGalleryClickedThenSpaceShowsThatGallerysNextSlide(FxRobot robot) {
        robot.clickOn(SlideshowWindowTest.seeGallery(robot, 1));
        verifyThat("#counter", hasText("1 of 20"));
        noFocusShows(robot, "See Gallery");
        robot.type(KeyCode.SPACE);
        counterIs("2 of 20");
        robot.type(KeyCode.ENTER, KeyCode.RIGHT);
        counterIs("3 of 20");
    }

    @Test
    void aFilmstripThumbnailClickedThenSpaceShowsTheSlideAfterIt(FxRobot robot) {
        robot.type(KeyCode.T);
        robot.clickOn(FilmstripWindowTest.cell(robot, 3));
        counterIs("4 of 14");
        noFocusShows(robot, "a filmstrip thumbnail");
        robot.type(KeyCode.SPACE);
        counterIs("5 of 14");
    }

    @Test
    void aGridThumbnailClickedThenSpaceShowsTheSlideAfterIt(FxRobot robot) {
        robot.type(KeyCode.G);
        TestWindows.layOutNow(robot);
        Node sixth = robot.lookup(".thumbnail-cell").match(node -> ((GridCell<?>) node).getIndex() == 5).query();
        robot.clickOn(sixth);
        counterIs("6 of 14");
        noFocusShows(robot, "a grid thumbnail");
        robot.type(KeyCode.SPACE);
        counterIs("7 of 14");
    }

    @Test
    void theStoryClickedThenSpaceShowsTheNextSlideAndNoBarRunsDownItsEdge(FxRobot robot) {
        robot.clickOn(".story-headline");
        noFocusShows(robot, "the story");
        robot.type(KeyCode.SPACE);
        counterIs("2 of 14");
    }

    @Test
    void tabShowsARingAndSpaceOrEnterPressTheButtonTabbedTo(FxRobot robot) {
        ButtonBase toggle = (ButtonBase) TestWindows.tabTo(robot, "#caption-toggle");
        TestWindows.layOutNow(robot);
        assertThat(toggle.isFocusVisible()).isTrue();
        assertThat(focusRings(stage.getScene().getRoot())).as("the ring is on the button tabbed to").containsExactly(toggle);
        robot.type(KeyCode.SPACE);
        verifyThat("#caption", isInvisible());
        counterIs("1 of 14");
        robot.type(KeyCode.ENTER);
        verifyThat("#caption", isVisible());
        counterIs("1 of 14");
    }

    @Test
    void aClickAfterTabTakesTheRingAwayAndSpaceIsTheKeyMapsAgain(FxRobot robot) {
        TestWindows.tabTo(robot, "#see-all");
        robot.clickOn("#slide-image"); // its middle third: no step
        noFocusShows(robot, "a click on the picture");
        robot.type(KeyCode.SPACE);
        verifyThat("#grid", isInvisible());
        counterIs("2 of 14");
    }
}
