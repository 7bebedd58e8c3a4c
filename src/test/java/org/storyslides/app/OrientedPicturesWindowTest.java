package org.storyslides.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.content.Content;
import org.storyslides.content.ContentFolderFixture;
import org.storyslides.content.ContentLoader;
import org.storyslides.content.LoadResult;
import org.storyslides.gallery.ExifPictures;
import org.storyslides.presentation.ManualClock;
import org.storyslides.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * Phone portraits stored sideways (EXIF orientation 6 and 8) show upright everywhere a picture
 * appears: on the slide, in presentation, in the SEE ALL grid and on the story's gallery card. Each
 * test picture is red on the stored side that is the top when upright, blue elsewhere, so its
 * pixels tell which way up it is shown.
 */
@ExtendWith(ApplicationExtension.class)
class OrientedPicturesWindowTest {

    @TempDir
    static Path folder;
    @TempDir
    Path settings;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Content content = TestWindows.offTheJavaFxThread(OrientedPicturesWindowTest::orientedContent);
        new SlideshowWindow(content, WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { })).show(stage);
    }

    /** The fixture's gallery: the cover an orientation-6 portrait, then an orientation-8 one, then a large orientation-6 one. */
    private static Content orientedContent() {
        ContentFolderFixture fixture = new ContentFolderFixture(folder);
        fixture.slide(0).addProperty("image", "images/demo/cover-6.jpg");
        fixture.slide(1).addProperty("image", "images/demo/portrait-8.jpg");
        com.google.gson.JsonObject large = fixture.slide(1).deepCopy();
        large.addProperty("image", "images/demo/large-6.jpg");
        fixture.gallery.getAsJsonArray("slides").add(large);
        fixture.write();
        fixture.writeBytes("images/demo/cover-6.jpg", ExifPictures.portraitJpeg(400, 300, 6));
        fixture.writeBytes("images/demo/portrait-8.jpg", ExifPictures.portraitJpeg(400, 300, 8));
        fixture.writeBytes("images/demo/large-6.jpg", ExifPictures.portraitJpeg(2400, 1800, 6));
        return ((LoadResult.Loaded) new ContentLoader().load(folder)).content();
    }

    @Test
    void portraitsStoredSidewaysShowUprightOnTheSlide(FxRobot robot) throws Exception {
        verifyThat("#counter", hasText("1 of 3"));
        Image cover = TestWindows.awaitPicture(robot);
        assertUpright(cover, "the cover, orientation 6");
        assertThat(cover.getWidth()).isEqualTo(300);
        assertThat(cover.getHeight()).isEqualTo(400);

        robot.type(KeyCode.RIGHT);
        verifyThat("#counter", hasText("2 of 3"));
        Image second = TestWindows.awaitPicture(robot);
        assertUpright(second, "slide 2, orientation 8");
        assertThat(second.getWidth()).isEqualTo(300);
        assertThat(second.getHeight()).isEqualTo(400);
    }

    @Test
    void aLargePortraitIsDecodedUprightAgainLargerWhenItsAreaGrows(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(520);
        });
        robot.type(KeyCode.END);
        verifyThat("#counter", hasText("3 of 3"));
        Image small = TestWindows.awaitPicture(robot);
        assertUpright(small, "the large portrait in a small window");
        assertThat(small.getHeight()).as("decoded for the area, not at its own 2400 px").isLessThan(2400);
        assertThat(small.getWidth() / small.getHeight()).isEqualTo(0.75, within(0.01));

        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        // the picture area is taller now: the picture is decoded again for it, upright again
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Image shown = slideImage(robot).getImage();
            return shown != null && shown.getHeight() > small.getHeight();
        }).get());
        assertUpright(TestWindows.awaitPicture(robot), "the large portrait in a larger window");
    }

    @Test
    void presentingShowsThePortraitUpright(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        verifyThat("#counter", hasText("1 of 3"));
        assertUpright(TestWindows.awaitPicture(robot), "the cover presented");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theGridsThumbnailsAreUpright(FxRobot robot) throws Exception {
        TestWindows.awaitPicture(robot);
        robot.type(KeyCode.G);
        TestWindows.layOutNow(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                thumbnails(robot).size() == 3 && thumbnails(robot).values().stream().allMatch(image -> image != null)).get());

        Map<String, Image> thumbnails = WaitForAsyncUtils.asyncFx(() -> thumbnails(robot)).get();
        thumbnails.forEach((number, thumbnail) -> {
            assertUpright(thumbnail, "thumbnail " + number);
            assertThat(thumbnail.getHeight()).as("thumbnail " + number + " fits the cell's height").isEqualTo(108);
        });
        robot.type(KeyCode.G);
    }

    @Test
    void theStorysGalleryCardShowsTheCoverUpright(FxRobot robot) throws Exception {
        ImageView card = robot.lookup(".gallery-card-cover").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> card.getImage() != null).get());

        Image cover = card.getImage();
        assertUpright(cover, "the gallery card's cover");
        assertThat(cover.getHeight()).isGreaterThan(cover.getWidth());
    }

    // --- checks

    /** Red at the top, blue at the bottom, taller than wide: the portrait the right way up. */
    static void assertUpright(Image picture, String what) {
        assertThat(picture).as(what).isNotNull();
        assertThat(picture.getHeight()).as(what + ": taller than wide").isGreaterThan(picture.getWidth());
        PixelReader pixels = picture.getPixelReader();
        int w = (int) picture.getWidth();
        int h = (int) picture.getHeight();
        for (int x : new int[]{w / 4, w / 2, w - 1 - w / 4}) {
            Color top = pixels.getColor(x, h / 16);
            Color bottom = pixels.getColor(x, h - 1 - h / 16);
            assertThat(top.getRed() > 0.8 && top.getBlue() < 0.2).as("%s: red at the top (%d, %d), found %s", what, x, h / 16, top).isTrue();
            assertThat(bottom.getBlue() > 0.8 && bottom.getRed() < 0.2).as("%s: blue at the bottom, found %s", what, bottom).isTrue();
        }
        Color left = pixels.getColor(w / 16, h / 2);
        Color right = pixels.getColor(w - 1 - w / 16, h / 2);
        assertThat(left.getBlue() > 0.8 && right.getBlue() > 0.8).as("%s: blue at both sides of its middle", what).isTrue();
    }

    private static ImageView slideImage(FxRobot robot) {
        return (ImageView) robot.lookup("#slide-image").queryParent().getChildrenUnmodifiable().get(0);
    }

    /** The grid's thumbnails by their number. On the JavaFX thread. */
    private static Map<String, Image> thumbnails(FxRobot robot) {
        Map<String, Image> thumbnails = new TreeMap<>();
        for (Node cell : robot.lookup(".thumbnail-cell").queryAll()) {
            Label number = (Label) cell.lookup(".thumbnail-number");
            ImageView thumbnail = (ImageView) cell.lookup(".image-view");
            if (number != null && thumbnail != null && cell.isVisible() && !number.getText().isEmpty()) {
                thumbnails.put(number.getText(), thumbnail.getImage());
            }
        }
        return thumbnails;
    }
}
