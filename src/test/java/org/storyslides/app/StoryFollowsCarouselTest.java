package org.storyslides.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** When the gallery on show changes, the story scrolls that gallery's card into view (at once here: no motion in tests). */
class StoryFollowsCarouselTest extends BundledWindowTest {

    private static final String QUOTES = "mattis-quotes";
    private static final String MILITARY = "military-photos-2016";

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void galleryOnShowIs(String id) throws TimeoutException {
        // a gallery is read in the background the first time it is shown
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.carousel().getGallery().id().equals(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node card(FxRobot robot, int n) {
        List<Node> cards = List.copyOf(robot.lookup("#story .gallery-card").queryAll());
        return cards.get(n);
    }

    /** The card lies wholly inside the story's viewport, as the reader sees it. */
    private static boolean wholeInView(FxRobot robot, Node card) {
        TestWindows.layOutNow(robot);
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        Node viewport = story.lookup(".viewport");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        Bounds bounds = card.localToScene(card.getLayoutBounds());
        return bounds.getMinY() >= shown.getMinY() && bounds.getMaxY() <= shown.getMaxY();
    }

    @Test
    void afterRightBracketTheMilitaryGallerysCardIsInsideTheStorysViewport(FxRobot robot) throws TimeoutException {
        assertThat(window.carousel().getGallery().id()).isEqualTo(QUOTES);
        assertThat(wholeInView(robot, card(robot, 1))).as("the military card starts out of view").isFalse();

        robot.write("]");
        galleryOnShowIs(MILITARY);

        assertThat(wholeInView(robot, card(robot, 1))).isTrue();
    }

    @Test
    void ctrlTabAndLeftBracketBringTheirGallerysCardIntoViewToo(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        galleryOnShowIs(MILITARY);
        assertThat(wholeInView(robot, card(robot, 1))).isTrue();

        robot.interact(() -> robot.lookup("#story").queryAs(ScrollPane.class).setVvalue(1));
        assertThat(wholeInView(robot, card(robot, 0))).as("the quotes card scrolled away").isFalse();
        robot.write("[");
        galleryOnShowIs(QUOTES);
        assertThat(wholeInView(robot, card(robot, 0))).isTrue();
    }

    @Test
    void aCardAlreadyWholeOnScreenLeavesTheStoryWhereItIs(FxRobot robot) throws TimeoutException {
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        Node military = card(robot, 1);
        robot.interact(() -> {
            // the military card in the middle of the viewport, as a reader might have scrolled it
            Node content = story.getContent();
            Bounds bounds = content.sceneToLocal(military.localToScene(military.getLayoutBounds()));
            double viewport = story.getViewportBounds().getHeight();
            double scrollable = content.getLayoutBounds().getHeight() - viewport;
            story.setVvalue((bounds.getCenterY() - viewport / 2) / scrollable);
        });
        assertThat(wholeInView(robot, military)).isTrue();
        double before = story.getVvalue();

        robot.write("]");
        galleryOnShowIs(MILITARY);

        assertThat(story.getVvalue()).isEqualTo(before);
    }

    @Test
    void aGalleryChangedWhilePresentingIsInViewWhenTheStoryComesBack(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.F);
        robot.write("]");
        galleryOnShowIs(MILITARY);
        robot.type(KeyCode.ESCAPE);
        assertThat(window.presentation().isPresenting()).isFalse();

        assertThat(wholeInView(robot, card(robot, 1))).isTrue();
    }
}
