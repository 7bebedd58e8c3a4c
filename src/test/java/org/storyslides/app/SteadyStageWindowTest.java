package org.storyslides.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * The picture does not move from slide to slide: the caption under it is a band of one height for
 * the whole gallery, whatever each slide's caption says (the bundled galleries' captions run from
 * none to six lines).
 */
class SteadyStageWindowTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void thePictureAndItsButtonsStayPutThroughBothBundledGalleries(FxRobot robot) {
        assertSteadyThroughTheGallery(robot, "1 of 14", 14);
        robot.write("]");
        verifyThat("#counter", hasText("1 of 20"));
        assertSteadyThroughTheGallery(robot, "1 of 20", 20);
    }

    @Test
    void atAnotherWindowSizeTooAndTheBandIsMeasuredForItNotOnEachKey(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(640);
        });
        TestWindows.layOutNow(robot);
        // the band is measured with a copy of the caption's text, in the caption only while it is measured
        AtomicInteger measured = new AtomicInteger();
        Parent caption = robot.lookup("#caption").queryParent();
        robot.interact(() -> caption.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                measured.addAndGet(change.getAddedSize());
            }
        }));
        assertSteadyThroughTheGallery(robot, "1 of 14", 14);
        assertThat(measured).as("measurings while stepping through the slides").hasValue(0);

        robot.interact(() -> stage.setWidth(1100));
        TestWindows.layOutNow(robot);
        assertThat(measured).as("measurings for a new width").hasPositiveValue();
        measured.set(0);
        assertSteadyThroughTheGallery(robot, "1 of 14", 14);
        assertThat(measured).hasValue(0);
    }

    /** From the cover to the last slide, the stage, the picture and the next button have the same bounds in the scene. */
    private void assertSteadyThroughTheGallery(FxRobot robot, String cover, int slides) {
        robot.type(KeyCode.HOME);
        verifyThat("#counter", hasText(cover));
        List<List<Bounds>> seen = new ArrayList<>();
        for (int i = 0; i < slides; i++) {
            TestWindows.layOutNow(robot);
            WaitForAsyncUtils.waitForFxEvents();
            seen.add(List.of(inScene(robot, ".photo-stage"), inScene(robot, "#slide-image"), inScene(robot, "#next"),
                    inScene(robot, "#caption")));
            robot.type(KeyCode.RIGHT);
        }
        assertThat(seen).as("stage, picture, next button, caption on each slide").allSatisfy(bounds -> assertThat(bounds).isEqualTo(seen.get(0)));
        assertThat(seen.get(0).get(0).getHeight()).as("the picture area").isGreaterThan(200);
    }

    private static Bounds inScene(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getLayoutBounds());
    }
}
