package org.storyslides.app;

import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The filmstrip on the bundled content: T shows it, a click on a thumbnail shows its slide, the keys go on working. */
class FilmstripWindowTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** The strip's cell showing slide {@code index} (0-based), laid out as the next pulse would. */
    static IndexedCell<?> cell(FxRobot robot, int index) {
        TestWindows.layOutNow(robot);
        return (IndexedCell<?>) robot.lookup("#filmstrip .filmstrip-cell")
                .match(node -> node.isVisible() && ((IndexedCell<?>) node).getIndex() == index).query();
    }

    static boolean isCurrent(Node cell) {
        return cell.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("current"));
    }

    /** The cell of the slide on show is marked, the only one marked, and wholly inside the strip on screen. */
    static void currentCellIsMarkedAndOnScreen(FxRobot robot, int index) {
        IndexedCell<?> current = cell(robot, index);
        assertThat(isCurrent(current)).as("slide %d marked", index + 1).isTrue();
        assertThat(robot.lookup("#filmstrip .filmstrip-cell").queryAll().stream()
                .filter(node -> node.isVisible() && isCurrent(node))).containsExactly(current);
        Node strip = robot.lookup("#filmstrip").query();
        Bounds shown = current.localToScreen(current.getLayoutBounds());
        Bounds area = strip.localToScreen(strip.getLayoutBounds());
        assertThat(shown.getMinX()).as("left edge in the strip").isGreaterThanOrEqualTo(area.getMinX());
        assertThat(shown.getMaxX()).as("right edge in the strip").isLessThanOrEqualTo(area.getMaxX());
    }

    @Test
    void tShowsAndHidesTheFilmstripWhichStepsAsideForTheGrid(FxRobot robot) {
        verifyThat("#filmstrip", isInvisible());
        robot.type(KeyCode.T);
        verifyThat("#filmstrip", isVisible());
        assertThat(window.filmstrip().isShown()).isTrue();
        currentCellIsMarkedAndOnScreen(robot, 0);
        robot.type(KeyCode.G);
        verifyThat("#filmstrip", isInvisible());
        robot.type(KeyCode.G);
        verifyThat("#filmstrip", isVisible());
        robot.type(KeyCode.T);
        verifyThat("#filmstrip", isInvisible());
        assertThat(window.filmstrip().isShown()).isFalse();
    }

    @Test
    void aClickOnAThumbnailShowsItsSlideAndLeftAndRightStillChangeSlides(FxRobot robot) {
        robot.type(KeyCode.T);
        robot.clickOn(cell(robot, 3));
        verifyThat("#counter", hasText("4 of 14"));
        currentCellIsMarkedAndOnScreen(robot, 3);
        Node strip = robot.lookup("#filmstrip").query();
        Node focused = stage.getScene().getFocusOwner();
        for (Node node = focused; node != null; node = node.getParent()) {
            assertThat(node).as("the strip never takes the focus").isNotSameAs(strip);
        }
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("5 of 14"));
        currentCellIsMarkedAndOnScreen(robot, 4);
        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        verifyThat("#counter", hasText("3 of 14"));
        robot.clickOn(cell(robot, 0));
        verifyThat("#counter", hasText("1 of 14"));
        robot.type(KeyCode.END);
        verifyThat("#counter", hasText("14 of 14"));
        currentCellIsMarkedAndOnScreen(robot, 13);
    }

    @Test
    void theWheelOverTheStripTurnsTheStripNotTheSlides(FxRobot robot) {
        robot.type(KeyCode.T, KeyCode.DIGIT7, KeyCode.ENTER);
        verifyThat("#counter", hasText("7 of 14"));
        TestWindows.layOutNow(robot);
        VirtualFlow<?> flow = robot.lookup("#filmstrip .virtual-flow").queryAs(VirtualFlow.class);
        double centred = flow.getPosition();
        assertThat(centred).isStrictlyBetween(0.0, 1.0);
        // the way round is not asserted: the headless robot's DOWN gives a positive delta, a desktop's wheel a negative one
        robot.moveTo(cell(robot, 6)).scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.getPosition()).isNotEqualTo(centred);
        verifyThat("#counter", hasText("7 of 14"));
    }

    @Test
    void theStripHasOneHeightSoThePictureShrinksOnceWhenItIsShown(FxRobot robot) {
        robot.type(KeyCode.C); // without the caption, whose height is each slide's own, the picture area is the rest
        WaitForAsyncUtils.waitForFxEvents();
        Node pictureArea = robot.lookup(".photo-stage").query();
        double without = pictureArea.getLayoutBounds().getHeight();
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        double strip = robot.lookup("#filmstrip").query().getLayoutBounds().getHeight();
        assertThat(strip).isGreaterThan(54);
        double with = pictureArea.getLayoutBounds().getHeight();
        assertThat(with).isEqualTo(without - strip);
        for (int slide = 2; slide <= 5; slide++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(pictureArea.getLayoutBounds().getHeight()).as("slide %d", slide).isEqualTo(with);
            assertThat(robot.lookup("#filmstrip").query().getLayoutBounds().getHeight()).isEqualTo(strip);
        }
    }

    @Test
    void theSlideOnShowIsInViewAfterAGalleryChange(FxRobot robot) throws Exception {
        robot.type(KeyCode.T, KeyCode.END);
        currentCellIsMarkedAndOnScreen(robot, 13);
        robot.write("]");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.carousel().getGallery().size() == 20);
        verifyThat("#counter", hasText("1 of 20"));
        currentCellIsMarkedAndOnScreen(robot, 0);
        robot.type(KeyCode.END);
        currentCellIsMarkedAndOnScreen(robot, 19);
        // typed: a jump across the strip
        robot.type(KeyCode.DIGIT9, KeyCode.ENTER);
        verifyThat("#counter", hasText("9 of 20"));
        currentCellIsMarkedAndOnScreen(robot, 8);
    }

    @Test
    void inPresentationTheStripShowsAndStepsAsideWithTheControls(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.T, KeyCode.F11);
        assertThat(stage.isFullScreen()).isTrue();
        Node strip = robot.lookup("#filmstrip").query();
        verifyThat("#filmstrip", isVisible());
        assertThat(strip.getOpacity()).isEqualTo(1.0);
        currentCellIsMarkedAndOnScreen(robot, 2);
        robot.interact(() -> clock.advance(Duration.millis(2100)));
        assertThat(strip.getOpacity()).as("it fades with the bar").isZero();
        robot.moveTo("#slide-image").moveBy(30, 10);
        assertThat(strip.getOpacity()).as("and comes back with the pointer").isEqualTo(1.0);
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("4 of 14"));
        currentCellIsMarkedAndOnScreen(robot, 3);
        robot.type(KeyCode.ESCAPE);
        assertThat(stage.isFullScreen()).isFalse();
        verifyThat("#filmstrip", isVisible());
    }
}
