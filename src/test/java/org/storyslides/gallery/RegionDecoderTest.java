package org.storyslides.gallery;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyslides.content.ContentFolder;
import org.testfx.framework.junit5.ApplicationExtension;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Regions of a picture decoded on their own: the pixels of that region only, upright, at the subsampling asked. */
@ExtendWith(ApplicationExtension.class)
class RegionDecoderTest {

    @TempDir
    Path folder;

    private RegionDecoder decoder() {
        return new RegionDecoder(new ContentFolder(folder), new DecodeBudget(PictureHeader.DECODE_BUDGET_BYTES),
                new DecodeBudget(FxPictureDecoder.NATIVE_BUDGET_BYTES));
    }

    private String write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images").resolve(name), bytes);
        return "images/" + name;
    }

    /** A PNG whose every pixel says where it is: red = x, green = y (each below 256), blue 0. */
    private static byte[] coordinatesPng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, x << 16 | y << 8);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int red(Image image, int x, int y) {
        return (int) Math.round(image.getPixelReader().getColor(x, y).getRed() * 255);
    }

    private static int green(Image image, int x, int y) {
        return (int) Math.round(image.getPixelReader().getColor(x, y).getGreen() * 255);
    }

    @Test
    void aRegionHoldsExactlyThatRegionsPixels() throws Exception {
        String path = write("grid.png", coordinatesPng(200, 150));
        Image region = decoder().decode(path, new RegionRequest(new PixelRect(40, 30, 50, 20), 1));
        assertThat(region.getWidth()).isEqualTo(50);
        assertThat(region.getHeight()).isEqualTo(20);
        assertThat(red(region, 0, 0)).isEqualTo(40);
        assertThat(green(region, 0, 0)).isEqualTo(30);
        assertThat(red(region, 49, 19)).isEqualTo(89);
        assertThat(green(region, 49, 19)).isEqualTo(49);
    }

    @Test
    void aSubsampledRegionReadsEveryNthPixel() throws Exception {
        String path = write("grid.png", coordinatesPng(200, 150));
        Image region = decoder().decode(path, new RegionRequest(new PixelRect(10, 20, 100, 60), 4));
        assertThat(region.getWidth()).isEqualTo(25);
        assertThat(region.getHeight()).isEqualTo(15);
        assertThat(red(region, 1, 0)).isEqualTo(14);
        assertThat(green(region, 0, 2)).isEqualTo(28);
    }

    @Test
    void aRegionPastThePicturesEdgeIsCutToThePicture() throws Exception {
        String path = write("grid.png", coordinatesPng(200, 150));
        Image region = decoder().decode(path, new RegionRequest(new PixelRect(180, 140, 50, 50), 1));
        assertThat(region.getWidth()).isEqualTo(20);
        assertThat(region.getHeight()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 8})
    void aRegionOfAPortraitStoredSidewaysIsUpright(int orientation) throws Exception {
        // stored 400 x 300 with its red quarter where the upright picture's top is
        String path = write("portrait.jpg", ExifPictures.portraitJpeg(400, 300, orientation));
        // the top 60 rows of the upright 300 x 400 picture, and a region from its bottom
        Image top = decoder().decode(path, new RegionRequest(new PixelRect(0, 0, 300, 60), 1));
        Image bottom = decoder().decode(path, new RegionRequest(new PixelRect(0, 300, 300, 100), 1));
        assertThat(top.getWidth()).isEqualTo(300);
        assertThat(top.getHeight()).isEqualTo(60);
        assertThat(FxPictureDecoderOrientationTest.isRed(top.getPixelReader().getColor(150, 30))).as("the top is red").isTrue();
        assertThat(FxPictureDecoderOrientationTest.isBlue(bottom.getPixelReader().getColor(150, 50))).as("the bottom is blue").isTrue();
    }

    @Test
    void aJpegRegionIsDecoded() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, 640, 480);
        graphics.setColor(java.awt.Color.BLACK);
        graphics.fillRect(320, 240, 320, 240);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        String path = write("photo.jpg", out.toByteArray());
        Image region = decoder().decode(path, new RegionRequest(new PixelRect(300, 220, 40, 40), 1));
        Color light = region.getPixelReader().getColor(5, 5);
        Color dark = region.getPixelReader().getColor(35, 35);
        assertThat(light.getBrightness()).isGreaterThan(0.9);
        assertThat(dark.getBrightness()).isLessThan(0.1);
    }

    @Test
    void somethingThatIsNoPictureIsRefusedNotThrownAbout() throws Exception {
        String path = write("no.jpg", "not a picture".getBytes());
        assertThatThrownBy(() -> decoder().decode(path, new RegionRequest(new PixelRect(0, 0, 10, 10), 1)))
                .isInstanceOf(PictureRefusedException.class);
    }

    @Test
    void theLargestRegionFitsTheHeapBudgetWithItsWorkingCopies() {
        long max = decoder().maxRegionBytes();
        assertThat(RegionDecoder.STREAM_BYTES + max * RegionDecoder.HEAP_PER_RESULT_BYTE)
                .isLessThanOrEqualTo(PictureHeader.DECODE_BUDGET_BYTES);
        assertThat(max).as("a 2560 x 1440 screen's pixels at 100 %").isGreaterThan(2560L * 1440 * 4);
    }
}
