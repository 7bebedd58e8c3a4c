package org.storyslides.app;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.SwipeEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.storyslides.gallery.PictureClicks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** Presentation mode, mouse and touch, driven headless with a hand-moved clock. */
class PresentationWindowTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void leavingRestoresTheWindowExactlyAsItWas(FxRobot robot) {
        SplitPane split = robot.lookup("#split").queryAs(SplitPane.class);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(640);
            split.setDividerPositions(0.33);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        double divider = split.getDividerPositions()[0];

        robot.type(KeyCode.F11);
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(split.getItems()).hasSize(1);
        robot.type(KeyCode.ESCAPE);

        assertThat(stage.isFullScreen()).isFalse();
        assertThat(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())).isEqualTo(before);
        assertThat(split.getItems()).hasSize(2);
        assertThat(split.getDividerPositions()[0]).isCloseTo(divider, within(0.005));
    }

    @Test
    void controlsAndCursorStepAsideAfterTwoSecondsAndComeBackOnMouseMove(FxRobot robot) {
        robot.type(KeyCode.F11);
        Node bar = robot.lookup(".carousel-bar").query();
        Node next = robot.lookup("#next").query();
        robot.interact(() -> clock.advance(Duration.millis(1900)));
        assertThat(bar.getOpacity()).isEqualTo(1.0);
        robot.interact(() -> clock.advance(Duration.millis(200)));
        assertThat(bar.getOpacity()).isZero();
        assertThat(next.getOpacity()).isZero();
        assertThat(stage.getScene().getCursor()).isEqualTo(Cursor.NONE);
        verifyThat("#caption", node -> node.isVisible() && node.getOpacity() == 1.0);

        robot.moveTo("#slide-image").moveBy(30, 10);
        assertThat(bar.getOpacity()).isEqualTo(1.0);
        assertThat(stage.getScene().getCursor()).isEqualTo(Cursor.DEFAULT);
    }

    @Test
    void captionsAreSetLargerWhilePresenting(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        Label quote = robot.lookup(".caption-headline").queryAs(Label.class);
        double inWindow = quote.getFont().getSize();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quote.getFont().getSize()).isGreaterThan(inWindow * 1.4);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quote.getFont().getSize()).isEqualTo(inWindow);
    }

    @Test
    void clickingTheLeftOrRightPartOfThePictureSteps(FxRobot robot) {
        Node image = robot.lookup("#slide-image").query();
        robot.clickOn(point(image, 0.85, 0.2), MouseButton.PRIMARY);
        verifyThat("#counter", hasText("1 of 14")); // a second click may yet make it a double-click
        waitOutTheDoubleClick(robot);
        verifyThat("#counter", hasText("2 of 14"));
        robot.clickOn(point(image, 0.85, 0.2), MouseButton.PRIMARY);
        waitOutTheDoubleClick(robot);
        verifyThat("#counter", hasText("3 of 14"));
        robot.clickOn(point(image, 0.5, 0.2), MouseButton.PRIMARY);
        waitOutTheDoubleClick(robot);
        verifyThat("#counter", hasText("3 of 14"));
        robot.clickOn(point(image, 0.15, 0.2), MouseButton.PRIMARY);
        waitOutTheDoubleClick(robot);
        verifyThat("#counter", hasText("2 of 14"));
    }

    @Test
    void aDoubleClickOnTheRightPartZoomsAndDoesNotStep(FxRobot robot) {
        Node image = robot.lookup("#slide-image").query();
        robot.moveTo(point(image, 0.85, 0.3)).doubleClickOn(MouseButton.PRIMARY);
        waitOutTheDoubleClick(robot);
        verifyThat("#counter", hasText("1 of 14"));
        assertThat(window.zoom().isFitted()).isFalse();
        robot.doubleClickOn(MouseButton.PRIMARY);
        assertThat(window.zoom().isFitted()).isTrue();
        robot.moveTo(point(image, 0.85, 0.3)).clickOn(MouseButton.PRIMARY);
        waitOutTheDoubleClick(robot);
        verifyThat("#counter", hasText("2 of 14"));
    }

    private void waitOutTheDoubleClick(FxRobot robot) {
        robot.interact(() -> clock.advance(PictureClicks.DOUBLE_CLICK));
    }

    @Test
    void theWheelMovesOneSlidePerNotch(FxRobot robot) {
        Node image = robot.lookup("#slide-image").query();
        // a notch is a deltaY of one multiplier (GTK: 40 px; an event built here: 1), negative when turned towards you
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> Event.fireEvent(image, wheel(-1)));
        }
        verifyThat("#counter", hasText("4 of 14"));
        robot.interact(() -> Event.fireEvent(image, wheel(1)));
        verifyThat("#counter", hasText("3 of 14"));
        // a touchpad sends small deltas: they add up to one notch
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> Event.fireEvent(image, wheel(-0.3)));
        }
        verifyThat("#counter", hasText("3 of 14"));
        robot.interact(() -> Event.fireEvent(image, wheel(-0.3)));
        verifyThat("#counter", hasText("4 of 14"));
    }

    @Test
    void swipesStep(FxRobot robot) {
        Node image = robot.lookup("#slide-image").query();
        robot.interact(() -> Event.fireEvent(image, swipe(SwipeEvent.SWIPE_LEFT)));
        verifyThat("#counter", hasText("2 of 14"));
        robot.interact(() -> Event.fireEvent(image, swipe(SwipeEvent.SWIPE_RIGHT)));
        verifyThat("#counter", hasText("1 of 14"));
    }

    @Test
    void autoplayShowsItsTimeLeftAndPausesUnderThePointer(FxRobot robot) {
        robot.moveTo("#story");
        robot.type(KeyCode.A);
        Node progress = robot.lookup(".autoplay-progress").query();
        Node stageArea = robot.lookup(".photo-stage").query();
        double full = progress.getBoundsInParent().getWidth();
        assertThat(full).isCloseTo(stageArea.getBoundsInLocal().getWidth(), within(1.0));
        robot.interact(() -> clock.advance(window.autoplay().holdTime().divide(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.getBoundsInParent().getWidth()).isCloseTo(full / 2, within(2.0));

        robot.moveTo("#slide-image");
        robot.interact(() -> clock.advance(Duration.minutes(2)));
        verifyThat("#counter", hasText("1 of 14"));
        robot.moveTo("#story");
        robot.interact(() -> clock.advance(window.autoplay().holdTime()));
        verifyThat("#counter", hasText("2 of 14"));
    }

    @Test
    void reducedMotionCanBeSetFromTheHelp(FxRobot robot) {
        robot.type(KeyCode.F1);
        robot.clickOn("#reduced-motion");
        assertThat(window.motion().isReduced()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    private static Point2D point(Node node, double xShare, double yShare) {
        var bounds = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(bounds.getMinX() + bounds.getWidth() * xShare, bounds.getMinY() + bounds.getHeight() * yShare);
    }

    private static ScrollEvent wheel(double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 100, 100, 100, 100, false, false, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.LINES, deltaY, 0, new PickResult(null, 100, 100));
    }

    private static SwipeEvent swipe(javafx.event.EventType<SwipeEvent> type) {
        return new SwipeEvent(type, 100, 100, 100, 100, false, false, false, false, true, 1, new PickResult(null, 100, 100));
    }
}
