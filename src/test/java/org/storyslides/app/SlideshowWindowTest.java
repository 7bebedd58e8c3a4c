package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The window as a user drives it: clicks and keys, asserting what is on screen. */
class SlideshowWindowTest extends BundledWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void opensOnTheQuotesGalleryAtItsCoverWithItsTitleShownOnce(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Defense secretary Mattis sees no American military collaboration with Russia");
        verifyThat("#gallery-title", hasText("19 memorable quotes from James 'Mad Dog' Mattis"));
        verifyThat("#counter", hasText("1 of 14"));
        verifyThat("#previous", isDisabled());
        verifyThat("#next", isEnabled());
        // the header names the gallery; the cover's caption, whose headline is that title, adds only the count
        assertThat(captionTexts(robot)).containsExactly("14 PHOTOS");
    }

    @Test
    void theWindowHasTheAppIconAtEachSize() {
        List<Image> icons = stage.getIcons();
        assertThat(icons).noneMatch(Image::isError);
        assertThat(icons).extracting(icon -> (int) icon.getWidth()).containsExactly(16, 24, 32, 48, 64, 128, 256);
        assertThat(icons).allMatch(icon -> icon.getHeight() == icon.getWidth());
    }

    @Test
    void theStoryShowsHeaderParagraphsCardsAndRelatedHeadlines(FxRobot robot) {
        assertThat(robot.lookup(".story-headline").queryLabeled().getText())
                .isEqualTo("Defense secretary Mattis sees no American military collaboration with Russia");
        assertThat(robot.lookup(".story-meta").queryLabeled().getText()).isEqualTo("Reuters \u00b7 BRUSSELS \u00b7 Feb 16, 2017");
        assertThat(robot.lookup(".story-paragraph").queryAll()).hasSize(17);
        assertThat(robot.lookup(".gallery-card-count").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("14 PHOTOS", "20 PHOTOS");
        assertThat(robot.lookup(".see-also-headline").queryAllAs(Label.class)).extracting(Label::getText).containsExactly(
                "Democratic Rep. Seth Moulton says Trump-Russia allegations are the 'definition of treason'",
                "Russian spy ship built for eavesdropping spotted 30 miles from a US submarine base");
    }

    @Test
    void nextAndPreviousStepWithoutWrapping(FxRobot robot) {
        robot.clickOn("#next");
        verifyThat("#counter", hasText("2 of 14"));
        verifyThat("#previous", isEnabled());
        assertThat(captionTexts(robot)).contains(
                "\"You cannot allow any of your people to avoid the brutal facts. If they start living in a dream world, it's going to be bad.\"",
                "Photo by Allison Shelley/Getty Images")
                .doesNotContain("14 PHOTOS");
        robot.clickOn("#previous");
        verifyThat("#counter", hasText("1 of 14"));
        for (int i = 0; i < 13; i++) {
            robot.type(KeyCode.RIGHT);
        }
        verifyThat("#counter", hasText("14 of 14"));
        verifyThat("#next", isDisabled());
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("14 of 14"));
    }

    @Test
    void captionHidesGivesItsRoomAndStaysHiddenAcrossSlidesAndGalleries(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double imageHeightWithCaption = robot.lookup("#slide-image").query().getBoundsInParent().getHeight();
        assertThat(robot.lookup("#caption").query().getLayoutBounds().getHeight()).isGreaterThan(40);
        robot.clickOn("#caption-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#caption", isInvisible());
        verifyThat("#caption-toggle", hasText("SHOW CAPTION"));
        assertThat(robot.lookup("#caption").query().isManaged()).isFalse();
        assertThat(robot.lookup("#slide-image").query().getBoundsInParent().getHeight()).isGreaterThan(imageHeightWithCaption);
        robot.clickOn("#next");
        verifyThat("#caption", isInvisible());
        robot.clickOn(seeGallery(robot, 1));
        verifyThat("#counter", hasText("1 of 20"));
        verifyThat("#caption", isInvisible());
        robot.clickOn("#caption-toggle");
        verifyThat("#caption", isVisible());
        verifyThat("#caption-toggle", hasText("HIDE CAPTION"));
    }

    @Test
    void storyCardsSwitchGalleriesAndMarkTheOneOnShow(FxRobot robot) throws IOException {
        List<Node> cards = robot.lookup(".gallery-card").queryAll().stream().toList();
        assertThat(cards.get(0).getPseudoClassStates()).extracting(Object::toString).contains("on-show");
        robot.clickOn("#next");
        robot.clickOn(seeGallery(robot, 1));
        verifyThat("#gallery-title", hasText("The best US military photos from 2016"));
        verifyThat("#counter", hasText("1 of 20"));
        assertThat(cards.get(1).getPseudoClassStates()).extracting(Object::toString).contains("on-show");
        assertThat(cards.get(0).getPseudoClassStates()).extracting(Object::toString).doesNotContain("on-show");
        robot.clickOn("#next").clickOn("#next");
        snapshot(robot, "military-gallery.png");
        robot.clickOn(seeGallery(robot, 0));
        verifyThat("#gallery-title", hasText("19 memorable quotes from James 'Mad Dog' Mattis"));
        verifyThat("#counter", hasText("1 of 14"));
    }

    @Test
    void seeAllShowsTheGridAndBackToSlideReturns(FxRobot robot) throws IOException {
        robot.clickOn("#next").clickOn("#next");
        robot.clickOn("#see-all");
        verifyThat("#grid", isVisible());
        verifyThat("#slide-image", isInvisible());
        verifyThat("#see-all", isInvisible());
        verifyThat("#back-to-slide", isVisible());
        TestWindows.layOutNow(robot);
        Node current = robot.lookup(".thumbnail-cell").match(node -> node.getPseudoClassStates().toString().contains("current")).query();
        assertThat(((org.controlsfx.control.GridCell<?>) current).getIndex()).isEqualTo(2);
        snapshot(robot, "grid.png");
        robot.clickOn("#back-to-slide");
        verifyThat("#grid", isInvisible());
        verifyThat("#slide-image", isVisible());
        verifyThat("#counter", hasText("3 of 14"));
    }

    @Test
    void clickingAThumbnailShowsThatSlide(FxRobot robot) {
        robot.clickOn("#see-all");
        TestWindows.layOutNow(robot);
        Node sixth = robot.lookup(".thumbnail-cell")
                .match(node -> ((org.controlsfx.control.GridCell<?>) node).getIndex() == 5).query();
        robot.clickOn(sixth);
        verifyThat("#grid", isInvisible());
        verifyThat("#counter", hasText("6 of 14"));
    }

    @Test
    void arrowKeysWorkWhereverTheFocusIs(FxRobot robot) {
        robot.interact(() -> robot.lookup(".gallery-link").nth(1).queryButton().requestFocus());
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("2 of 14"));
        robot.type(KeyCode.LEFT);
        verifyThat("#counter", hasText("1 of 14"));
    }

    @Test
    void enterAndSpaceActivateAButtonFocusedWithTab(FxRobot robot) {
        TestWindows.tabTo(robot, "#next");
        robot.type(KeyCode.ENTER);
        verifyThat("#counter", hasText("2 of 14"));
        robot.type(KeyCode.SPACE);
        verifyThat("#counter", hasText("3 of 14"));
        TestWindows.tabTo(robot, "#caption-toggle");
        robot.type(KeyCode.ENTER);
        verifyThat("#caption", isInvisible());
    }

    @Test
    void tabReachesTheControls(FxRobot robot) {
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.TAB);
            Node owner = stage.getScene().getFocusOwner();
            if (owner != null && owner.getId() != null) {
                reached.add(owner.getId());
            }
        }
        assertThat(reached).contains("next", "caption-toggle", "see-all");
    }

    @Test
    void everyControlHasAccessibleTextAndTheImageSaysItsCaption(FxRobot robot) {
        robot.clickOn("#next");
        for (Button button : robot.lookup(".button").queryAllAs(Button.class)) {
            assertThat(button.getAccessibleText()).as(button.toString()).isNotBlank();
        }
        assertThat(robot.lookup("#slide-image").query().getAccessibleText())
                .startsWith("\"You cannot allow any of your people")
                .endsWith("Photo by Allison Shelley/Getty Images");
        assertThat(robot.lookup("#counter").query().getAccessibleText()).isEqualTo("Slide 2 of 14");
    }

    @Test
    void theSlideImageDecodesAndFillsTheStage(FxRobot robot) throws Exception {
        Image image = TestWindows.awaitPicture(robot);
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1280);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".image-placeholder").query().isVisible()).isFalse();
    }

    @Test
    void rendersTheWholeWindowToAPngForPeopleToLookAt(FxRobot robot) throws Exception {
        TestWindows.awaitPicture(robot);
        robot.clickOn("#next");
        assertThat(TestWindows.awaitPicture(robot)).isNotNull();
        Path file = snapshot(robot, "window.png");
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo((int) stage.getScene().getWidth());
    }

    @Test
    void atTheMinimumSizeNothingOverlapsOrClips(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(SlideshowWindow.MIN_WIDTH);
            stage.setHeight(SlideshowWindow.MIN_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#next");
        snapshot(robot, "window-minimum-size.png");
        Scene scene = stage.getScene();
        javafx.geometry.Bounds window = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        List<Node> controls = List.of(robot.lookup("#previous").query(), robot.lookup("#next").query(),
                robot.lookup("#caption-toggle").query(), robot.lookup("#counter").query(), robot.lookup("#see-all").query(),
                robot.lookup("#gallery-title").query());
        for (Node control : controls) {
            assertThat(window.contains(control.localToScene(control.getBoundsInLocal()))).as(control.getId() + " inside the window").isTrue();
        }
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                assertThat(controls.get(i).localToScene(controls.get(i).getBoundsInLocal())
                        .intersects(controls.get(j).localToScene(controls.get(j).getBoundsInLocal())))
                        .as(controls.get(i).getId() + " overlaps " + controls.get(j).getId()).isFalse();
            }
        }
        for (String labeled : List.of("#caption-toggle", "#counter", "#see-all")) {
            javafx.scene.control.Labeled control = robot.lookup(labeled).queryLabeled();
            javafx.scene.text.Text shown = (javafx.scene.text.Text) control.lookup(".text");
            assertThat(shown.getText()).as(labeled + " shown in full").isEqualTo(control.getText());
        }
        assertThat(robot.lookup("#slide-image").query().getLayoutBounds().getHeight()).as("room left for the picture").isGreaterThan(150);
    }

    private Path snapshot(FxRobot robot, String name) throws IOException {
        Scene scene = stage.getScene();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(toBufferedImage(shot[0]), "png", file.toFile());
        return file;
    }

    /** The n-th "See Gallery" button, scrolled into view as a reader would. */
    static Button seeGallery(FxRobot robot, int n) {
        Button button = robot.lookup(".gallery-link").nth(n).queryButton();
        ScrollPane story = robot.lookup("#story").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = story.getContent();
            double top = content.sceneToLocal(button.localToScene(button.getBoundsInLocal())).getMinY();
            double scrollable = content.getBoundsInLocal().getHeight() - story.getViewportBounds().getHeight();
            story.setVvalue(Math.max(0, Math.min(1, (top - 100) / scrollable)));
        });
        return button;
    }

    private static List<String> captionTexts(FxRobot robot) {
        return robot.from(robot.lookup("#caption").queryParent()).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    private static BufferedImage toBufferedImage(WritableImage image) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
