package org.storyslides.hostile;

import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storyslides.app.SlideshowWindow;
import org.storyslides.app.TestWindows;
import org.storyslides.app.WindowOptions;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * Pictures made broken by the test: not an image, a zero-byte file, a truncated PNG and JPEG, and a
 * PNG whose header claims 30000x30000 pixels (a decompression bomb); and good ones in every format
 * JavaFX reads that must pass the checks. Each refused one shows the
 * placeholder with its reason, the caption stays, and the app goes on. The bomb's size is refused
 * from its header, before any pixel buffer is made; the JPEG cut short is refused although JavaFX's
 * decoder alone would show its first third over grey.
 */
@ExtendWith(ApplicationExtension.class)
class BadImagesWindowTest {

    private static final List<String> FILES = List.of("cover.png", "text.png", "empty.png", "truncated.png", "truncated.jpg", "bomb.png",
            "trailing-bytes.jpg", "picture.gif", "picture.bmp");
    private static final Map<String, String> REASONS = Map.of(
            "text.png", "Image unavailable: the file is not a picture this app can read",
            "empty.png", "Image unavailable: the file is damaged or cut short",
            "truncated.png", "Image unavailable: the file is damaged or cut short",
            "truncated.jpg", "Image unavailable: the file is damaged or cut short",
            "bomb.png", "Image unavailable: the picture is too large to open (30000 \u00d7 30000 pixels)");

    @TempDir
    static Path folder;
    @TempDir
    Path settings;

    @Start
    void start(Stage stage) throws IOException {
        new SlideshowWindow(TestWindows.offTheJavaFxThread(BadImagesWindowTest::contentUnchecked), WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { })).show(stage);
    }

    private static Content contentUnchecked() {
        try {
            return content();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Content content() throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.createDirectories(folder.resolve("galleries"));
        byte[] png = TestImages.png(640, 360);
        byte[] jpeg = TestImages.picture("jpg", 640, 360);
        Files.write(folder.resolve("images/cover.png"), png);
        Files.writeString(folder.resolve("images/text.png"), "this is not a picture");
        Files.write(folder.resolve("images/empty.png"), new byte[0]);
        Files.write(folder.resolve("images/truncated.png"), Arrays.copyOf(png, png.length / 2));
        Files.write(folder.resolve("images/truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 3));
        Files.write(folder.resolve("images/bomb.png"), TestImages.bombPng(30_000, 30_000));
        // good pictures that pass the checks: bytes after a JPEG's end marker are harmless
        Files.write(folder.resolve("images/trailing-bytes.jpg"), Arrays.copyOf(jpeg, jpeg.length + 100));
        Files.write(folder.resolve("images/picture.gif"), TestImages.picture("gif", 320, 180));
        Files.write(folder.resolve("images/picture.bmp"), TestImages.picture("bmp", 320, 180));
        StringBuilder slides = new StringBuilder();
        for (String file : FILES) {
            slides.append(slides.length() == 0 ? "" : ",").append("{\"image\": \"images/").append(file)
                    .append("\", \"caption\": [\"Caption of ").append(file).append("\"]}");
        }
        Files.writeString(folder.resolve("galleries/bad.json"), "{\"id\": \"bad\", \"title\": \"Bad\", \"slides\": [" + slides + "]}");
        Files.writeString(folder.resolve("story.json"), "{\"headline\": \"H\", \"source\": \"S\", \"dateline\": \"D\", "
                + "\"published\": \"2026-11-26\", \"body\": [{\"type\": \"gallery\", \"text\": \"RELATED: Bad\", \"gallery\": \"bad\"}]}");
        return ((LoadResult.Loaded) new ContentLoader().load(folder)).content();
    }

    @Test
    void eachBrokenPictureShowsThePlaceholderWithAReasonAndTheCaptionStays(FxRobot robot) throws Exception {
        long heapBefore = usedHeap();
        for (int i = 1; i < FILES.size(); i++) {
            robot.type(KeyCode.RIGHT);
            verifyThat("#counter", hasText((i + 1) + " of " + FILES.size()));
            Image picture = TestWindows.awaitPicture(robot);
            String reason = REASONS.get(FILES.get(i));
            assertThat(picture == null).as(FILES.get(i) + " is refused").isEqualTo(reason != null);
            Label placeholder = robot.lookup(".image-placeholder").queryAs(Label.class);
            assertThat(placeholder.isVisible()).as(FILES.get(i)).isEqualTo(reason != null);
            if (reason != null) {
                assertThat(placeholder.getText()).as(FILES.get(i)).isEqualTo(reason);
            } else {
                assertThat(picture.getWidth()).as(FILES.get(i) + " decoded").isPositive();
            }
            assertThat(robot.lookup(".caption-paragraph").queryAs(Label.class).getText()).isEqualTo("Caption of " + FILES.get(i));
        }
        // the bomb's 30000x30000 pixels (3.6 GB) were never allocated
        assertThat(usedHeap() - heapBefore).isLessThan(256L << 20);
        robot.type(KeyCode.HOME);
        verifyThat("#counter", hasText("1 of " + FILES.size()));
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
