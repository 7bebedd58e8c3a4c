package org.storyslides.app;

import javafx.scene.control.Label;
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

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/**
 * Pictures made broken by the test: not an image, a zero-byte file, a truncated PNG and JPEG, and a
 * PNG whose header claims 30000x30000 pixels (a decompression bomb). Each refused one shows the
 * placeholder with a reason, the caption stays, and the app goes on. A truncated JPEG is not
 * refused: JavaFX decodes what is there and fills the rest with grey (known, see the issue note).
 */
@ExtendWith(ApplicationExtension.class)
class BadImagesWindowTest {

    private static final List<String> FILES = List.of("cover.png", "text.png", "empty.png", "truncated.png", "truncated.jpg", "bomb.png");

    @TempDir
    static Path folder;
    @TempDir
    Path settings;

    @Start
    void start(Stage stage) throws IOException {
        new SlideshowWindow(content(), WindowOptions.defaults(Duration.ZERO), new ManualClock(),
                new SettingsStore(settings.resolve("settings.properties"), warning -> { })).show(stage);
    }

    private static Content content() throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.createDirectories(folder.resolve("galleries"));
        byte[] png = TestImages.png(640, 360);
        byte[] jpeg = jpeg();
        Files.write(folder.resolve("images/cover.png"), png);
        Files.writeString(folder.resolve("images/text.png"), "this is not a picture");
        Files.write(folder.resolve("images/empty.png"), new byte[0]);
        Files.write(folder.resolve("images/truncated.png"), Arrays.copyOf(png, png.length / 2));
        Files.write(folder.resolve("images/truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 3));
        Files.write(folder.resolve("images/bomb.png"), bombPng());
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
        ImageView view = (ImageView) robot.lookup("#slide-image").queryParent().getChildrenUnmodifiable().get(0);
        long heapBefore = usedHeap();
        for (int i = 1; i < FILES.size(); i++) {
            robot.type(KeyCode.RIGHT);
            verifyThat("#counter", hasText((i + 1) + " of " + FILES.size()));
            Image picture = view.getImage();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> picture.isError() || picture.getProgress() >= 1);
            WaitForAsyncUtils.waitForFxEvents();
            if (FILES.get(i).equals("truncated.jpg")) {
                assertThat(picture.isError()).as("a truncated JPEG decodes partly (JavaFX reports no error)").isFalse();
                continue;
            }
            assertThat(picture.isError()).as(FILES.get(i) + " is refused").isTrue();
            Label placeholder = robot.lookup(".image-placeholder").queryAs(Label.class);
            assertThat(placeholder.isVisible()).as(FILES.get(i)).isTrue();
            assertThat(placeholder.getText()).as(FILES.get(i)).startsWith("Image unavailable: the file ");
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

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 640; x++) {
            for (int y = 0; y < 360; y++) {
                image.setRGB(x, y, (x * 7 + y * 13) * 0x010203);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** A PNG whose header claims 30000x30000 pixels, with only a few bytes of data behind it. */
    private static byte[] bombPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(30_000).putInt(30_000).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9c, 0x63, 0x60, 0x00, 0x00});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
