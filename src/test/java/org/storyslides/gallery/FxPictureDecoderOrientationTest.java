package org.storyslides.gallery;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyslides.content.ContentFolder;
import org.testfx.framework.junit5.ApplicationExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyslides.gallery.ExifPictures.orientationEntry;
import static org.storyslides.gallery.ExifPictures.tiff;

/**
 * The decoder gives every picture upright, whatever EXIF orientation it is stored in, fitted to the
 * area as it shows (a portrait stored sideways fits the area's height with its stored width), and
 * tells its own upright size. Decoded here on the test's thread, as on a decode thread; the toolkit
 * is started for JavaFX's decoder.
 */
@ExtendWith(ApplicationExtension.class)
class FxPictureDecoderOrientationTest {

    @TempDir
    Path folder;

    private FxPictureDecoder decoder() {
        return new FxPictureDecoder(new ContentFolder(folder), new DecodeBudget(PictureHeader.DECODE_BUDGET_BYTES),
                new DecodeBudget(FxPictureDecoder.NATIVE_BUDGET_BYTES));
    }

    private String write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images").resolve(name), bytes);
        return "images/" + name;
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 8})
    void aPortraitStoredSidewaysIsDecodedUprightAtItsOwnSize(int orientation) throws Exception {
        String path = write("portrait.jpg", ExifPictures.portraitJpeg(400, 300, orientation));
        FxPictureDecoder decoder = decoder();

        Image picture = decoder.decode(path, 1280, 768);

        assertThat(picture.getWidth()).isEqualTo(300);
        assertThat(picture.getHeight()).isEqualTo(400);
        assertRedOnTop(picture);
        assertThat(decoder.info(picture)).contains(new PictureInfo(300, 400, PictureOrientation.ofExif(orientation)));
    }

    @Test
    void aPortraitStoredSidewaysFitsTheAreaAsItShows() throws Exception {
        String path = write("portrait.jpg", ExifPictures.portraitJpeg(2000, 1500, 6));
        FxPictureDecoder decoder = decoder();

        // shown 1500 x 2000 in 800 x 600: 450 x 600, from 600 x 450 stored pixels
        Image picture = decoder.decode(path, 800, 600);

        assertThat(picture.getWidth()).isEqualTo(450);
        assertThat(picture.getHeight()).isEqualTo(600);
        assertRedOnTop(picture);
        assertThat(decoder.info(picture)).contains(new PictureInfo(1500, 2000, PictureOrientation.ROTATE_90_CW));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void eachOrientationShowsTheRedQuarterWhereEXIFSaysIt(int orientation) throws Exception {
        // stored 80 x 40, red on its left quarter: where that quarter shows, upright
        String path = write("o" + orientation + ".jpg", ExifPictures.withExif(
                ExifPictures.twoColoured("jpg", 80, 40, ExifPictures.RedSide.LEFT), tiff(orientationEntry(orientation))));
        String redShowsAt = switch (orientation) {
            case 1, 4 -> "left";
            case 2, 3 -> "right";
            case 5, 6 -> "top";
            default -> "bottom";
        };

        Image picture = decoder().decode(path, 1280, 768);

        boolean swapped = orientation >= 5;
        assertThat(picture.getWidth()).isEqualTo(swapped ? 40 : 80);
        assertThat(picture.getHeight()).isEqualTo(swapped ? 80 : 40);
        PixelReader pixels = picture.getPixelReader();
        int w = (int) picture.getWidth();
        int h = (int) picture.getHeight();
        Color at = switch (redShowsAt) {
            case "left" -> pixels.getColor(w / 8, h / 2);
            case "right" -> pixels.getColor(w - 1 - w / 8, h / 2);
            case "top" -> pixels.getColor(w / 2, h / 8);
            default -> pixels.getColor(w / 2, h - 1 - h / 8);
        };
        assertThat(isRed(at)).as("orientation %d: red at the %s, found %s", orientation, redShowsAt, at).isTrue();
        assertThat(isBlue(pixels.getColor(w / 2, h / 2))).as("blue in the middle").isTrue();
    }

    @Test
    void aPictureWithoutOrientationIsJavaFxsOwnImageAndToldItsSize() throws Exception {
        String path = write("plain.jpg", ExifPictures.twoColoured("jpg", 400, 300, ExifPictures.RedSide.TOP));
        FxPictureDecoder decoder = decoder();

        Image picture = decoder.decode(path, 200, 200);

        assertThat(picture.getWidth()).isEqualTo(200);
        assertThat(picture.getHeight()).isEqualTo(150);
        assertThat(picture.getRequestedWidth()).as("decoded by JavaFX for the area, not copied").isEqualTo(200);
        assertRedOnTop(picture);
        assertThat(decoder.info(picture)).contains(new PictureInfo(400, 300, PictureOrientation.NORMAL));
        assertThat(decoder.info(new Image("file:/nowhere.png"))).as("a picture it did not decode").isEmpty();
    }

    @Test
    void aPngWithAnExifOrientationIsTurnedToo() throws Exception {
        String path = write("portrait.png", ExifPictures.pngWithExif(
                ExifPictures.twoColoured("png", 120, 60, ExifPictures.RedSide.RIGHT), tiff(orientationEntry(8))));

        Image picture = decoder().decode(path, 1280, 768);

        assertThat(picture.getWidth()).isEqualTo(60);
        assertThat(picture.getHeight()).isEqualTo(120);
        assertRedOnTop(picture);
    }

    static void assertRedOnTop(Image picture) {
        PixelReader pixels = picture.getPixelReader();
        int w = (int) picture.getWidth();
        int h = (int) picture.getHeight();
        Color top = pixels.getColor(w / 2, h / 16);
        Color bottom = pixels.getColor(w / 2, h - 1 - h / 16);
        assertThat(isRed(top)).as("red at the top, found %s", top).isTrue();
        assertThat(isBlue(bottom)).as("blue at the bottom, found %s", bottom).isTrue();
    }

    static boolean isRed(Color color) {
        return color.getRed() > 0.8 && color.getBlue() < 0.2 && color.getGreen() < 0.2;
    }

    static boolean isBlue(Color color) {
        return color.getBlue() > 0.8 && color.getRed() < 0.2 && color.getGreen() < 0.2;
    }
}
