package org.storyslides.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.storyslides.presentation.PauseReason;
import org.storyslides.search.SearchResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Search as a reader uses it: open with Ctrl+F or /, type, follow a result to its slide or paragraph, Esc back. */
class SearchWindowTest extends BundledWindowTest {

    private static final String MILITARY = "military-photos-2016";

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#search").queryAs(TextField.class);
    }

    /** Types into the search field and waits for the results it gives (the galleries are read in the background). */
    private List<SearchResult> search(FxRobot robot, String words, int atLeast) throws TimeoutException {
        robot.write(words);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.search().indexProperty().get().complete()
                && window.search().getResults().size() >= atLeast && field(robot).getText().equals(words));
        WaitForAsyncUtils.waitForFxEvents();
        TestWindows.layOutNow(robot);
        return window.search().getResults();
    }

    private void slideOnShowIs(String gallery, int slide) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.carousel().getGallery().id().equals(gallery)
                && window.carousel().getSlideIndex() == slide);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<ListCell<?>> cells(FxRobot robot) {
        return robot.lookup("#search-results .list-cell").queryAll().stream().<ListCell<?>>map(node -> (ListCell<?>) node)
                .filter(cell -> !cell.isEmpty() && cell.isVisible()).toList();
    }

    @Test
    void chinookLeadsToTheMilitaryGallerysSlideWithTheChinookCaption(FxRobot robot) throws TimeoutException {
        assertThat(robot.lookup("#search-layer").tryQuery().map(Node::isVisible)).as("not shown before Ctrl+F")
                .isIn(Optional.empty(), Optional.of(false));
        ctrl(robot, KeyCode.F);
        assertThat(robot.lookup("#search-layer").query().isVisible()).isTrue();
        assertThat(field(robot).isFocused()).isTrue();
        search(robot, "Chinook", 1);

        ListCell<?> first = cells(robot).get(0);
        assertThat(first.lookup(".search-where")).isInstanceOfSatisfying(Label.class,
                where -> assertThat(where.getText()).isEqualTo("The best US military photos from 2016, slide 8"));
        assertThat(robot.lookup("#search-status").queryAs(Label.class).getText()).isEqualTo("1 of 1");
        assertThat(first.lookupAll(".search-hit")).singleElement()
                .satisfies(hit -> assertThat(((javafx.scene.text.Text) hit).getText()).isEqualTo("Chinook"));

        robot.type(KeyCode.ENTER);
        slideOnShowIs(MILITARY, 7);
        assertThat(String.join(" ", window.carousel().slideProperty().get().caption())).contains("CH-47F Chinook helicopter");
        assertThat(robot.lookup("#counter").queryAs(Label.class).getText()).isEqualTo("8 of 20");
        assertThat(window.search().isOpen()).as("Enter keeps the field open to step on").isTrue();

        robot.type(KeyCode.ESCAPE);
        assertThat(window.search().isOpen()).isFalse();
        assertThat(robot.lookup("#search-layer").query().isVisible()).isFalse();
        slideOnShowIs(MILITARY, 7); // gone to: Esc stays
    }

    @Test
    void aStoryResultScrollsTheStoryToItsParagraphAndMarksIt(FxRobot robot) throws TimeoutException {
        robot.write("/");
        assertThat(window.search().isOpen()).isTrue();
        List<SearchResult> results = search(robot, "Shoigu", 1);
        ListCell<?> first = cells(robot).get(0);
        assertThat(((Label) first.lookup(".search-where")).getText()).isEqualTo("Story, paragraph 4");

        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().isOpen()).as("a click picks and closes").isFalse();
        TestWindows.layOutNow(robot);
        Node paragraph = robot.lookup("#story .found").query();
        assertThat(((Label) paragraph).getText()).startsWith("Mattis' remarks came shortly after his Russian counterpart, Sergei Shoigu");
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        assertThat(story.getVvalue()).as("scrolled down to it").isGreaterThan(0);
        Node viewport = story.lookup(".viewport");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        Bounds bounds = paragraph.localToScene(paragraph.getLayoutBounds());
        assertThat(bounds.getMinY()).isGreaterThanOrEqualTo(shown.getMinY());
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());
        assertThat(results).isNotEmpty();
    }

    @Test
    void lookingWithDownThenEscReturnsToWhereTheReaderWas(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.RIGHT);
        slideOnShowIs("mattis-quotes", 1);
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        double scrolled = story.getVvalue();
        ctrl(robot, KeyCode.F);
        search(robot, "chinook", 1);
        robot.type(KeyCode.DOWN);
        slideOnShowIs(MILITARY, 7);

        robot.type(KeyCode.ESCAPE);
        slideOnShowIs("mattis-quotes", 1);
        assertThat(window.search().isOpen()).isFalse();
        assertThat(story.getVvalue()).isEqualTo(scrolled);
        assertThat(robot.lookup("#story").query().isFocused()).as("the focus is back where it was").isTrue();
    }

    @Test
    void keysTypeIntoTheFieldInsteadOfDrivingTheSlides(FxRobot robot) throws TimeoutException {
        ctrl(robot, KeyCode.F);
        search(robot, "n c g ]", 0);
        assertThat(window.carousel().getSlideIndex()).isZero();
        assertThat(window.carousel().isCaptionVisible()).isTrue();
        assertThat(window.carousel().isGridShown()).isFalse();
        assertThat(window.carousel().getGallery().id()).isEqualTo("mattis-quotes");
        assertThat(field(robot).getText()).isEqualTo("n c g ]");
    }

    @Test
    void f3StepsThroughTheResultsAfterTheFieldIsClosedAndShiftF3GoesBack(FxRobot robot) throws TimeoutException {
        ctrl(robot, KeyCode.F);
        List<SearchResult> results = search(robot, "helicopter", 2);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().getSelected()).isZero();
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().getSelected()).isEqualTo(1);
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().getSelected()).isZero();
        org.storyslides.search.SearchPlace.Slide first = (org.storyslides.search.SearchPlace.Slide) results.get(0).place();
        slideOnShowIs(first.galleryId(), first.slide());
        assertThat(window.search().isOpen()).isFalse();
    }

    @Test
    void autoplayHoldsWhileSearchIsOpen(FxRobot robot) {
        robot.type(KeyCode.A);
        ctrl(robot, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.autoplay().pauseReasonProperty().get()).isEqualTo(Optional.of(PauseReason.SEARCH));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.autoplay().pauseReasonProperty().get()).isEmpty();
    }

    @Test
    void theResultsListNeverTakesTheKeysFromTheField(FxRobot robot) throws TimeoutException {
        ctrl(robot, KeyCode.F);
        search(robot, "mattis", 3);
        ListView<?> list = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(list.isFocusTraversable()).isFalse();
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(field(robot).isFocused()).isTrue();
    }

    @Test
    void lookingAtAStoryResultWhilePresentingLeavesPresentationKeepsTheFieldAndEscPresentsAgain(FxRobot robot)
            throws TimeoutException {
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presentation().isPresenting()).isTrue();
        ctrl(robot, KeyCode.F);
        search(robot, "Shoigu", 1);
        robot.type(KeyCode.DOWN); // the first result was selected: Down looks at the second, a story paragraph too
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.presentation().isPresenting()).as("the story is hidden while presenting").isFalse();
        assertThat(window.search().isOpen()).isTrue();
        assertThat(field(robot).getScene().getFocusOwner()).as("the keys stay in the field").isSameAs(field(robot));
        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot).getText()).isEqualTo("Shoigux");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().isOpen()).isFalse();
        assertThat(window.presentation().isPresenting()).as("back to where the reader was: presenting").isTrue();
    }

    @Test
    void aClickOutsideThePanelClosesSearchWhereTheWindowIs(FxRobot robot) throws TimeoutException {
        ctrl(robot, KeyCode.F);
        search(robot, "chinook", 1);
        robot.type(KeyCode.DOWN);
        slideOnShowIs(MILITARY, 7);
        robot.clickOn("#counter");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.search().isOpen()).isFalse();
        slideOnShowIs(MILITARY, 7); // not brought back: the reader went on from there
    }

    @Test
    void goingToAStoryResultWhilePresentingShowsTheStoryScrolledToItsParagraph(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.F);
        ctrl(robot, KeyCode.F);
        search(robot, "Shoigu", 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TestWindows.layOutNow(robot);
        assertThat(window.presentation().isPresenting()).isFalse();
        Node paragraph = robot.lookup("#story .found").query();
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        Node viewport = story.lookup(".viewport");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        Bounds bounds = paragraph.localToScene(paragraph.getLayoutBounds());
        assertThat(bounds.getMinY()).as("vvalue " + story.getVvalue()).isGreaterThanOrEqualTo(shown.getMinY());
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());
    }

    @Test
    void aParagraphFoundIsScrolledToAgainWhenTheWindowChangesSizeWhileItIsMarked(FxRobot robot) throws TimeoutException {
        // as when leaving full screen under a window manager: the first layout comes at the old size
        ctrl(robot, KeyCode.F);
        search(robot, "Shoigu", 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TestWindows.layOutNow(robot);
        robot.interact(() -> stage.setHeight(stage.getHeight() - 200));
        WaitForAsyncUtils.waitForFxEvents();
        TestWindows.layOutNow(robot);
        Node paragraph = robot.lookup("#story .found").query();
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        Node viewport = story.lookup(".viewport");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        Bounds bounds = paragraph.localToScene(paragraph.getLayoutBounds());
        assertThat(bounds.getMinY()).isGreaterThanOrEqualTo(shown.getMinY());
        assertThat(bounds.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());
    }
}
