package org.storyslides.app;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.content.TestImages;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** A gallery of 600 slides: pictures decoded at the size shown, the grid decoding only what it shows. */
@ExtendWith(ApplicationExtension.class)
class BigGalleryWindowTest {

    static final int SLIDES = 600;

    @TempDir
    static Path folder;
    @TempDir
    Path settings;
    SlideshowWindow window;

    @Start
    void start(Stage stage) {
        window = new SlideshowWindow(TestWindows.offTheJavaFxThread(BigGalleryWindowTest::bigContent), WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { }));
        window.show(stage);
    }

    private static Content bigContent() {
        try {
            if (!Files.exists(folder.resolve("story.json"))) {
                Files.createDirectories(folder.resolve("images"));
                byte[] picture = TestImages.png(1600, 900);
                StringBuilder slides = new StringBuilder();
                for (int i = 0; i < SLIDES; i++) {
                    Files.write(folder.resolve("images/" + i + ".png"), picture);
                    slides.append(i == 0 ? "" : ",").append("{\"image\": \"images/").append(i).append(".png\", \"caption\": [\"Slide ")
                            .append(i + 1).append("\"]}");
                }
                Files.createDirectories(folder.resolve("galleries"));
                Files.writeString(folder.resolve("galleries/big.json"), "{\"id\": \"big\", \"title\": \"Big\", \"slides\": [" + slides + "]}");
                Files.writeString(folder.resolve("story.json"), "{\"headline\": \"H\", \"source\": \"S\", \"dateline\": \"D\", "
                        + "\"published\": \"2026-11-26\", \"body\": [{\"type\": \"gallery\", \"text\": \"RELATED: Big\", \"gallery\": \"big\"}]}");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ((LoadResult.Loaded) new ContentLoader().load(folder)).content();
    }

    private Image shownPicture(FxRobot robot) {
        return ((ImageView) robot.lookup("#slide-image").queryParent().getChildrenUnmodifiable().get(0)).getImage();
    }

    @Test
    void picturesDecodeAtTheSizeTheyAreShownAndLargerWhenPresenting(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("2 of 600"));
        Image picture = TestWindows.awaitPicture(robot);
        double area = robot.lookup(".photo-stage").query().getLayoutBounds().getWidth();
        assertThat(picture.getRequestedWidth()).as("decoded for a picture area of %.0f px", area)
                .isGreaterThanOrEqualTo(area).isLessThan(area + 256).isLessThan(1600);
        assertThat(picture.getWidth()).isLessThan(1600);

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        double presenting = robot.lookup(".photo-stage").query().getLayoutBounds().getWidth();
        assertThat(presenting).isGreaterThan(area);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownPicture(robot) != null
                && shownPicture(robot).getRequestedWidth() >= presenting);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theGridDecodesOnlyTheThumbnailsOnScreen(FxRobot robot) throws Exception {
        robot.type(KeyCode.END);
        verifyThat("#counter", hasText("600 of 600"));
        long before = window.images().thumbnailDecodes();
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.images().thumbnailDecodes() > before);
        WaitForAsyncUtils.waitForFxEvents();
        long onScreen = robot.lookup(".thumbnail-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && ((org.controlsfx.control.GridCell<?>) cell).getItem() != null).count();
        long decoded = window.images().thumbnailDecodes() - before;
        // the cells on screen, and at most a row or two the grid keeps ready beside them; never the 600
        assertThat(decoded).isPositive().isLessThanOrEqualTo(onScreen + 8);
        // and they are on screen: every cell that shows a slide comes to show its thumbnail (decodes run on their own threads)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> cellPictures(robot).stream()
                .allMatch(java.util.Objects::nonNull)).get());
        assertThat(cellPictures(robot)).isNotEmpty().doesNotContainNull();
        assertThat(window.carousel().getGridCursor()).isEqualTo(599);
    }

    private static java.util.List<javafx.scene.image.Image> cellPictures(FxRobot robot) {
        return robot.lookup(".thumbnail-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && ((org.controlsfx.control.GridCell<?>) cell).getItem() != null)
                .map(cell -> ((ImageView) cell.lookup(".image-view")).getImage()).toList();
    }
}
