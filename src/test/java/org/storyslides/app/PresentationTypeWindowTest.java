package org.storyslides.app;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * Presenting, the caption's type follows the screen's height, so it reads the same from the back of
 * the room on a 1600x1000 screen and a 2560x1440 one, and the caption keeps to a fifth of the screen.
 * Monocle's headless screen is 1280x800 and a window larger than it cannot be drawn there (its
 * framebuffer overflows), so the two heights are 560 and 800, in the ratio of 1000 to 1440, and the
 * size at 1440 follows from the proportion measured.
 */
class PresentationTypeWindowTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void captionTypeIsAShareOfTheScreensHeightAndTheCaptionAFifthOfItAtMost(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.F11);
        Type low = typeAt(robot, 1280, 560);
        Type high = typeAt(robot, 1280, 800);

        assertThat(high.paragraph()).as("in proportion to the height").isCloseTo(low.paragraph() * 800 / 560, within(1.0));
        assertThat(high.paragraph() / 800 * 1440).as("caption type on a 1440 px screen").isGreaterThanOrEqualTo(36);
        for (Type type : new Type[]{low, high}) {
            assertThat(type.paragraph()).as("caption type at %.0f", type.height()).isCloseTo(type.height() / 38, within(1.0));
            assertThat(type.credit()).as("credit at %.0f", type.height()).isGreaterThanOrEqualTo(0.6 * type.paragraph());
            assertThat(type.quote()).as("the quote is set larger").isGreaterThan(type.paragraph());
            assertThat(type.caption()).as("the caption's height at %.0f", type.height()).isLessThanOrEqualTo(0.2 * type.height() + 1);
        }

        robot.type(KeyCode.ESCAPE);
        assertThat(paragraphSize(robot)).as("the window's own type again").isEqualTo(13);
    }

    @Test
    void aLongCaptionScrollsWithTheSameKeysWhilePresenting(FxRobot robot) {
        robot.type(KeyCode.F11);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT0);
        robot.type(KeyCode.ENTER);
        verifyThat("#counter", hasText("10 of 14"));
        Type type = typeAt(robot, 1280, 800);
        assertThat(type.caption()).isLessThanOrEqualTo(0.2 * 800 + 1);
        ScrollPane scroll = robot.from(robot.lookup("#caption").queryParent()).lookup(".scroll-pane").queryAs(ScrollPane.class);
        assertThat(scroll.getVvalue()).isZero();
        robot.type(KeyCode.J);
        assertThat(scroll.getVvalue()).isPositive();
        robot.type(KeyCode.K);
        assertThat(scroll.getVvalue()).isZero();
    }

    record Type(double height, double paragraph, double credit, double quote, double caption) {
    }

    private Type typeAt(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            // all of it on the screen: Monocle cannot draw a window that reaches past it
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        TestWindows.layOutNow(robot);
        assertThat(stage.getScene().getHeight()).as("the scene's height").isEqualTo(height);
        Parent caption = robot.lookup("#caption").queryParent();
        return new Type(height, paragraphSize(robot),
                robot.from(caption).lookup(".caption-credit").queryAs(Label.class).getFont().getSize(),
                robot.from(caption).lookup(".caption-headline").queryAs(Label.class).getFont().getSize(),
                ((Region) caption).getHeight());
    }

    private static double paragraphSize(FxRobot robot) {
        return robot.from(robot.lookup("#caption").queryParent()).lookup(".caption-paragraph").queryAs(Label.class).getFont().getSize();
    }
}
