package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.storyslides.keys.KeyMap;
import org.storyslides.presentation.ScreenCover;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** Every row of the key map, pressed as a user would, wherever the focus is. */
class KeyboardTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void counterIs(String text) {
        verifyThat("#counter", hasText(text));
    }

    @Test
    void nextSlideKeys(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        counterIs("2 of 14");
        robot.type(KeyCode.PAGE_DOWN);
        counterIs("3 of 14");
        robot.type(KeyCode.SPACE);
        counterIs("4 of 14");
        robot.type(KeyCode.N);
        counterIs("5 of 14");
    }

    @Test
    void previousSlideKeys(FxRobot robot) {
        robot.type(KeyCode.END);
        counterIs("14 of 14");
        robot.type(KeyCode.LEFT);
        counterIs("13 of 14");
        robot.type(KeyCode.PAGE_UP);
        counterIs("12 of 14");
        robot.press(KeyCode.SHIFT).type(KeyCode.SPACE).release(KeyCode.SHIFT);
        counterIs("11 of 14");
        robot.type(KeyCode.BACK_SPACE);
        counterIs("10 of 14");
        robot.type(KeyCode.HOME);
        counterIs("1 of 14");
    }

    @Test
    void keysWorkWhenAButtonHasTheFocus(FxRobot robot) {
        TestWindows.tabTo(robot, "#see-all");
        robot.type(KeyCode.RIGHT).type(KeyCode.PAGE_DOWN).type(KeyCode.N);
        counterIs("4 of 14");
        robot.type(KeyCode.SPACE); // Space presses the button Tab brought the focus to
        verifyThat("#grid", isVisible());
    }

    @Test
    void spaceOnAButtonFocusedWithoutTheKeyboardShowsTheNextSlide(FxRobot robot) {
        robot.interact(() -> robot.lookup("#see-all").queryButton().requestFocus());
        robot.type(KeyCode.SPACE);
        counterIs("2 of 14");
        assertThat(window.carousel().isGridShown()).isFalse();
    }

    @Test
    void upAndDownStillScrollTheStory(FxRobot robot) {
        javafx.scene.control.ScrollPane story = robot.lookup("#story").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(story::requestFocus);
        robot.type(KeyCode.DOWN, 5);
        assertThat(story.getVvalue()).isGreaterThan(0);
        counterIs("1 of 14");
    }

    @Test
    void typedNumberThenEnterGoesToThatSlide(FxRobot robot) {
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
        verifyThat("#slide-number", isVisible());
        verifyThat("#slide-number", hasText("Go to slide 12"));
        counterIs("1 of 14");
        robot.type(KeyCode.ENTER);
        counterIs("12 of 14");
        verifyThat("#slide-number", isInvisible());
    }

    @Test
    void aNumberOutOfRangeSaysSoAndEscCancels(FxRobot robot) {
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.ENTER);
        verifyThat("#slide-number", hasText("There is no slide 25: this gallery has slides 1 to 14"));
        counterIs("1 of 14");
        robot.type(KeyCode.ESCAPE);
        verifyThat("#slide-number", isInvisible());
        robot.type(KeyCode.NUMPAD3, KeyCode.ESCAPE, KeyCode.ENTER);
        counterIs("1 of 14");
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void cTogglesTheCaption(FxRobot robot) {
        robot.type(KeyCode.C);
        verifyThat("#caption", isInvisible());
        robot.type(KeyCode.C);
        verifyThat("#caption", isVisible());
    }

    @Test
    void gOpensTheGridWhereArrowsMoveEnterOpensAndEscGoesBack(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.G);
        verifyThat("#grid", isVisible());
        assertThat(window.carousel().getGridCursor()).isEqualTo(2);
        robot.type(KeyCode.RIGHT);
        assertThat(window.carousel().getGridCursor()).isEqualTo(3);
        int columns = window.carousel().getGridCursor();
        robot.type(KeyCode.DOWN);
        int perRow = window.carousel().getGridCursor() - columns;
        assertThat(perRow).isGreaterThan(1);
        robot.type(KeyCode.UP, KeyCode.LEFT);
        assertThat(window.carousel().getGridCursor()).isEqualTo(2);
        TestWindows.layOutNow(robot);
        Node marked = robot.lookup(".thumbnail-cell").match(node -> node.getPseudoClassStates().toString().contains("cursor")).query();
        assertThat(((org.controlsfx.control.GridCell<?>) marked).getIndex()).isEqualTo(2);
        robot.type(KeyCode.END);
        assertThat(window.carousel().getGridCursor()).isEqualTo(13);
        robot.type(KeyCode.HOME, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.ENTER);
        verifyThat("#grid", isInvisible());
        counterIs("5 of 14");
        robot.type(KeyCode.G, KeyCode.RIGHT, KeyCode.ESCAPE);
        verifyThat("#grid", isInvisible());
        counterIs("5 of 14");
        robot.type(KeyCode.G, KeyCode.G);
        verifyThat("#grid", isInvisible());
    }

    @Test
    void bracketsAndCtrlTabSwitchGalleries(FxRobot robot) {
        robot.write("]");
        verifyThat("#gallery-title", hasText("The best US military photos from 2016"));
        counterIs("1 of 20");
        robot.write("[");
        verifyThat("#gallery-title", hasText("19 memorable quotes from James 'Mad Dog' Mattis"));
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        counterIs("1 of 20");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        counterIs("1 of 14");
    }

    @Test
    void f11AndFTogglePresentation(FxRobot robot) {
        robot.type(KeyCode.F11);
        assertThat(window.presentation().isPresenting()).isTrue();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(robot.lookup("#story").tryQuery()).isEmpty();
        robot.type(KeyCode.F11);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(robot.lookup("#story").tryQuery()).isPresent();
        robot.type(KeyCode.F);
        assertThat(window.presentation().isPresenting()).isTrue();
        robot.type(KeyCode.F);
        assertThat(window.presentation().isPresenting()).isFalse();
    }

    @Test
    void f5PresentsFromTheCoverAndShiftF5FromHere(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertThat(window.presentation().isPresenting()).isTrue();
        counterIs("4 of 14");
        robot.type(KeyCode.ESCAPE);
        assertThat(window.presentation().isPresenting()).isFalse();
        robot.type(KeyCode.F5);
        assertThat(window.presentation().isPresenting()).isTrue();
        counterIs("1 of 14");
    }

    @Test
    void escClosesOneLayerAtATimeAndNeverQuits(FxRobot robot) {
        robot.type(KeyCode.F11, KeyCode.G, KeyCode.B);
        robot.type(KeyCode.DIGIT7);
        robot.type(KeyCode.F1);
        assertThat(List.of(isShown(robot, "#help"), isShown(robot, "#slide-number"), window.presentation().isCovered(),
                window.carousel().isGridShown(), window.presentation().isPresenting())).containsOnly(true);

        robot.type(KeyCode.ESCAPE);
        assertThat(isShown(robot, "#help")).isFalse();
        assertThat(isShown(robot, "#slide-number")).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(isShown(robot, "#slide-number")).isFalse();
        assertThat(window.presentation().isCovered()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(window.presentation().isCovered()).isFalse();
        assertThat(window.carousel().isGridShown()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(window.carousel().isGridShown()).isFalse();
        assertThat(window.presentation().isPresenting()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(window.presentation().isPresenting()).isFalse();
        robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void aTogglesAutoplayAndPlusMinusChangeThePace(FxRobot robot) {
        robot.write("+");
        assertThat(window.autoplay().getPace()).as("pace keys do nothing unless playing").isEqualTo(1.0);
        robot.type(KeyCode.A);
        assertThat(window.autoplay().isPlaying()).isTrue();
        verifyThat(".autoplay-progress", isVisible());
        robot.write("+");
        assertThat(window.autoplay().getPace()).isEqualTo(1.25);
        robot.write("-").write("-");
        assertThat(window.autoplay().getPace()).isEqualTo(0.8);
        robot.type(KeyCode.A);
        assertThat(window.autoplay().isPlaying()).isFalse();
    }

    @Test
    void blackAndWhiteScreensComeBackWithTheSameKeyOrANavigationKey(FxRobot robot) {
        robot.type(KeyCode.B);
        assertThat(window.presentation().getCover()).isEqualTo(ScreenCover.BLACK);
        verifyThat("#screen-cover", isVisible());
        robot.type(KeyCode.B);
        assertThat(window.presentation().getCover()).isEqualTo(ScreenCover.NONE);
        robot.write(".");
        assertThat(window.presentation().getCover()).isEqualTo(ScreenCover.BLACK);
        robot.type(KeyCode.RIGHT);
        assertThat(window.presentation().getCover()).isEqualTo(ScreenCover.NONE);
        counterIs("1 of 14");
        robot.type(KeyCode.W);
        assertThat(window.presentation().getCover()).isEqualTo(ScreenCover.WHITE);
        robot.write(",");
        assertThat(window.presentation().getCover()).isEqualTo(ScreenCover.NONE);
        robot.type(KeyCode.W, KeyCode.PAGE_DOWN);
        assertThat(window.presentation().getCover()).isEqualTo(ScreenCover.NONE);
        verifyThat("#screen-cover", isInvisible());
    }

    @Test
    void questionMarkAndF1ShowHelpListingExactlyTheKeyMap(FxRobot robot) {
        robot.write("?");
        verifyThat("#help", isVisible());
        List<String> listed = robot.lookup("#help .help-description").queryAllAs(Label.class).stream().map(Label::getText).toList();
        List<String> keysListed = robot.lookup("#help .help-keys").queryAllAs(Label.class).stream().map(Label::getText).toList();
        List<KeyMap.Row> rows = window.keyMap().rows();
        assertThat(listed).containsExactlyElementsOf(rows.stream().map(KeyMap.Row::description).toList());
        assertThat(keysListed).containsExactlyElementsOf(rows.stream().map(KeyMap.Row::keysText).toList());
        assertThat(keysListed).contains("Right, Page Down, Space, N", "Left, Page Up, Shift+Space, Backspace", "?, F1");
        robot.write("?");
        verifyThat("#help", isInvisible());
        robot.type(KeyCode.F1);
        verifyThat("#help", isVisible());
        robot.type(KeyCode.F1);
        verifyThat("#help", isInvisible());
    }

    @Test
    void ctrlPlusMinusZeroSizeTheStoryText(FxRobot robot) {
        Label paragraph = robot.lookup(".story-paragraph").queryAs(Label.class);
        double normal = paragraph.getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraph.getFont().getSize()).isGreaterThan(normal);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS, KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraph.getFont().getSize()).isLessThan(normal);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraph.getFont().getSize()).isEqualTo(normal);
        assertThat(window.autoplay().getPace()).as("Ctrl+Minus is not the pace key").isEqualTo(1.0);
    }

    @Test
    void theHelpListsEveryGestureBesideTheKeysInItsSectionSetApart(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> gestures = robot.lookup("#help .help-keys.help-gesture").queryAllAs(Label.class).stream().toList();
        assertThat(gestures.stream().map(Label::getText).toList())
                .containsExactlyElementsOf(window.keyMap().gestures().stream().map(KeyMap.Gesture::keysText).toList())
                .contains("Click a thumbnail", "Drop a folder or story.json", "Wheel on the story", "Click SEE ALL / BACK TO SLIDE");
        Label key = robot.lookup("#help .help-keys").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals("Enter, Space")).findFirst().orElseThrow();
        Label click = gestures.stream().filter(label -> label.getText().equals("Click a thumbnail")).findFirst().orElseThrow();
        // in the grid's section, in the keys' column of the same table, right-aligned with the keys; words, not keys in bold
        assertThat(click.getParent()).isSameAs(key.getParent());
        assertThat(GridPane.getColumnIndex(click)).isEqualTo(GridPane.getColumnIndex(key)).isZero();
        assertThat(GridPane.getRowIndex(click)).isGreaterThan(GridPane.getRowIndex(key));
        javafx.geometry.Bounds clickShown = click.localToScene(click.getLayoutBounds());
        javafx.geometry.Bounds keyShown = key.localToScene(key.getLayoutBounds());
        assertThat(clickShown.getMaxX()).isCloseTo(keyShown.getMaxX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(key.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(click.getFont().getStyle()).doesNotContainIgnoringCase("bold");
        Label description = robot.lookup("#help .help-description").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().equals(window.keyMap().gestures().stream()
                        .filter(gesture -> gesture.keysText().equals("Click a thumbnail")).findFirst().orElseThrow().description()))
                .findFirst().orElseThrow();
        assertThat(GridPane.getRowIndex(description)).isEqualTo(GridPane.getRowIndex(click));
        assertThat(robot.lookup("#help .help-title").queryAs(Label.class).getText()).isEqualTo("Keys and gestures");
    }

    /** (On a real screen it is unscaled too, under X at 1280x720; the headless toolkit sets text a third larger.) */
    @Test
    void atTheDefaultSizeTheHelpFitsInThreeColumns(FxRobot robot) {
        assertThat(stage.getWidth()).isEqualTo(1280);
        assertThat(stage.getHeight()).isEqualTo(720);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node panel = robot.lookup(".help-panel").query();
        assertThat(robot.lookup("#help .help-table").queryAll()).hasSize(3);
        javafx.geometry.Bounds shown = panel.localToScene(panel.getLayoutBounds());
        assertThat(shown.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(shown.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(shown.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(shown.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
        // the sections are whole, each in one column
        assertThat(robot.lookup("#help .help-table").queryAllAs(Node.class)).allSatisfy(table -> assertThat(table.lookup(".help-section")).isNotNull());
    }

    @Test
    void atTheMinimumSizeTheHelpStillFitsTheWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(SlideshowWindow.MIN_WIDTH);
            stage.setHeight(SlideshowWindow.MIN_HEIGHT);
        });
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node panel = robot.lookup(".help-panel").query();
        javafx.geometry.Bounds shown = panel.localToScene(panel.getLayoutBounds());
        assertThat(shown.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(shown.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(shown.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(shown.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
        for (Label label : robot.lookup("#help .label").queryAllAs(Label.class)) {
            javafx.scene.text.Text text = (javafx.scene.text.Text) label.lookup(".text");
            assertThat(text.getText()).as("shown in full").isEqualTo(label.getText());
        }
    }

    private static boolean isShown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
