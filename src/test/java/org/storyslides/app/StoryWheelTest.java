package org.storyslides.app;

import javafx.geometry.VerticalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The story pane under the mouse wheel: three lines of its body text a notch, not JavaFX's 40 px crawl. */
class StoryWheelTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private static double scrolledPixels(ScrollPane story) {
        return story.getVvalue() * (story.getContent().getLayoutBounds().getHeight() - story.getViewportBounds().getHeight());
    }

    /** A line of the story's body text as the reader sees it: the paragraphs' font and line spacing. */
    private static double bodyLine(FxRobot robot) {
        Label paragraph = robot.lookup("#story .story-paragraph").queryAs(Label.class);
        Text line = new Text("Mg");
        line.setFont(paragraph.getFont());
        return line.getLayoutBounds().getHeight() + paragraph.getLineSpacing();
    }

    @Test
    void aWheelNotchOverTheStoryMovesItThreeLinesOfItsText(FxRobot robot) {
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        robot.interact(() -> story.setVvalue(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        double before = scrolledPixels(story);

        robot.moveTo(story).scroll(1, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        double moved = Math.abs(scrolledPixels(story) - before);
        assertThat(bodyLine(robot)).as("a line of body text").isGreaterThan(15);
        assertThat(moved).isCloseTo(3 * bodyLine(robot), within(0.5));
    }

    @Test
    void twoNotchesMoveTwiceAsFar(FxRobot robot) {
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        robot.interact(() -> story.setVvalue(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        double before = scrolledPixels(story);

        robot.moveTo(story).scroll(2, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Math.abs(scrolledPixels(story) - before)).isCloseTo(6 * bodyLine(robot), within(1.0));
    }
}
